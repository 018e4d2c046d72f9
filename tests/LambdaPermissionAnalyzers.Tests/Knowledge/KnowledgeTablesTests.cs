using System.Linq;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Readers;
using LambdaPermissionAnalyzers.Roslyn;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Tests.Knowledge;

/// <summary>The one-source tables agree with themselves and with the libraries they describe (the real AWS CDK, the SDK stand-in).</summary>
public class KnowledgeTablesTests
{
    public static TheoryData<string> ServiceLabels() => new(AwsServices.All.Select(s => s.Label));

    [Theory]
    [MemberData(nameof(ServiceLabels))]
    public void Each_service_row_is_consistent(string label)
    {
        var service = AwsServices.Find(label)!;
        Assert.Same(service, AwsServices.Find(label));
        Assert.Matches("^[A-Z][A-Za-z0-9]*$", service.StatementIdWord);

        var restriction = service.Restriction;
        if (restriction.ArnFormat is { } format)
        {
            // The documented ARN format names the row's ARN service, and carries the account field unless the service's ARNs have none.
            Assert.StartsWith("arn:{0}:" + service.ArnService + ":", format, System.StringComparison.Ordinal);
            Assert.Equal(restriction.ArnCarriesAccount, format.Contains("<account-id>", System.StringComparison.Ordinal));
            Assert.NotEmpty(restriction.ArnNameHints);
            Assert.Same(service, AwsServices.FindByArnService(service.ArnService));
        }

        // SNS refuses SourceAccount, so it can never be the one it needs.
        Assert.False(restriction.NeedsSourceAccount && !restriction.AcceptsSourceAccount);
    }

    [Fact]
    public void Statement_id_words_are_unique()
    {
        var words = AwsServices.All.Select(s => s.StatementIdWord).ToList();
        Assert.Equal(words.Count, words.Distinct(System.StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Each_cdk_arn_source_is_a_real_cdk_interface_with_that_property()
    {
        var compilation = await TestCompilation.CreateAsync(SdkShape.V4);
        foreach (var service in AwsServices.All)
        {
            if (service.CdkArnSource is not { } source)
            {
                continue;
            }

            var type = compilation.GetTypeFromAssembly(source.InterfaceName, CdkSymbols.AssemblyName);
            Assert.True(type is { TypeKind: TypeKind.Interface }, $"{service.Label}: {source.InterfaceName} is not a CDK interface");
            Assert.Contains(type!.GetMembers(source.Property), m => m is IPropertySymbol);
        }
    }

    [Fact]
    public async Task Each_cdk_spelling_names_properties_the_cdk_types_have_and_reads_back_to_the_same_member()
    {
        var compilation = await TestCompilation.CreateAsync(SdkShape.V4);
        var reader = new CdkReader(CdkSymbols.TryCreate(compilation)!);
        Assert.Equal(4, reader.Constructs.Length);
        foreach (var construct in reader.Constructs)
        {
            foreach (var member in construct.Members)
            {
                var property = construct.Kind.Spelling.ToProperty(member);
                Assert.NotNull(property);
                Assert.Equal(member, construct.Kind.Spelling.ToMember(property!));
                Assert.All(construct.Types, type => Assert.Equal(property, GrantTypes.PropertyFor(type, compilation, member)));
            }
        }
    }

    [Fact]
    public async Task The_fixes_find_every_request_type_the_sdk_reader_reads_and_no_sqs_look_alike()
    {
        var compilation = await TestCompilation.CreateAsync(SdkShape.V4, """
            namespace Amazon.SQS.Model { public class AddPermissionRequest { public string Label { get; set; } } }
            """);
        var sdk = LambdaSymbols.TryCreate(compilation)!;
        Assert.All(sdk.RequestTypes, request => Assert.Same(request.Kind, GrantTypes.KindOf(request.Type, compilation)));
        var sqs = compilation.GetTypeFromAssembly("Amazon.SQS.Model.AddPermissionRequest", "Tests");
        Assert.NotNull(sqs);
        Assert.Null(GrantTypes.KindOf(sqs, compilation));
        Assert.Equal("OrganizationId", GrantTypes.PropertyFor(compilation.GetTypeFromAssembly("Amazon.CDK.AWS.Lambda.Permission", CdkSymbols.AssemblyName)!, compilation, GrantMembers.PrincipalOrgID));
    }
}
