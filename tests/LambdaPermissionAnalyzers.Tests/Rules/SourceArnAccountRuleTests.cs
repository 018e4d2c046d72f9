namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0101 (SourceArnAccountRule): a SourceArn without an account id (S3 buckets) and no SourceAccount.</summary>
public class SourceArnAccountRuleTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    [Fact]
    public Task S3_needs_source_account_beside_its_bucket_arn() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string bucket, string bucketArn)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com", SourceArn = {|LPA0101:"arn:aws:s3:::uploads"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com", SourceArn = {|LPA0101:$"arn:aws:s3:::{bucket}"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "c", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com", SourceArn = {|LPA0101:bucketArn|} });
            }
        }
        """);

    [Fact]
    public Task Sns_breaks_with_source_account_and_arns_with_an_account_need_none() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string topicArn, string ruleArn, string accountId, string bucketArn)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "sns.amazonaws.com", SourceArn = topicArn });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:InvokeFunction", Principal = "events.amazonaws.com", SourceArn = ruleArn });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "c", Action = "lambda:InvokeFunction", Principal = "events.amazonaws.com", SourceArn = "arn:aws:events:us-east-1:381492765013:rule/nightly" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "d", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com", SourceArn = bucketArn, SourceAccount = accountId });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "e", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com", SourceArn = "arn:aws:s3:us-east-1:381492765013:accesspoint/uploads" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "f", Action = "lambda:InvokeFunction", Principal = "cloudfront.amazonaws.com", SourceArn = "arn:aws:cloudfront::381492765013:distribution/EDFDVBD6EXAMPLE" });
            }
        }
        """);

    [Fact]
    public Task Messages_say_why_the_account_is_needed() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string bucketArn, string principal)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com", SourceArn = {|#0:"arn:aws:s3:::uploads"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com", SourceArn = {|#1:bucketArn|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "c", Action = "lambda:InvokeFunction", Principal = "events.amazonaws.com", SourceArn = {|#2:"arn:aws:events:us-east-1::rule/nightly"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "d", Action = "lambda:InvokeFunction", Principal = principal, SourceArn = {|#3:"arn:aws:s3:::uploads"|} });
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0101").WithLocation(0).WithMessage("SourceArn 'arn:aws:s3:::uploads' carries no account id and SourceAccount is not set: if the bucket is deleted, another account can create one with the same name and invoke this function; add SourceAccount"),
        Diagnostic("LPA0101").WithLocation(1).WithMessage("SourceArn '{…}' carries no account id and SourceAccount is not set: S3 bucket ARNs never carry one, so if the bucket is deleted, another account can create one with the same name and invoke this function; add SourceAccount"),
        Diagnostic("LPA0101").WithLocation(2).WithMessage("SourceArn 'arn:aws:events:us-east-1::rule/nightly' carries no account id and SourceAccount is not set: resources of the same name in other accounts match it; add SourceAccount"),
        Diagnostic("LPA0101").WithLocation(3).WithMessage("SourceArn 'arn:aws:s3:::uploads' carries no account id and SourceAccount is not set: if the bucket is deleted, another account can create one with the same name and invoke this function; add SourceAccount"));

    [Fact]
    public Task Alexa_null_arns_and_arns_with_an_account_are_not_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string principal)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "alexa-appkit.amazon.com", EventSourceToken = "amzn1.ask.skill.1", SourceArn = "arn:aws:s3:::uploads" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:InvokeFunction", Principal = "381492765013", SourceArn = null });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "c", Action = "lambda:InvokeFunction", Principal = principal, SourceArn = "arn:aws:events:us-east-1:381492765013:rule/nightly" });
            }
        }
        """);
}
