using LambdaPermissionAnalyzers.CodeFixes;

namespace LambdaPermissionAnalyzers.Tests;

/// <summary>
/// The same rules on the SDK's other permission operations: RemovePermission, AddLayerVersionPermission (and its
/// own LPA0300), CreateFunctionUrlConfig and UpdateFunctionUrlConfig.
/// </summary>
public class OtherOperationsTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    // RemovePermission

    [Fact]
    public Task Remove_permission_constraints() => VerifyAnalyzerAsync(Usings + """
        class Cleanup
        {
            async Task RemoveAsync(IAmazonLambda lambda)
            {
                await lambda.RemovePermissionAsync(new {|#0:RemovePermissionRequest|} { FunctionName = "orders" });
                await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "orders", StatementId = "AllowS3Invoke", Qualifier = {|LPA0002:"$LATEST"|} });
                await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "orders:live", StatementId = "AllowS3Invoke", Qualifier = {|LPA0005:"beta"|} });
                await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = {|LPA0003:"orders-handler-with-a-name-that-is-far-too-long-for-lambda-to-accept-it"|}, StatementId = "AllowS3Invoke" });
                await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "orders", StatementId = {|LPA0004:"Allow S3"|} });
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0001").WithLocation(0)
            .WithMessage("RemovePermissionRequest is sent without StatementId; the Lambda API will reject this request"));

    [Fact]
    public Task Remove_permission_look_alikes_are_valid() => VerifyAnalyzerAsync(Usings + """
        class Cleanup
        {
            async Task ReplaceAsync(IAmazonLambda lambda, string statementId)
            {
                // RemovePermission accepts '.' in statement ids (written by other tools), AddPermission does not.
                lambda.RemovePermission(new RemovePermissionRequest { FunctionName = "orders", StatementId = "lambda-3f2a.s3" });
                await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "orders", StatementId = statementId, Qualifier = "live" });

                // Remove, then add again: the usual way to replace a statement, not a duplicate id.
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowS3Invoke", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com", SourceArn = "arn:aws:s3:::orders-uploads", SourceAccount = "381492765013" });
                await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "orders", StatementId = "AllowS3Invoke" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowS3Invoke", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com", SourceArn = "arn:aws:s3:::orders-archive", SourceAccount = "381492765013" });
            }
        }
        """);

    [Fact]
    public async Task Remove_permission_fixes()
    {
        // No statement id can be made up for a removal; $LATEST goes.
        await VerifyCodeFixAsync<AddRequiredMembersCodeFix>(Usings + """
            class Cleanup
            {
                Task RemoveAsync(IAmazonLambda lambda) => lambda.RemovePermissionAsync(new {|LPA0001:RemovePermissionRequest|} { FunctionName = "orders" });
            }
            """, Usings + """
            class Cleanup
            {
                Task RemoveAsync(IAmazonLambda lambda) => lambda.RemovePermissionAsync(new {|LPA0001:RemovePermissionRequest|} { FunctionName = "orders" });
            }
            """);
        await VerifyCodeFixAsync<RemoveLatestQualifierCodeFix>(Usings + """
            class Cleanup
            {
                Task RemoveAsync(IAmazonLambda lambda) => lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "orders", StatementId = "a", Qualifier = {|LPA0002:"$LATEST"|} });
            }
            """, Usings + """
            class Cleanup
            {
                Task RemoveAsync(IAmazonLambda lambda) => lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "orders", StatementId = "a" });
            }
            """);
    }

    // AddLayerVersionPermission

    [Fact]
    public Task Layer_permission_constraints() => VerifyAnalyzerAsync(Usings + """
        class Layers
        {
            async Task ShareAsync(IAmazonLambda lambda)
            {
                await lambda.AddLayerVersionPermissionAsync(new {|#0:AddLayerVersionPermissionRequest|} { LayerName = "shared-utils", StatementId = "partner", Principal = "381492765013" });
                await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, StatementId = "invoke", Action = {|#1:"lambda:InvokeFunction"|}, Principal = "381492765013" });
                await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, StatementId = "role", Action = "lambda:GetLayerVersion", Principal = {|#2:"arn:aws:iam::381492765013:role/deployer"|} });
                await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = {|LPA0004:"shared utils"|}, VersionNumber = 3, StatementId = "org", Action = "lambda:GetLayerVersion", Principal = "*", OrganizationId = {|LPA0004:"o-123"|} });
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0001").WithLocation(0)
            .WithMessage("AddLayerVersionPermissionRequest is sent without VersionNumber and Action; the Lambda API will reject this request"),
        Diagnostic("LPA0004").WithLocation(1)
            .WithMessage("Action 'lambda:InvokeFunction' is not lambda:GetLayerVersion, the only action a layer permission can grant; the Lambda API will reject this request"),
        Diagnostic("LPA0004").WithLocation(2)
            .WithMessage("Principal 'arn:aws:iam::381492765013:role/deployer' is not a 12-digit account id, * or an account root ARN (arn:aws:iam::<account-id>:root); a layer cannot be shared with a role, a user or a service; the Lambda API will reject this request"));

    [Fact]
    public Task Public_layer_is_reported_and_function_rules_stay_out() => VerifyAnalyzerAsync(Usings + """
        class Layers
        {
            async Task ShareAsync(IAmazonLambda lambda, string organizationId, long version)
            {
                await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, StatementId = "public", Action = "lambda:GetLayerVersion", Principal = {|#0:"*"|} });

                // Look-alikes: the organization, an account, an account root.
                await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = version, StatementId = "org", Action = "lambda:GetLayerVersion", Principal = "*", OrganizationId = organizationId });
                await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "arn:aws:lambda:eu-west-1:381492765013:layer:shared-utils", VersionNumber = 3, StatementId = "partner", Action = "lambda:GetLayerVersion", Principal = "240186593721" });
                await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, StatementId = "root", Action = "lambda:GetLayerVersion", Principal = "arn:aws:iam::240186593721:root" });
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0300").WithLocation(0)
            .WithMessage("Principal '*' without OrganizationId lets every AWS account use layer version 'shared-utils:3' and download its content; add OrganizationId to share it with your organization only, or name the account"));

    [Fact]
    public Task Same_layer_statement_id_twice_is_a_duplicate() => VerifyAnalyzerAsync(Usings + """
        class Layers
        {
            void Share(IAmazonLambda lambda)
            {
                lambda.AddLayerVersionPermission(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, StatementId = "partner", Action = "lambda:GetLayerVersion", Principal = "381492765013" });
                lambda.AddLayerVersionPermission(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 4, StatementId = "partner", Action = "lambda:GetLayerVersion", Principal = "381492765013" });
                lambda.AddLayerVersionPermission(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, StatementId = {|LPA0006:"partner"|}, Action = "lambda:GetLayerVersion", Principal = "240186593721" });
            }
        }
        """);

    [Fact]
    public async Task Layer_fixes()
    {
        await VerifyCodeFixAsync<AddLayerOrganizationIdCodeFix>(Usings + """
            class Layers
            {
                Task ShareAsync(IAmazonLambda lambda, string organizationId) => lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest
                {
                    LayerName = "shared-utils",
                    VersionNumber = 3,
                    StatementId = "org",
                    Action = "lambda:GetLayerVersion",
                    Principal = {|LPA0300:"*"|},
                });
            }
            """, Usings + """
            class Layers
            {
                Task ShareAsync(IAmazonLambda lambda, string organizationId) => lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest
                {
                    LayerName = "shared-utils",
                    VersionNumber = 3,
                    StatementId = "org",
                    Action = "lambda:GetLayerVersion",
                    Principal = "*",
                    OrganizationId = organizationId,
                });
            }
            """);
        await VerifyFixAllAsync<AddLayerOrganizationIdCodeFix>(Usings + """
            class Layers
            {
                async Task ShareAsync(IAmazonLambda lambda)
                {
                    await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "a", VersionNumber = 1, StatementId = "org", Action = "lambda:GetLayerVersion", Principal = {|LPA0300:"*"|} });
                    await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "b", VersionNumber = 1, StatementId = "org", Action = "lambda:GetLayerVersion", Principal = {|LPA0300:"*"|} });
                }
            }
            """, Usings + """
            class Layers
            {
                async Task ShareAsync(IAmazonLambda lambda)
                {
                    await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "a", VersionNumber = 1, StatementId = "org", Action = "lambda:GetLayerVersion", Principal = "*", OrganizationId = {|LPA0004:"o-<organization-id>"|} });
                    await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "b", VersionNumber = 1, StatementId = "org", Action = "lambda:GetLayerVersion", Principal = "*", OrganizationId = {|LPA0004:"o-<organization-id>"|} });
                }
            }
            """);
        await VerifyCodeFixAsync<AddRequiredMembersCodeFix>(Usings + """
            class Layers
            {
                Task ShareAsync(IAmazonLambda lambda) => lambda.AddLayerVersionPermissionAsync(new {|LPA0001:AddLayerVersionPermissionRequest|} { LayerName = "shared-utils", VersionNumber = 3, Principal = "381492765013" });
            }
            """, Usings + """
            class Layers
            {
                Task ShareAsync(IAmazonLambda lambda) => lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, Principal = "381492765013", StatementId = "AllowInvoke", Action = "lambda:GetLayerVersion" });
            }
            """);
        await VerifyCodeFixAsync<RepairValueCodeFix>(Usings + """
            class Layers
            {
                Task ShareAsync(IAmazonLambda lambda) => lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, StatementId = "partner", Action = {|LPA0004:"GetLayerVersion"|}, Principal = "381492765013" });
            }
            """, Usings + """
            class Layers
            {
                Task ShareAsync(IAmazonLambda lambda) => lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, StatementId = "partner", Action = "lambda:GetLayerVersion", Principal = "381492765013" });
            }
            """);
    }

    // CreateFunctionUrlConfig / UpdateFunctionUrlConfig

    [Fact]
    public Task Public_function_url_config_names_the_missing_grants() => VerifyAnalyzerAsync(Usings + """
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
    public Task Complete_public_url_and_iam_urls_are_only_reported_as_public() => VerifyAnalyzerAsync(Usings + """
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

    [Fact]
    public Task Function_url_config_constraints() => VerifyAnalyzerAsync(Usings + """
        class Urls
        {
            async Task CreateAsync(IAmazonLambda lambda)
            {
                await lambda.CreateFunctionUrlConfigAsync(new {|#0:CreateFunctionUrlConfigRequest|} { FunctionName = "reports" });
                await lambda.CreateFunctionUrlConfigAsync(new CreateFunctionUrlConfigRequest { FunctionName = {|#1:"reports:7"|}, AuthType = FunctionUrlAuthType.AWS_IAM });
                await lambda.UpdateFunctionUrlConfigAsync(new UpdateFunctionUrlConfigRequest { FunctionName = "reports", Qualifier = {|#2:"$LATEST"|} });
                await lambda.UpdateFunctionUrlConfigAsync(new UpdateFunctionUrlConfigRequest { FunctionName = "reports", Qualifier = {|LPA0004:"7"|} });
                await lambda.UpdateFunctionUrlConfigAsync(new UpdateFunctionUrlConfigRequest { FunctionName = "reports", AuthType = {|LPA0004:"IAM"|} });
                await lambda.UpdateFunctionUrlConfigAsync(new UpdateFunctionUrlConfigRequest { FunctionName = "reports", Qualifier = "live-2", AuthType = "aws_iam" });
                await lambda.UpdateFunctionUrlConfigAsync(new UpdateFunctionUrlConfigRequest { FunctionName = {|LPA0003:"arn:aws:lambda:eu-west-1:381492765013:function:orders-handler-with-a-name-that-is-far-too-long-for-lambda-to-accept:live"|} });
                await lambda.UpdateFunctionUrlConfigAsync(new UpdateFunctionUrlConfigRequest { FunctionName = "arn:aws:lambda:eu-west-1:381492765013:function:orders-handler:live" });
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0001").WithLocation(0)
            .WithMessage("CreateFunctionUrlConfigRequest is sent without AuthType; the Lambda API will reject this request"),
        Diagnostic("LPA0003").WithLocation(1)
            .WithMessage("FunctionName 'reports:7' is not a function name (at most 64 characters), a name with an alias, a partial ARN or a function ARN; function URLs do not attach to version numbers; the Lambda API will reject this request"),
        Diagnostic("LPA0004").WithLocation(2)
            .WithMessage("Qualifier '$LATEST' is not an alias name: a function URL attaches to the function or an alias, never to a version number or $LATEST; the Lambda API will reject this request"));

    [Fact]
    public Task Wildcard_origin_with_credentials_is_reported() => VerifyAnalyzerAsync(Usings + """
        class Urls
        {
            async Task CreateAsync(IAmazonLambda lambda, List<string> origins)
            {
                await lambda.CreateFunctionUrlConfigAsync(new CreateFunctionUrlConfigRequest
                {
                    FunctionName = "reports",
                    AuthType = FunctionUrlAuthType.AWS_IAM,
                    Cors = new Cors { AllowOrigins = new List<string> { {|#0:"*"|} }, AllowCredentials = true },
                });

                var request = new UpdateFunctionUrlConfigRequest { FunctionName = "reports" };
                request.Cors = new Cors { AllowCredentials = true, AllowOrigins = { "https://app.example.com", {|#1:"*"|} } };
                await lambda.UpdateFunctionUrlConfigAsync(request);

                // Look-alikes: a wildcard without credentials, named origins with credentials, origins not known.
                await lambda.UpdateFunctionUrlConfigAsync(new UpdateFunctionUrlConfigRequest { FunctionName = "reports", Cors = new Cors { AllowOrigins = new List<string> { "*" } } });
                await lambda.UpdateFunctionUrlConfigAsync(new UpdateFunctionUrlConfigRequest { FunctionName = "reports", Cors = new Cors { AllowOrigins = new List<string> { "https://app.example.com" }, AllowCredentials = true } });
                await lambda.UpdateFunctionUrlConfigAsync(new UpdateFunctionUrlConfigRequest { FunctionName = "reports", Cors = new Cors { AllowOrigins = origins, AllowCredentials = true } });
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0203").WithLocation(0)
            .WithMessage("Cors.AllowOrigins '*' is combined with Cors.AllowCredentials = true: the function URL echoes any caller's Origin with Access-Control-Allow-Credentials, so every website can send credentialed requests and read the responses; list the allowed origins"),
        Diagnostic("LPA0203").WithLocation(1)
            .WithMessage("Cors.AllowOrigins '*' is combined with Cors.AllowCredentials = true: the function URL echoes any caller's Origin with Access-Control-Allow-Credentials, so every website can send credentialed requests and read the responses; list the allowed origins"));

    [Fact]
    public Task Older_sdk_without_function_url_operations_still_analyzes_the_rest() => VerifyAnalyzerAsync(Usings + """
        class Layers
        {
            void Share(IAmazonLambda lambda)
            {
                lambda.AddLayerVersionPermission(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, StatementId = "public", Action = "lambda:GetLayerVersion", Principal = {|LPA0300:"*"|} });
                lambda.RemovePermission(new RemovePermissionRequest { FunctionName = "orders", StatementId = "a", Qualifier = {|LPA0002:"$LATEST"|} });
            }
        }
        """, SdkShape.V3PreFunctionUrl);
}
