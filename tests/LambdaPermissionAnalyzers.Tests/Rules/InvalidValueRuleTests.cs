namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0004 (InvalidValueRule): a known value breaks the API's pattern, length or enum for its member.</summary>
public class InvalidValueRuleTests
{
    [Theory]
    [InlineData("StatementId", "Allow S3 invoke")]
    [InlineData("StatementId", "allow.s3")]
    [InlineData("StatementId", "")]
    [InlineData("Action", "InvokeFunction")]
    [InlineData("Action", "lambda:Invoke*")]
    [InlineData("Action", "s3:GetObject")]
    [InlineData("Action", "")]
    [InlineData("Principal", "s3.amazonaws.com ")]
    [InlineData("Principal", "")]
    [InlineData("SourceArn", "orders-bucket")]
    [InlineData("SourceArn", "")]
    [InlineData("SourceAccount", "3814-9276-5013")]
    [InlineData("SourceAccount", "12345678901")]
    [InlineData("PrincipalOrgID", "o-ABC1234567")]
    [InlineData("PrincipalOrgID", "r-a1b2c3d4e5")]
    [InlineData("EventSourceToken", "amzn1.ask.skill/123")]
    [InlineData("Qualifier", "live alias")]
    [InlineData("Qualifier", "")]
    [InlineData("FunctionUrlAuthType", "PUBLIC")]
    public Task Value_the_API_rejects_is_reported_on_the_value(string member, string value) => VerifyAnalyzerAsync($$"""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create() => new() { {{member}} = {|LPA0004:"{{value}}"|} };
        }
        """);

    [Fact]
    public Task Message_names_the_member_the_value_and_the_rule() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create() => new() { SourceAccount = {|#0:"3814-9276-5013"|} };
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0004").WithLocation(0)
            .WithArguments("SourceAccount", "3814-9276-5013", "is not a 12-digit account id; the Lambda API will reject this request"));

    [Fact]
    public Task Valid_and_unknown_values_are_not_reported() => VerifyAnalyzerAsync("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] All(string any, string account) => new AddPermissionRequest[]
            {
                new() { StatementId = "Allow_S3-Invoke", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com" },
                new() { Action = {|LPA0104:"lambda:*"|}, SourceArn = "arn:aws:s3:::uploads", SourceAccount = "381492765013" },
                new() { Action = {|LPA0104:"*"|}, SourceArn = "arn:aws:execute-api:us-east-1:381492765013:abc123/*/POST/orders" },
                new() { Action = "lambda:invokefunction", SourceArn = "arn:aws:cloudfront::381492765013:distribution/EDFDVBD6EXAMPLE" },
                new() { Action = "lambda:InvokeFunctionUrl", FunctionUrlAuthType = {|LPA0200:"none"|} },
                new() { FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM, PrincipalOrgID = "o-k7x2m9q4w1" },
                new() { Qualifier = "7", EventSourceToken = "amzn1.ask.skill.12345678-1234-1234-1234-381492765013" },
                new() { Qualifier = "$LATEST.PUBLISHED", RevisionId = {|LPA0008:"anything at all"|} },
                new() { StatementId = any, Action = any, Principal = any, SourceArn = $"arn:aws:sns:{any}", SourceAccount = account },
                new() { StatementId = $"Allow-{any}", SourceAccount = $"{account}" },
                new() { Principal = null, StatementId = null },
            };
        }
        """);

    [Fact]
    public Task Partly_known_values_are_reported_when_the_literal_parts_prove_it() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create(string service, string account) => new()
            {
                StatementId = {|LPA0004:$"Allow {service}"|},
                SourceAccount = {|LPA0004:$"{account}-01"|},
            };
        }
        """);

    /// <summary>A statement id of 100 characters is accepted, 101 are rejected; SourceAccount is exactly 12 digits.</summary>
    [Fact]
    public Task Length_limits_are_exact_on_both_sides() => VerifyAnalyzerAsync($$"""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create() => new AddPermissionRequest[]
            {
                new() { StatementId = "{{new string('a', 100)}}", SourceAccount = "381492765013" },
                new() { StatementId = {|LPA0004:"{{new string('a', 101)}}"|}, SourceAccount = {|LPA0004:"3814927650131"|} },
            };
        }
        """);

    /// <summary>
    /// The SDK resolves FunctionUrlAuthType case-insensitively, and so does the rule: no letter case of NONE or
    /// AWS_IAM is invalid (NONE in any case is a public URL, LPA0200, not an invalid value).
    /// </summary>
    [Theory]
    [InlineData("none", "LPA0200")]
    [InlineData("None", "LPA0200")]
    [InlineData("aws_iam", null)]
    [InlineData("Aws_Iam", null)]
    public Task Auth_type_in_any_letter_case_is_valid(string authType, string? expected)
    {
        var value = expected is null ? $"\"{authType}\"" : $"{{|{expected}:\"{authType}\"|}}";
        return VerifyAnalyzerAsync($$"""
            using Amazon.Lambda.Model;

            class Requests
            {
                static CreateFunctionUrlConfigRequest Create() => new() { FunctionName = "f", AuthType = {{value}} };
            }
            """);
    }

    /// <summary>The SDK resolves auth types in any letter case; anything else reaches the API as is.</summary>
    [Fact]
    public Task Auth_types_other_than_none_and_aws_iam_are_reported_in_any_letter_case() => VerifyAnalyzerAsync("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create() => new AddPermissionRequest[]
            {
                new() { Action = "lambda:InvokeFunctionUrl", FunctionUrlAuthType = {|#0:"IAM"|} },
                new() { Action = "lambda:InvokeFunctionUrl", FunctionUrlAuthType = "aws_iam" },
            };
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0004").WithLocation(0).WithMessage("FunctionUrlAuthType 'IAM' is not NONE or AWS_IAM; the Lambda API will reject this request"));
}
