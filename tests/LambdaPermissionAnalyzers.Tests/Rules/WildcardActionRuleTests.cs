namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0104 (WildcardActionRule): a grant of every Lambda action (<c>*</c>, <c>lambda:*</c> in any letter case).</summary>
public class WildcardActionRuleTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    private const string CdkUsings = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.Lambda;
        using Constructs;

        """;

    [Fact]
    public Task Every_wildcard_spelling_is_reported_with_its_text() => VerifyAnalyzerAsync(Usings + """
        class Grants
        {
            const string Everything = "lambda:*";

            async Task GrantAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = {|#0:"*"|}, Principal = "381492765013" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = {|#1:"lambda:*"|}, Principal = "381492765013" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "c", Action = {|#2:"LAMBDA:*"|}, Principal = "381492765013" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "d", Action = {|#3:Everything|}, Principal = "381492765013" });
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0104").WithLocation(0)
            .WithMessage("Action '*' grants every operation a function policy can allow, including changing the function's code and configuration; grant lambda:InvokeFunction, or the one action the principal needs"),
        Diagnostic("LPA0104").WithLocation(1).WithArguments("lambda:*"),
        Diagnostic("LPA0104").WithLocation(2).WithArguments("LAMBDA:*"),
        // The API's pattern spells the service prefix in lower case: the request is rejected too.
        Diagnostic("LPA0004").WithLocation(2),
        Diagnostic("LPA0104").WithLocation(3).WithArguments("lambda:*"));

    [Fact]
    public Task Named_actions_and_values_not_known_are_not_reported() => VerifyAnalyzerAsync(Usings + """
        class Grants
        {
            async Task GrantAsync(IAmazonLambda lambda, string action)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:GetFunction", Principal = "381492765013" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "c", Action = action, Principal = "381492765013" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "d", Action = $"lambda:{action}", Principal = "381492765013" });
            }
        }
        """);

    [Fact]
    public Task Cdk_permission_with_every_action_is_reported() => VerifyCdkAnalyzerAsync(CdkUsings + """
        class Admin : Stack
        {
            Admin(Construct scope, Function fn) : base(scope, "Admin")
            {
                fn.AddPermission("Ops", new Permission { Principal = new AccountPrincipal("381492765013"), Action = {|LPA0104:"lambda:*"|} });
                fn.AddPermission("Invoke", new Permission { Principal = new AccountPrincipal("381492765013") });
            }
        }
        """);
}
