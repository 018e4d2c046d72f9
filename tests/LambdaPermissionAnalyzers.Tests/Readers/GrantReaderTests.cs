using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Readers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Tests.Readers;

/// <summary>The grant model as the AddPermissionRequest reader builds it: what is known, partly known, unknown or absent.</summary>
public class GrantReaderTests
{
    [Fact]
    public async Task Constants_from_anywhere_are_known()
    {
        var grant = await ReadSingleAsync("""
            using Amazon.Lambda.Model;

            static class Names
            {
                public const string Function = "orders";
                public const string Prefix = "Allow";
            }

            class Requests
            {
                const string Account = "381492765013";

                static AddPermissionRequest Create()
                {
                    const string action = "lambda:" + "InvokeFunction";
                    return new AddPermissionRequest
                    {
                        FunctionName = Names.Function,
                        StatementId = $"{Names.Prefix}{nameof(Requests)}",
                        Action = action,
                        Principal = Account,
                        SourceArn = null,
                    };
                }
            }
            """);

        AssertKnown(grant, GrantMembers.FunctionName, "orders");
        AssertKnown(grant, GrantMembers.StatementId, "AllowRequests");
        AssertKnown(grant, GrantMembers.Action, "lambda:InvokeFunction");
        AssertKnown(grant, GrantMembers.Principal, "381492765013");
        Assert.True(grant[GrantMembers.SourceArn].Value.IsNull);
    }

    [Fact]
    public async Task Interpolations_and_concatenations_with_holes_are_partly_known()
    {
        var grant = await ReadSingleAsync("""
            using Amazon.Lambda.Model;

            class Requests
            {
                static AddPermissionRequest Create(string bucket, string region, string account) => new()
                {
                    SourceArn = $"arn:aws:s3:::{bucket}",
                    Principal = $"logs.{region}.amazonaws.com",
                    FunctionName = "arn:aws:lambda:" + region + ":" + account + ":function:orders",
                    StatementId = $"{bucket,10}",
                };
            }
            """);

        Assert.Equal(new[] { "arn:aws:s3:::", null }, grant[GrantMembers.SourceArn].Value.Parts);
        Assert.Equal(new[] { "logs.", null, ".amazonaws.com" }, grant[GrantMembers.Principal].Value.Parts);
        Assert.Equal(new[] { "arn:aws:lambda:", null, ":", null, ":function:orders" }, grant[GrantMembers.FunctionName].Value.Parts);
        Assert.Equal(ValueKind.Unknown, grant[GrantMembers.StatementId].Value.Kind);
    }

    [Fact]
    public async Task Parameters_fields_locals_and_calls_are_unknown()
    {
        var grant = await ReadSingleAsync("""
            using System;
            using Amazon.Lambda.Model;

            class Requests
            {
                static readonly string Principal = "s3.amazonaws.com";
                private string _account = "381492765013";

                AddPermissionRequest Create(string name)
                {
                    var action = "lambda:InvokeFunction";
                    return new AddPermissionRequest
                    {
                        FunctionName = name,
                        Principal = Principal,
                        SourceAccount = _account,
                        Action = action,
                        StatementId = Environment.GetEnvironmentVariable("SID"),
                        Qualifier = name.ToUpperInvariant(),
                    };
                }
            }
            """);

        foreach (var member in new[] { GrantMembers.FunctionName, GrantMembers.Principal, GrantMembers.SourceAccount, GrantMembers.Action, GrantMembers.StatementId, GrantMembers.Qualifier })
        {
            Assert.Equal(ValueKind.Unknown, grant[member].Value.Kind);
            Assert.False(grant[member].IsAbsent);
        }
    }

    [Fact]
    public async Task Function_url_auth_type_is_known_in_every_spelling()
    {
        var grants = await ReadAllAsync("""
            using Amazon.Lambda;
            using Amazon.Lambda.Model;

            class Requests
            {
                static AddPermissionRequest[] Create() => new[]
                {
                    new AddPermissionRequest { FunctionUrlAuthType = FunctionUrlAuthType.NONE },
                    new AddPermissionRequest { FunctionUrlAuthType = "none" },
                    new AddPermissionRequest { FunctionUrlAuthType = FunctionUrlAuthType.FindValue("NONE") },
                    new AddPermissionRequest { FunctionUrlAuthType = new FunctionUrlAuthType("NONE") },
                    new AddPermissionRequest { FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM, InvokedViaFunctionUrl = true },
                };
            }
            """);

        Assert.Equal(new[] { "NONE", "none", "NONE", "NONE", "AWS_IAM" }, grants.Select(g => g[GrantMembers.FunctionUrlAuthType].Value.Text));
        AssertKnown(grants[4], GrantMembers.InvokedViaFunctionUrl, "true");
    }

    [Theory]
    [InlineData(SdkShape.V4)]
    [InlineData(SdkShape.V3)]
    public async Task Invoked_via_function_url_is_known_as_bool_and_nullable_bool(SdkShape shape)
    {
        var grant = await ReadSingleAsync("""
            using Amazon.Lambda.Model;

            class Requests
            {
                static AddPermissionRequest Create() => new() { Action = "lambda:InvokeFunction", InvokedViaFunctionUrl = true };
            }
            """, shape);

        AssertKnown(grant, GrantMembers.InvokedViaFunctionUrl, "true");
    }

    [Fact]
    public async Task Sent_local_with_later_writes_has_every_write_with_its_location()
    {
        var grant = await ReadSingleAsync("""
            using System.Threading.Tasks;
            using Amazon.Lambda;
            using Amazon.Lambda.Model;

            class Deployer
            {
                async Task GrantAsync(IAmazonLambda lambda, bool live)
                {
                    var request = new AddPermissionRequest { FunctionName = "orders" };
                    request.Principal = "sns.amazonaws.com";
                    if (live)
                    {
                        request.Qualifier = "live";
                    }
                    else
                    {
                        request.Qualifier = "beta";
                    }

                    await lambda.AddPermissionAsync(request);
                }
            }
            """);

        Assert.True(grant.IsSent);
        Assert.True(grant.AllWritesVisible);
        Assert.True(grant[GrantMembers.SourceArn].IsAbsent);
        Assert.Equal(2, grant[GrantMembers.Qualifier].Writes.Length);
        Assert.Equal(ValueKind.Unknown, grant[GrantMembers.Qualifier].Value.Kind);
        Assert.Equal(new[] { 8, 9, 12, 16 }, grant.Writes.Select(w => w.ValueLocation.GetLineSpan().StartLinePosition.Line)); // zero-based
    }

    [Theory]
    [InlineData("return request;", false)]
    [InlineData("Helper(request); await lambda.AddPermissionAsync(request);", true)]
    [InlineData("await lambda.AddPermissionAsync(request); Helper(request);", false)]
    [InlineData("await Task.Run(() => lambda.AddPermissionAsync(request));", false)]
    [InlineData("var copy = request; await lambda.AddPermissionAsync(copy);", false)]
    public async Task Escapes_decide_whether_every_write_is_visible(string statements, bool sentButEscaped)
    {
        var grant = await ReadSingleAsync($$"""
            using System.Threading.Tasks;
            using Amazon.Lambda;
            using Amazon.Lambda.Model;

            class Deployer
            {
                async Task<AddPermissionRequest> GrantAsync(IAmazonLambda lambda)
                {
                    var request = new AddPermissionRequest { FunctionName = "orders" };
                    {{statements}}
                    return null;
                }

                static void Helper(AddPermissionRequest request) { }
            }
            """);

        var afterSendOnly = statements.StartsWith("await lambda", System.StringComparison.Ordinal);
        Assert.Equal(sentButEscaped || afterSendOnly, grant.IsSent);
        Assert.Equal(afterSendOnly, grant.AllWritesVisible);
    }

    [Fact]
    public async Task Function_name_maximum_is_read_from_the_sdk_attribute()
    {
        const string Source = """
            using Amazon.Lambda.Model;

            class Requests
            {
                static AddPermissionRequest Create() => new() { FunctionName = "orders" };
            }
            """;

        Assert.Equal(256, (await ReadSingleAsync(Source, SdkShape.V4)).FunctionNameMaxLength);
        Assert.Equal(140, (await ReadSingleAsync(Source, SdkShape.V3)).FunctionNameMaxLength);
    }

    private static void AssertKnown(Grant grant, string member, string expected)
    {
        var value = grant[member].Value;
        Assert.Equal(ValueKind.Known, value.Kind);
        Assert.Equal(expected, value.Text);
    }

    private static async Task<Grant> ReadSingleAsync(string source, SdkShape shape = SdkShape.V4)
        => Assert.Single(await ReadAllAsync(source, shape));

    private static async Task<List<Grant>> ReadAllAsync(string source, SdkShape shape = SdkShape.V4)
    {
        var compilation = await TestCompilation.CreateAsync(shape, source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var reader = new SdkRequestReader(LambdaSymbols.TryCreate(compilation)!);
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var grants = new List<Grant>();
        foreach (var node in tree.GetRoot().DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>())
        {
            if (model.GetOperation(node) is IObjectCreationOperation creation && reader.TryRead(creation, new ReadContext(null, CancellationToken.None)) is { } grant)
            {
                grants.Add(grant);
            }
        }

        return grants;
    }
}
