namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0106 (PlaceholderValueRule): a placeholder or AWS documentation example value left in a grant.</summary>
public class PlaceholderValueRuleTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    /// <summary>Every kind of example value, each in the member where a copied snippet leaves it.</summary>
    private const string CopiedFromTheDocs = Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string region)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "orders",
                    StatementId = "s3",
                    Action = "lambda:InvokeFunction",
                    Principal = "s3.amazonaws.com",
                    SourceArn = {|#0:"arn:aws:s3:::amzn-s3-demo-bucket/*"|},
                    SourceAccount = {|#1:"123456789012"|},
                });
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = {|#2:"arn:aws:lambda:us-east-1:111122223333:function:orders"|},
                    StatementId = "partner",
                    Action = "lambda:InvokeFunction",
                    Principal = {|#3:"arn:aws:iam::444455556666:root"|},
                });
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "orders",
                    StatementId = "org",
                    Action = "lambda:InvokeFunction",
                    Principal = "*",
                    PrincipalOrgID = {|#4:"o-a1b2c3d4e5"|},
                });
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "orders",
                    StatementId = "events",
                    Action = "lambda:InvokeFunction",
                    Principal = "events.amazonaws.com",
                    SourceArn = {|#5:$"arn:aws:events:{region}:777788889999:rule/nightly"|},
                });
            }
        }
        """;

    [Fact]
    public Task Documentation_examples_are_reported_with_what_they_are() => VerifyAnalyzerAsync(
        CopiedFromTheDocs,
        new ProjectSetup(),
        Diagnostic("LPA0106").WithLocation(0).WithMessage("SourceArn 'arn:aws:s3:::amzn-s3-demo-bucket/*' holds the AWS documentation's example bucket 'amzn-s3-demo-bucket'; replace it with the real value before this grant is sent"),
        Diagnostic("LPA0106").WithLocation(1).WithMessage("SourceAccount '123456789012' holds the AWS documentation's example account id '123456789012'; replace it with the real value before this grant is sent"),
        Diagnostic("LPA0106").WithLocation(2).WithArguments("FunctionName", "arn:aws:lambda:us-east-1:111122223333:function:orders", "the AWS documentation's example account id '111122223333'", "replace it with the real value before this grant is sent"),
        Diagnostic("LPA0106").WithLocation(3).WithMessage("Principal 'arn:aws:iam::444455556666:root' holds the AWS documentation's example account id '444455556666'; the grant gives access to an account that is not yours; use the real principal"),
        Diagnostic("LPA0106").WithLocation(4).WithArguments("PrincipalOrgID", "o-a1b2c3d4e5", "the AWS documentation's example organization id 'o-a1b2c3d4e5'", "replace it with the real value before this grant is sent"),
        Diagnostic("LPA0106").WithLocation(5).WithArguments("SourceArn", "arn:aws:events:{…}:777788889999:rule/nightly", "the AWS documentation's example account id '777788889999'", "replace it with the real value before this grant is sent"));

    [Fact]
    public Task Placeholder_marker_the_API_accepts_is_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda, string accountId) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "orders",
                StatementId = "s3",
                Action = "lambda:InvokeFunction",
                Principal = "s3.amazonaws.com",
                SourceArn = {|LPA0106:"arn:aws:s3:::<bucket-name>"|},
                SourceAccount = accountId,
            });
        }
        """);

    [Fact]
    public Task Placeholder_the_API_rejects_is_reported_once_as_an_invalid_value() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda, string bucketArn) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = {|LPA0003:"<function-name>"|},
                StatementId = "s3",
                Action = "lambda:InvokeFunction",
                Principal = "s3.amazonaws.com",
                SourceArn = bucketArn,
                SourceAccount = {|LPA0004:"<account-id>"|},
            });
        }
        """);

    [Fact]
    public Task Real_accounts_and_unknown_values_are_not_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            const string Audit = "381492765013";

            async Task GrantAsync(IAmazonLambda lambda, string accountId, string prefix, string bucket)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "arn:aws:lambda:eu-west-1:381492765013:function:orders",
                    StatementId = "s3",
                    Action = "lambda:InvokeFunction",
                    Principal = "s3.amazonaws.com",
                    SourceArn = $"arn:aws:s3:::{bucket}/*",
                    SourceAccount = accountId,
                });
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "orders",
                    StatementId = "audit",
                    Action = "lambda:InvokeFunction",
                    Principal = Audit,
                });
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    // 13 digits, and twelve digits that may continue the hole before them: neither is the example id.
                    FunctionName = "orders",
                    StatementId = "partial",
                    Action = "lambda:InvokeFunction",
                    Principal = prefix + "123456789012",
                    EventSourceToken = "amzn1.ask.skill.1234567890123",
                });
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    // A bucket whose name merely starts like an example.
                    FunctionName = "orders",
                    StatementId = "s3-archive",
                    Action = "lambda:InvokeFunction",
                    Principal = "s3.amazonaws.com",
                    SourceArn = "arn:aws:s3:::my-bucket-archive-eu",
                    SourceAccount = accountId,
                });
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    // A member that never holds an account, a resource or a name: an example account id there is only text.
                    FunctionName = "orders",
                    StatementId = "123456789012",
                    Action = "lambda:InvokeFunction",
                    Principal = "381492765013",
                });
            }
        }
        """);

    [Fact]
    public Task Example_values_are_expected_in_test_projects() => VerifyAnalyzerAsync(
        CopiedFromTheDocs.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace("{|#3:", "").Replace("{|#4:", "").Replace("{|#5:", "").Replace("|}", ""),
        new ProjectSetup(ReferencesXunit: true));

    [Fact]
    public Task Test_projects_can_opt_in() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "orders",
                StatementId = "partner",
                Action = "lambda:InvokeFunction",
                Principal = {|LPA0106:"123456789012"|},
            });
        }
        """, new ProjectSetup(EditorConfig: "LPA0106.report_in_test_projects = true", ReferencesXunit: true));

    [Fact]
    public Task Projects_add_their_own_dummies_and_declare_real_values() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = {|LPA0106:"arn:aws:lambda:us-east-1:000000000000:function:orders"|},
                    StatementId = "localstack",
                    Action = "lambda:InvokeFunction",
                    Principal = {|LPA0106:"000000000000"|},
                });
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "orders",
                    StatementId = "ops",
                    Action = "lambda:InvokeFunction",
                    Principal = "111111111111",
                });
            }
        }
        """, new ProjectSetup(EditorConfig: "LPA0106.additional_values = 000000000000, xmpl\nLPA0106.ignored_values = 111111111111"));
}
