namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0103 (PublicPrincipalRule): <c>Principal = "*"</c> with no PrincipalOrgID, SourceArn or SourceAccount.</summary>
public class PublicPrincipalRuleTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    [Fact]
    public Task Public_principal_without_condition_is_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = {|LPA0103:"*"|} });
        }
        """);

    [Fact]
    public Task Conditions_count_as_mitigations() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string orgId, string sourceArn)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "*", PrincipalOrgID = orgId });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:InvokeFunction", Principal = "*", SourceArn = sourceArn });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "c", Action = "lambda:InvokeFunction", Principal = "*", SourceAccount = "381492765013" });
            }
        }
        """);

    [Fact]
    public Task Accounts_and_iam_principals_are_not_public() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string principal)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:InvokeFunction", Principal = "arn:aws:iam::381492765013:role/caller" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "c", Action = "lambda:InvokeFunction", Principal = principal });
            }
        }
        """);

    [Fact]
    public Task Deliberate_public_function_url_is_one_finding_not_three() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "site",
                    StatementId = "FunctionURLAllowPublicAccess",
                    Action = "lambda:InvokeFunctionUrl",
                    Principal = "*",
                    FunctionUrlAuthType = {|LPA0200:FunctionUrlAuthType.NONE|},
                });
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "site",
                    StatementId = "FunctionURLAllowInvokeAction",
                    Action = "lambda:InvokeFunction",
                    Principal = "*",
                    InvokedViaFunctionUrl = true,
                });
            }
        }
        """);

    [Fact]
    public Task Message_names_the_action_when_it_is_known() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string action)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = {|#0:"*"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = action, Principal = {|#1:"*"|} });
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0103").WithLocation(0).WithMessage("Principal '*' with no PrincipalOrgID, SourceArn or SourceAccount lets any AWS account or anonymous caller use 'lambda:InvokeFunction' on this function; restrict it with PrincipalOrgID, or name the account or service"),
        Diagnostic("LPA0103").WithLocation(1).WithMessage("Principal '*' with no PrincipalOrgID, SourceArn or SourceAccount lets any AWS account or anonymous caller use this function; restrict it with PrincipalOrgID, or name the account or service"));

    /// <summary>InvokedViaFunctionUrl = false makes an ordinary statement, which is public; true or unknown makes the function URL's companion.</summary>
    [Fact]
    public Task Only_a_statement_known_not_to_serve_a_function_url_is_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, bool viaUrl)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = {|LPA0103:"*"|}, InvokedViaFunctionUrl = false });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:InvokeFunction", Principal = "*", InvokedViaFunctionUrl = viaUrl });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "c", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "d", Action = "lambda:InvokeFunction", Principal = "**" });
            }
        }
        """);
}
