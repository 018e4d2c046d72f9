namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0105 (WildcardSourceArnRule): a SourceArn whose wildcards defeat the restriction.</summary>
public class WildcardSourceArnRuleTests
{
    [Fact]
    public Task Wildcards_that_defeat_the_source_arn_are_reported() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create(string region, string apiId) => new AddPermissionRequest[]
            {
                new() { SourceArn = {|LPA0105:"arn:aws:s3:::*"|} },
                new() { SourceArn = {|LPA0004:{|LPA0105:"arn:aws:sns:us-east-1:*:orders"|}|} },
                new() { SourceArn = {|LPA0105:$"arn:aws:events:us-east-1:*:rule/{apiId}"|} },
                new() { SourceArn = $"arn:aws:events:{region}:*:rule/{apiId}" }, // the hole might hold a colon: the account field is not known
                new() { SourceArn = {|LPA0105:"arn:aws:execute-api:us-east-1:381492765013:*"|} },
            };
        }
        """);

    [Fact]
    public Task Api_gateway_stage_and_method_wildcards_are_normal() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create(string region, string account, string apiId) => new AddPermissionRequest[]
            {
                new() { SourceArn = "arn:aws:execute-api:us-east-1:381492765013:a1b2c3/*/*" },
                new() { SourceArn = $"arn:aws:execute-api:{region}:{account}:{apiId}/*/POST/orders" },
                new() { SourceArn = "arn:aws:logs:us-east-1:381492765013:log-group:/app/web:*" },
                new() { SourceArn = "arn:aws:events:us-east-1:381492765013:rule/*" },
                new() { SourceArn = "arn:aws:s3:::uploads/*" },
            };
        }
        """);

    [Fact]
    public Task Messages_say_which_part_is_a_wildcard() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create() => new AddPermissionRequest[]
            {
                new() { Principal = "events.amazonaws.com", SourceArn = {|#0:"arn:aws:events:us-east-1:*:rule/nightly"|} },
                new() { Principal = "s3.amazonaws.com", SourceArn = {|#1:"arn:aws:s3:::*"|}, SourceAccount = "381492765013" },
            };
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0105").WithLocation(0).WithMessage(
            "SourceArn 'arn:aws:events:us-east-1:*:rule/nightly' has a wildcard in its account field and matches resources in every account, so it restricts nothing; name the resource"),
        Diagnostic("LPA0105").WithLocation(1).WithMessage(
            "SourceArn 'arn:aws:s3:::*' matches every s3 resource, so it restricts nothing; name the resource"),
        // The API's pattern takes 12 digits or nothing in the account field: the request is rejected too.
        Diagnostic("LPA0004").WithLocation(0));
}
