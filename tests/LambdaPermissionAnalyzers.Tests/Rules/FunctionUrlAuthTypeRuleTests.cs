namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0201 (FunctionUrlAuthTypeRule): <c>lambda:InvokeFunctionUrl</c> granted without FunctionUrlAuthType.</summary>
public class FunctionUrlAuthTypeRuleTests
{
    [Fact]
    public Task Older_sdk_without_auth_type_says_to_update_and_offers_no_fix() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = {|#0:"lambda:InvokeFunctionUrl"|}, Principal = "381492765013" });
        }
        """,
        SdkShape.V3PreFunctionUrl,
        Diagnostic("LPA0201").WithLocation(0).WithArguments(
            "lambda:InvokeFunctionUrl",
            "this version of AWSSDK.Lambda has no FunctionUrlAuthType: update AWSSDK.Lambda and set it to the auth type of the function URL"));

    [Fact]
    public Task Function_url_grant_with_auth_type_or_escaping_is_not_reported() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, FunctionUrlAuthType authType)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunctionUrl", Principal = "381492765013", FunctionUrlAuthType = authType });
                var request = new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:InvokeFunctionUrl", Principal = "381492765013" };
                Configure(request);
                await lambda.AddPermissionAsync(request);
            }

            static void Configure(AddPermissionRequest request) => request.FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM;
        }
        """);
}
