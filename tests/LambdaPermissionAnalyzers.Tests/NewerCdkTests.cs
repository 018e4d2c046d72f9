using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaPermissionAnalyzers.Tests;

/// <summary>
/// The CDK members newer than the 2.160.0 the registry serves (2.220.0 added Permission.InvokedViaFunctionUrl, and
/// function URLs with AuthType NONE then get both of their grants from CDK), on a small stand-in of that API
/// compiled as an assembly named Amazon.CDK.Lib.
/// </summary>
public class NewerCdkTests
{
    private const string StandIn = """
        #nullable enable
        namespace Amazon.CDK.AWS.IAM
        {
            public interface IPrincipal { }
            public abstract class PrincipalBase : IPrincipal { }
            public class ArnPrincipal : PrincipalBase { public ArnPrincipal(string arn) { } }
            public class AnyPrincipal : ArnPrincipal { public AnyPrincipal() : base("*") { } }
            public class ServicePrincipal : PrincipalBase { public ServicePrincipal(string service, object? opts = null) { } }
        }

        namespace Amazon.CDK.AWS.Lambda
        {
            using Amazon.CDK.AWS.IAM;

            public enum FunctionUrlAuthType { AWS_IAM, NONE }
            public interface IPermission { }
            public class Permission : IPermission
            {
                public IPrincipal Principal { get; set; } = null!;
                public string? Action { get; set; }
                public FunctionUrlAuthType? FunctionUrlAuthType { get; set; }
                public bool? InvokedViaFunctionUrl { get; set; }
                public string? SourceArn { get; set; }
                public string? SourceAccount { get; set; }
                public string? OrganizationId { get; set; }
            }
            public interface IFunctionUrlOptions { }
            public class FunctionUrlOptions : IFunctionUrlOptions { public FunctionUrlAuthType? AuthType { get; set; } }
            public class FunctionUrl { }
            public interface IFunction
            {
                void AddPermission(string id, IPermission permission);
                FunctionUrl AddFunctionUrl(IFunctionUrlOptions? options = null);
            }
        }
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> Cdk = new(Compile);

    [Fact]
    public Task Public_url_gets_both_grants_from_cdk_2_220() => VerifyCdkAnalyzerAsync("""
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.Lambda;

        class Site
        {
            void Open(IFunction fn, IFunction api)
            {
                fn.AddFunctionUrl(new FunctionUrlOptions { AuthType = {|LPA0200:FunctionUrlAuthType.NONE|} });

                // Written by hand: the companion is the user's to add, with the member 2.220 brought.
                api.AddPermission("Url", new {|LPA0202:Permission|} { Principal = new AnyPrincipal(), Action = "lambda:InvokeFunctionUrl", FunctionUrlAuthType = {|LPA0200:FunctionUrlAuthType.NONE|} });
            }

            void OpenBoth(IFunction fn)
            {
                fn.AddPermission("Url", new Permission { Principal = new AnyPrincipal(), Action = "lambda:InvokeFunctionUrl", FunctionUrlAuthType = {|LPA0200:FunctionUrlAuthType.NONE|} });
                fn.AddPermission("Invoke", new Permission { Principal = new AnyPrincipal(), InvokedViaFunctionUrl = true });
            }
        }
        """, Cdk.Value);

    private static ImmutableArray<MetadataReference> Compile()
    {
        var framework = AwsSdk.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();
        var compilation = CSharpCompilation.Create(
            "Amazon.CDK.Lib",
            new[] { CSharpSyntaxTree.ParseText(StandIn) },
            framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return ImmutableArray.Create<MetadataReference>(MetadataReference.CreateFromImage(image.ToArray()));
    }
}
