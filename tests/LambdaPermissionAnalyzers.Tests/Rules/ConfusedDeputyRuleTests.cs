namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0100 (ConfusedDeputyRule): a service principal without SourceArn/SourceAccount (confused deputy).</summary>
public class ConfusedDeputyRuleTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.Lambda;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SNS;
        using Constructs;

        """;

    [Theory]
    [InlineData("s3.amazonaws.com")]
    [InlineData("sns.amazonaws.com")]
    [InlineData("events.amazonaws.com")]
    [InlineData("apigateway.amazonaws.com")]
    [InlineData("logs.eu-west-1.amazonaws.com")]
    [InlineData("sns.ap-east-1.amazonaws.com")]
    [InlineData("s3.amazonaws.com.cn")]
    [InlineData("some-new-service.amazonaws.com")]
    public Task Service_principal_without_source_is_reported_on_the_principal(string principal) => VerifyAnalyzerAsync($$"""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "orders",
                StatementId = "AllowService",
                Action = "lambda:InvokeFunction",
                Principal = {|LPA0100:"{{principal}}"|},
            });
        }
        """);

    [Fact]
    public Task Message_names_the_restriction_the_service_needs() => VerifyAnalyzerAsync("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            void Grant(IAmazonLambda lambda)
            {
                var request = new AddPermissionRequest { FunctionName = "f", StatementId = "s", Action = "lambda:InvokeFunction" };
                request.Principal = {|#0:"s3.amazonaws.com"|};
                lambda.AddPermission(request);
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0100").WithLocation(0).WithArguments(
            "s3.amazonaws.com",
            "is an AWS service, but the grant sets neither SourceArn nor SourceAccount: resources in other AWS accounts can invoke this function through that service; add SourceArn and SourceAccount"));

    [Fact]
    public Task Partly_known_regional_principal_is_a_service_principal() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            const string Service = "logs";

            Task GrantAsync(IAmazonLambda lambda, string region) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "shipper",
                StatementId = "AllowLogs",
                Action = "lambda:InvokeFunction",
                Principal = {|LPA0100:$"{Service}.{region}.amazonaws.com"|},
            });
        }
        """);

    [Fact]
    public Task Alexa_principal_needs_an_event_source_token() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string skillId)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "skill", StatementId = "a", Action = "lambda:InvokeFunction", Principal = {|LPA0100:"alexa-appkit.amazon.com"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "skill", StatementId = "b", Action = "lambda:InvokeFunction", Principal = "alexa-connectedhome.amazon.com", EventSourceToken = skillId });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "skill", StatementId = "c", Action = "lambda:InvokeFunction", Principal = "alexa-appkit.amazon.com", SourceArn = "arn:aws:s3:::not-a-restriction-for-alexa", EventSourceToken = "amzn1.ask.skill.1234" });
            }
        }
        """);

    [Fact]
    public Task Restricted_and_non_service_principals_are_not_reported() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string principal, string topicArn, bool restrict)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com", SourceArn = "arn:aws:s3:::uploads", SourceAccount = "381492765013" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:InvokeFunction", Principal = "sns.amazonaws.com", SourceArn = topicArn });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "c", Action = "lambda:InvokeFunction", Principal = "secretsmanager.amazonaws.com", SourceAccount = "381492765013" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "d", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "e", Action = "lambda:InvokeFunction", Principal = "arn:aws:iam::381492765013:role/deployer" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "f", Action = "lambda:InvokeFunction", Principal = "*", PrincipalOrgID = "o-k7x2m9q4w1" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "g", Action = "lambda:InvokeFunction", Principal = principal });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "h", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com.evil.example" });

                var conditional = new AddPermissionRequest { FunctionName = "f", StatementId = "i", Action = "lambda:InvokeFunction", Principal = "events.amazonaws.com" };
                if (restrict)
                {
                    conditional.SourceArn = "arn:aws:events:us-east-1:381492765013:rule/nightly";
                }

                await lambda.AddPermissionAsync(conditional);
            }
        }
        """);

    [Fact]
    public Task Request_completed_elsewhere_is_not_reported() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                var request = new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com" };
                Restrict(request);
                await lambda.AddPermissionAsync(request);
            }

            static void Restrict(AddPermissionRequest request) => request.SourceAccount = "381492765013";
        }
        """);

    [Fact]
    public Task Placeholder_restriction_is_reported_as_a_placeholder_not_as_a_missing_restriction() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "f",
                StatementId = "a",
                Action = "lambda:InvokeFunction",
                Principal = "sns.amazonaws.com",
                SourceArn = {|LPA0004:"arn:aws:sns:<region>:<account-id>:<topic-name>"|},
            });

            Task GrantBucketAsync(IAmazonLambda lambda, string accountId) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "f",
                StatementId = "a",
                Action = "lambda:InvokeFunction",
                Principal = "s3.amazonaws.com",
                SourceArn = {|LPA0106:"arn:aws:s3:::<bucket-name>"|},
                SourceAccount = accountId,
            });
        }
        """);

    [Fact]
    public Task Placeholder_the_API_rejects_is_reported_as_an_invalid_value() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda, string bucketArn) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "f",
                StatementId = "a",
                Action = "lambda:InvokeFunction",
                Principal = "s3.amazonaws.com",
                SourceArn = bucketArn,
                SourceAccount = {|LPA0004:"<account-id>"|},
            });
        }
        """);

    // ----- AWS CDK -----

    [Fact]
    public Task GrantInvoke_with_a_service_principal_is_a_confused_deputy_too() => VerifyCdkAnalyzerAsync(Usings + """
        class Triggers : Stack
        {
            Triggers(Construct scope, Function fn, Bucket bucket, Role role) : base(scope, "Triggers")
            {
                fn.GrantInvoke(new ServicePrincipal({|LPA0100:"events.amazonaws.com"|}));
                fn.GrantInvoke({|LPA0103:new AnyPrincipal()|});

                // Look-alikes: conditions on the principal, an account, a role (an identity policy), the organization.
                fn.GrantInvoke(new ServicePrincipal("s3.amazonaws.com").WithConditions(new Dictionary<string, object>
                {
                    ["ArnLike"] = new Dictionary<string, object> { ["aws:SourceArn"] = bucket.BucketArn },
                    ["StringEquals"] = new Dictionary<string, object> { ["aws:SourceAccount"] = Account },
                }));
                fn.GrantInvoke(new AccountPrincipal("507318264490"));
                fn.GrantInvoke(role);
                fn.GrantInvoke(new AnyPrincipal().InOrganization("o-k7x2m9q4w1"));

                // A principal built for something else is not a grant.
                var assumedBy = new ServicePrincipal("lambda.amazonaws.com");
            }
        }
        """);

    /// <summary>One row per service of the table: what each needs (an independent list, from the AWS documentation, not the table).</summary>
    [Theory]
    [InlineData("s3", "SourceArn and SourceAccount")]
    [InlineData("sns", "SourceArn")]
    [InlineData("events", "SourceArn")]
    [InlineData("apigateway", "SourceArn")]
    [InlineData("logs", "SourceArn")]
    [InlineData("elasticloadbalancing", "SourceArn")]
    [InlineData("iot", "SourceArn")]
    [InlineData("cognito-idp", "SourceArn")]
    [InlineData("ses", "SourceArn and SourceAccount")]
    [InlineData("bedrock", "SourceArn")]
    [InlineData("cloudfront", "SourceArn")]
    [InlineData("lex", "SourceArn")]
    [InlineData("secretsmanager", "SourceAccount")]
    [InlineData("kafka", "SourceAccount")]
    public Task Each_service_is_told_the_restriction_it_needs(string label, string members) => VerifyAnalyzerAsync($$"""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "s", Action = "lambda:InvokeFunction", Principal = {|#0:"{{label}}.amazonaws.com"|} });
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0100").WithLocation(0).WithArguments(
            label + ".amazonaws.com",
            "is an AWS service, but the grant sets neither SourceArn nor SourceAccount: resources in other AWS accounts can invoke this function through that service; add " + members));

    [Fact]
    public Task Alexa_message_asks_for_the_skill_id() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "skill", StatementId = "a", Action = "lambda:InvokeFunction", Principal = {|#0:"alexa-connectedhome.amazon.com"|} });
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0100").WithLocation(0).WithMessage("Principal 'alexa-connectedhome.amazon.com' is an Alexa principal, but the grant sets no EventSourceToken: any Alexa skill can invoke this function; set EventSourceToken to your skill id"));
}
