namespace LambdaPermissionAnalyzers.Tests.Readers;

/// <summary>
/// The same rules on the SDK's other permission operations as their readers see them: RemovePermission,
/// AddLayerVersionPermission, CreateFunctionUrlConfig and UpdateFunctionUrlConfig; each test checks several rules at once.
/// </summary>
public class OtherOperationsTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    // ----- RemovePermission -----

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

    // ----- AddLayerVersionPermission -----

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

    // ----- CreateFunctionUrlConfig / UpdateFunctionUrlConfig -----

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
