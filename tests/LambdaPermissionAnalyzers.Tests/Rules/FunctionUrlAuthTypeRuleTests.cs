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

    /// <summary>The API resolves the action name after <c>lambda:</c> in any letter case (the prefix must be lowercase, LPA0004): each spelling of the URL action needs the auth type, and other actions do not.</summary>
    [Theory]
    [InlineData("lambda:InvokeFunctionUrl", true)]
    [InlineData("lambda:INVOKEFUNCTIONURL", true)]
    [InlineData("lambda:invokefunctionurl", true)]
    [InlineData("lambda:InvokeFunction", false)]
    [InlineData("lambda:GetFunctionUrlConfig", false)]
    public Task Each_letter_case_of_the_url_action_needs_an_auth_type(string action, bool reported) => VerifyAnalyzerAsync($$"""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda)
                => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = {|#0:"{{action}}"|}, Principal = "381492765013" });
        }
        """,
        SdkShape.V4,
        reported
            ? new[] { Diagnostic("LPA0201").WithLocation(0).WithMessage($"Action '{action}' is granted without FunctionUrlAuthType; set it to the auth type of the function URL (AWS_IAM, or NONE for a public URL)") }
            : System.Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>());
}
