namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0102 (MismatchedSourceRule): a source restriction that cannot match the principal's service or account.</summary>
public class MismatchedSourceRuleTests
{
    [Fact]
    public Task Source_that_cannot_match_the_principal_is_reported() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create(string topic) => new AddPermissionRequest[]
            {
                new() { Principal = "apigateway.amazonaws.com", SourceArn = {|LPA0102:"arn:aws:apigateway:us-east-1::/restapis/a1b2c3"|} },
                new() { Principal = "s3.amazonaws.com", SourceArn = {|LPA0102:"arn:aws:sns:us-east-1:381492765013:uploads"|}, SourceAccount = "381492765013" },
                new() { Principal = "sns.amazonaws.com", SourceArn = $"arn:aws:sns:us-east-1:381492765013:{topic}", SourceAccount = {|LPA0102:"381492765013"|} },
                new() { Principal = "events.amazonaws.com", SourceArn = "arn:aws:events:us-east-1:381492765013:rule/nightly", SourceAccount = {|LPA0102:"210987654321"|} },
            };
        }
        """);

    [Fact]
    public Task Matching_or_unknown_sources_are_not_reported() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create(string arn, string account, string principal) => new AddPermissionRequest[]
            {
                new() { Principal = "apigateway.amazonaws.com", SourceArn = "arn:aws:execute-api:us-east-1:381492765013:a1b2c3/*/GET/users", SourceAccount = "381492765013" },
                new() { Principal = "logs.eu-west-1.amazonaws.com", SourceArn = "arn:aws:logs:eu-west-1:381492765013:log-group:/app:*" },
                new() { Principal = "s3.amazonaws.com.cn", SourceArn = "arn:aws-cn:s3:::uploads", SourceAccount = "381492765013" },
                new() { Principal = "config.amazonaws.com", SourceArn = "arn:aws:s3:::anything" },
                new() { Principal = "s3.amazonaws.com", SourceArn = arn, SourceAccount = account },
                new() { Principal = principal, SourceArn = "arn:aws:sns:us-east-1:381492765013:t", SourceAccount = "381492765013" },
                new() { Principal = "sns.amazonaws.com", SourceArn = "arn:aws:sns:us-east-1:381492765013:t" },
            };
        }
        """);

    /// <summary>One row per service the rule knows: the ARN service its callers have (an independent list, not the table).</summary>
    [Theory]
    [InlineData("s3", "s3")]
    [InlineData("sns", "sns")]
    [InlineData("events", "events")]
    [InlineData("apigateway", "execute-api")]
    [InlineData("logs", "logs")]
    [InlineData("elasticloadbalancing", "elasticloadbalancing")]
    [InlineData("iot", "iot")]
    [InlineData("cognito-idp", "cognito-idp")]
    [InlineData("ses", "ses")]
    [InlineData("bedrock", "bedrock")]
    [InlineData("cloudfront", "cloudfront")]
    [InlineData("lex", "lex")]
    [InlineData("secretsmanager", "secretsmanager")]
    public Task Each_known_service_accepts_its_own_arn_service_and_no_other(string label, string arnService) => VerifyAnalyzerAsync($$"""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create() => new AddPermissionRequest[]
            {
                new() { Principal = "{{label}}.amazonaws.com", SourceArn = "arn:aws:{{arnService}}:us-east-1:381492765013:thing" },
                new() { Principal = "{{label}}.amazonaws.com", SourceArn = {|#0:"arn:aws:dynamodb:us-east-1:381492765013:table/orders"|} },
            };
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0102").WithLocation(0).WithArguments(
            "SourceArn",
            "arn:aws:dynamodb:us-east-1:381492765013:table/orders",
            $"is an ARN of dynamodb, but requests from '{label}.amazonaws.com' come from {arnService} resources (arn:aws:{arnService}:...), so the restriction never matches and the service cannot invoke the function"));

    [Fact]
    public Task Messages_name_both_accounts_and_the_sns_restriction() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create() => new AddPermissionRequest[]
            {
                new() { Principal = "events.amazonaws.com", SourceArn = "arn:aws:events:us-east-1:381492765013:rule/nightly", SourceAccount = {|#0:"210987654321"|} },
                new() { Principal = "sns.amazonaws.com", SourceArn = "arn:aws:sns:us-east-1:381492765013:uploads", SourceAccount = {|#1:"381492765013"|} },
            };
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0102").WithLocation(0).WithMessage(
            "SourceAccount '210987654321' differs from the account 381492765013 in SourceArn 'arn:aws:events:us-east-1:381492765013:rule/nightly'; no resource can match both, so the service cannot invoke the function"),
        Diagnostic("LPA0102").WithLocation(1).WithMessage(
            "SourceAccount '381492765013' is set for SNS, which does not support it: Lambda denies the topic's invocations; restrict the grant with the topic's SourceArn only"));
}
