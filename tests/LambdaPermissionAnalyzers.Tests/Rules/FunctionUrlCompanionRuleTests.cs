using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0202 (FunctionUrlCompanionRule): a public function URL grant without its companion lambda:InvokeFunction grant (since October 2025).</summary>
public class FunctionUrlCompanionRuleTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    private const string UsingsWithCollections = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    private const string NoCompanion = "This public function URL grant (lambda:InvokeFunctionUrl, FunctionUrlAuthType NONE) has no companion grant with Action 'lambda:InvokeFunction' and InvokedViaFunctionUrl = true";

    private const string Advice = "send the companion grant after this one";

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
    public Task Public_url_grant_alone_gets_403_since_October_2025() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda)
            {
                await {|#1:lambda.AddPermissionAsync(new {|#0:AddPermissionRequest|}
                {
                    FunctionName = "webhook",
                    StatementId = "FunctionURLAllowPublicAccess",
                    Action = "lambda:InvokeFunctionUrl",
                    Principal = "*",
                    FunctionUrlAuthType = {|LPA0200:FunctionUrlAuthType.NONE|},
                })|};
            }
        }
        """,
        SdkShape.V4,
        // The send call is the additional location: where the fix inserts the companion.
        Diagnostic("LPA0202").WithLocation(0).WithLocation(1).WithArguments(NoCompanion, Advice));

    /// <summary>The API resolves the action name after <c>lambda:</c> and the SDK the auth type in any letter case: so does the rule, for the grant and its companion.</summary>
    [Theory]
    [InlineData("lambda:INVOKEFUNCTIONURL", "none", "lambda:InvokeFunction", false)]
    [InlineData("lambda:invokefunctionurl", "None", "lambda:INVOKEFUNCTION", true)]
    [InlineData("lambda:InvokeFunctionURL", "NONE", "lambda:invokefunction", true)]
    public Task Letter_case_of_the_action_and_auth_type_does_not_matter(string urlAction, string authType, string companionAction, bool withCompanion) => VerifyAnalyzerAsync(Usings + $$"""
        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda)
            {
                await {|#1:lambda.AddPermissionAsync(new {|#0:AddPermissionRequest|} { FunctionName = "webhook", StatementId = "url", Action = "{{urlAction}}", Principal = "*", FunctionUrlAuthType = {|LPA0200:"{{authType}}"|} })|};
                {{(withCompanion ? "" : "// ")}}await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "invoke", Action = "{{companionAction}}", Principal = "*", InvokedViaFunctionUrl = true });
            }
        }
        """,
        SdkShape.V4,
        withCompanion
            ? System.Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>()
            : new[] { Diagnostic("LPA0202").WithLocation(0).WithLocation(1).WithArguments(NoCompanion, Advice) });

    [Fact]
    public Task Old_sdk_is_told_to_update() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Open(IAmazonLambda lambda)
            {
                lambda.AddPermission(new {|#0:AddPermissionRequest|}
                {
                    FunctionName = "webhook",
                    StatementId = "FunctionURLAllowPublicAccess",
                    Action = "lambda:InvokeFunctionUrl",
                    Principal = "*",
                    FunctionUrlAuthType = {|LPA0200:"NONE"|},
                });
            }
        }
        """,
        SdkShape.V3PreInvokedViaFunctionUrl,
        Diagnostic("LPA0202").WithLocation(0).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(
            "This public function URL grant (lambda:InvokeFunctionUrl, FunctionUrlAuthType NONE) has no companion grant with Action 'lambda:InvokeFunction' and InvokedViaFunctionUrl = true for the same function in this method; since October 2025 callers of a new function URL get 403 Forbidden without both grants; the referenced AWSSDK.Lambda has no InvokedViaFunctionUrl property: update AWSSDK.Lambda (3.7.501 or later on the 3.7 line, or a 4.0 release from October 2025 or later) and send the companion grant"));

    [Fact]
    public Task Complete_public_url_setup_is_not_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda, string functionName)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = functionName,
                    StatementId = "FunctionURLAllowPublicAccess",
                    Action = "lambda:InvokeFunctionUrl",
                    Principal = "*",
                    FunctionUrlAuthType = {|LPA0200:FunctionUrlAuthType.NONE|},
                });

                var invoke = new AddPermissionRequest();
                invoke.FunctionName = functionName;
                invoke.StatementId = "FunctionURLAllowInvokeAction";
                invoke.Action = "lambda:InvokeFunction";
                invoke.Principal = "*";
                invoke.InvokedViaFunctionUrl = true;
                await lambda.AddPermissionAsync(invoke);
            }
        }
        """);

    [Fact]
    public Task Companion_for_another_function_does_not_count() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(new {|LPA0202:AddPermissionRequest|} { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "status", StatementId = "invoke", Action = "lambda:InvokeFunction", Principal = "*", InvokedViaFunctionUrl = true });
                await lambda.AddPermissionAsync(new {|LPA0202:AddPermissionRequest|} { FunctionName = "status", Qualifier = "live", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
            }
        }
        """);

    [Fact]
    public Task Unknown_values_in_a_possible_companion_are_not_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda, string action, bool viaUrl, string functionName)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "invoke", Action = action, Principal = "*", InvokedViaFunctionUrl = true });

                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = functionName, StatementId = "invoke", Action = "lambda:InvokeFunction", Principal = "*", InvokedViaFunctionUrl = viaUrl });
            }
        }
        """);

    /// <summary>A companion needs both halves: the invoke action and InvokedViaFunctionUrl; a URL grant needs both the URL action and auth type NONE.</summary>
    [Fact]
    public Task Half_a_companion_or_half_a_url_grant_does_not_count() => VerifyAnalyzerAsync(UsingsWithCollections + """
        class Deployer
        {
            async Task InvokeWithoutUrlFlagAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(new {|LPA0202:AddPermissionRequest|} { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "invoke", Action = "lambda:InvokeFunction", Principal = "381492765013" });
            }

            async Task UrlFlagOnAnotherActionAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(new {|LPA0202:AddPermissionRequest|} { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "read", Action = "lambda:GetFunction", Principal = "381492765013", InvokedViaFunctionUrl = {|LPA0007:true|} });
            }

            async Task IamUrlGrantForAPublicUrlAsync(IAmazonLambda lambda)
            {
                await lambda.CreateFunctionUrlConfigAsync(new {|#0:CreateFunctionUrlConfigRequest|} { FunctionName = "webhook", AuthType = {|LPA0200:FunctionUrlAuthType.NONE|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "iam", Action = "lambda:InvokeFunctionUrl", Principal = "381492765013", FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM });
            }

            async Task PublicAuthTypeOnAnotherActionAsync(IAmazonLambda lambda)
            {
                await lambda.CreateFunctionUrlConfigAsync(new {|#1:CreateFunctionUrlConfigRequest|} { FunctionName = "webhook", AuthType = {|LPA0200:FunctionUrlAuthType.NONE|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "read", Action = "lambda:GetFunction", Principal = "381492765013", FunctionUrlAuthType = {|LPA0007:{|LPA0200:FunctionUrlAuthType.NONE|}|} });
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0202").WithLocation(0).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("This public function URL (AuthType NONE) gets no lambda:InvokeFunctionUrl grant (Principal *, FunctionUrlAuthType NONE) and no lambda:InvokeFunction grant with InvokedViaFunctionUrl = true for the same function in this method; since October 2025 callers of a new function URL get 403 Forbidden without both grants; send both with AddPermission after creating the URL"),
        Diagnostic("LPA0202").WithLocation(1).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("This public function URL (AuthType NONE) gets no lambda:InvokeFunctionUrl grant (Principal *, FunctionUrlAuthType NONE) and no lambda:InvokeFunction grant with InvokedViaFunctionUrl = true for the same function in this method; since October 2025 callers of a new function URL get 403 Forbidden without both grants; send both with AddPermission after creating the URL"));

    [Fact]
    public Task Iam_urls_unknown_auth_types_and_unsent_requests_are_not_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            static AddPermissionRequest Build() => new() { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} };

            async Task OpenAsync(IAmazonLambda lambda, FunctionUrlAuthType authType)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "iam", Action = "lambda:InvokeFunctionUrl", Principal = "arn:aws:iam::381492765013:root", FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "any", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = authType });
            }
        }
        """);

    [Fact]
    public Task Local_functions_and_lambdas_are_methods_of_their_own() => VerifyAnalyzerAsync(Usings + """
        using System;

        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda)
            {
                await OpenUrl();
                Func<Task> companion = () => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunction", Principal = "*", InvokedViaFunctionUrl = true });
                await companion();

                async Task OpenUrl()
                {
                    // The same statement id as the lambda's grant: another method, so not LPA0006 either.
                    await lambda.AddPermissionAsync(new {|LPA0202:AddPermissionRequest|} { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
                }
            }
        }
        """);

    // ----- CreateFunctionUrlConfig / UpdateFunctionUrlConfig -----

    [Fact]
    public Task Public_function_url_config_names_the_missing_grants() => VerifyAnalyzerAsync(UsingsWithCollections + """
        class Urls
        {
            async Task CreateAsync(IAmazonLambda lambda)
            {
                await lambda.CreateFunctionUrlConfigAsync(new {|#0:CreateFunctionUrlConfigRequest|} { FunctionName = "webhook", AuthType = {|LPA0200:FunctionUrlAuthType.NONE|} });
            }

            async Task CreateWithUrlGrantOnlyAsync(IAmazonLambda lambda)
            {
                await lambda.CreateFunctionUrlConfigAsync(new CreateFunctionUrlConfigRequest { FunctionName = "webhook", AuthType = {|LPA0200:FunctionUrlAuthType.NONE|} });
                await lambda.AddPermissionAsync(new {|LPA0202:AddPermissionRequest|} { FunctionName = "webhook", StatementId = "FunctionURLAllowPublicAccess", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
            }

            async Task CreateWithCompanionOnlyAsync(IAmazonLambda lambda)
            {
                await lambda.CreateFunctionUrlConfigAsync(new {|#1:CreateFunctionUrlConfigRequest|} { FunctionName = "webhook", AuthType = {|LPA0200:"NONE"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "FunctionURLAllowInvokeAction", Action = "lambda:InvokeFunction", Principal = "*", InvokedViaFunctionUrl = true });
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0202").WithLocation(0).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("This public function URL (AuthType NONE) gets no lambda:InvokeFunctionUrl grant (Principal *, FunctionUrlAuthType NONE) and no lambda:InvokeFunction grant with InvokedViaFunctionUrl = true for the same function in this method; since October 2025 callers of a new function URL get 403 Forbidden without both grants; send both with AddPermission after creating the URL"),
        Diagnostic("LPA0202").WithLocation(1).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("This public function URL (AuthType NONE) gets no lambda:InvokeFunctionUrl grant (Principal *, FunctionUrlAuthType NONE) for the same function in this method; since October 2025 callers of a new function URL get 403 Forbidden without both grants; send both with AddPermission after creating the URL"));

    [Fact]
    public Task Complete_public_url_and_iam_urls_are_only_reported_as_public() => VerifyAnalyzerAsync(UsingsWithCollections + """
        class Urls
        {
            async Task CreateAsync(IAmazonLambda lambda, string functionName, FunctionUrlAuthType authType)
            {
                await lambda.CreateFunctionUrlConfigAsync(new CreateFunctionUrlConfigRequest { FunctionName = functionName, Qualifier = "live", AuthType = {|LPA0200:FunctionUrlAuthType.NONE|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = functionName, Qualifier = "live", StatementId = "FunctionURLAllowPublicAccess", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = functionName, Qualifier = "live", StatementId = "FunctionURLAllowInvokeAction", Action = "lambda:InvokeFunction", Principal = "*", InvokedViaFunctionUrl = true });

                await lambda.CreateFunctionUrlConfigAsync(new CreateFunctionUrlConfigRequest { FunctionName = "reports", AuthType = FunctionUrlAuthType.AWS_IAM });
                await lambda.CreateFunctionUrlConfigAsync(new CreateFunctionUrlConfigRequest { FunctionName = "reports", Qualifier = "live", AuthType = authType });
                await lambda.UpdateFunctionUrlConfigAsync(new UpdateFunctionUrlConfigRequest { FunctionName = "reports", InvokeMode = InvokeMode.RESPONSE_STREAM });
            }
        }
        """);

    // ----- AWS CDK -----

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
