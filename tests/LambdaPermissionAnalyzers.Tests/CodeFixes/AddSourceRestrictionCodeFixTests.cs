using LambdaPermissionAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>AddSourceRestrictionCodeFix, the fix of LPA0100, checked at the latest C# and, when the source compiles there, at C# 7.3 (the default of .NET Framework 4.x projects).</summary>
public class AddSourceRestrictionCodeFixTests
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

    [Fact]
    public Task Fix_adds_source_arn_and_account_for_S3_from_variables_in_scope() => VerifyCodeFixAsync<AddSourceRestrictionCodeFix>("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            private readonly string _accountId = "381492765013";

            async Task GrantAsync(IAmazonLambda lambda, string uploadsBucketArn)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "thumbnails",
                    StatementId = "AllowS3Invoke",
                    Action = "lambda:InvokeFunction",
                    Principal = {|LPA0100:"s3.amazonaws.com"|},
                });
            }
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            private readonly string _accountId = "381492765013";

            async Task GrantAsync(IAmazonLambda lambda, string uploadsBucketArn)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "thumbnails",
                    StatementId = "AllowS3Invoke",
                    Action = "lambda:InvokeFunction",
                    Principal = "s3.amazonaws.com",
                    SourceArn = uploadsBucketArn,
                    SourceAccount = _accountId,
                });
            }
        }
        """);

    [Fact]
    public Task Fix_uses_placeholders_that_stay_reported_when_no_variable_fits() => VerifyCodeFixAsync<AddSourceRestrictionCodeFix>("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string queueArn, string accountId, string ownerAccountId)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = {|LPA0100:"s3.amazonaws.com.cn"|} });
            }
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string queueArn, string accountId, string ownerAccountId)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com.cn", SourceArn = {|LPA0106:"arn:aws-cn:s3:::<bucket-name>"|}, SourceAccount = {|LPA0004:"<account-id>"|} });
            }
        }
        """);

    [Fact]
    public Task Fix_all_adds_what_each_service_needs() => VerifyFixAllAsync<AddSourceRestrictionCodeFix>("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string topicArn, string skillId)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = {|LPA0100:"sns.amazonaws.com"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:InvokeFunction", Principal = {|LPA0100:"secretsmanager.amazonaws.com"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "c", Action = "lambda:InvokeFunction", Principal = {|LPA0100:"alexa-appkit.amazon.com"|} });

                var request = new AddPermissionRequest();
                request.FunctionName = "f";
                request.StatementId = "d";
                request.Action = "lambda:InvokeFunction";
                request.Principal = {|LPA0100:"events.amazonaws.com"|};
                await lambda.AddPermissionAsync(request);
            }
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string topicArn, string skillId)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "sns.amazonaws.com", SourceArn = topicArn });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:InvokeFunction", Principal = "secretsmanager.amazonaws.com", SourceAccount = {|LPA0004:"<account-id>"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "c", Action = "lambda:InvokeFunction", Principal = "alexa-appkit.amazon.com", EventSourceToken = skillId });

                var request = new AddPermissionRequest();
                request.FunctionName = "f";
                request.StatementId = "d";
                request.Action = "lambda:InvokeFunction";
                request.Principal = "events.amazonaws.com";
                request.SourceArn = {|LPA0004:"arn:aws:events:<region>:<account-id>:rule/<rule-name>"|};
                await lambda.AddPermissionAsync(request);
            }
        }
        """);

    // ----- AWS CDK -----

    [Fact]
    public Task Fix_uses_the_bucket_in_scope_and_the_stack_account() => VerifyCdkCodeFixAsync<AddSourceRestrictionCodeFix>(Usings + """
        class Uploads : Stack
        {
            Uploads(Construct scope, Function fn) : base(scope, "Uploads")
            {
                var bucket = new Bucket(this, "Uploads");
                fn.AddPermission("S3", new Permission
                {
                    Principal = new ServicePrincipal({|LPA0100:"s3.amazonaws.com"|}),
                });
            }
        }
        """, Usings + """
        class Uploads : Stack
        {
            Uploads(Construct scope, Function fn) : base(scope, "Uploads")
            {
                var bucket = new Bucket(this, "Uploads");
                fn.AddPermission("S3", new Permission
                {
                    Principal = new ServicePrincipal("s3.amazonaws.com"),
                    SourceArn = bucket.BucketArn,
                    SourceAccount = this.Account,
                });
            }
        }
        """);

    [Fact]
    public Task Fix_all_restricts_each_cdk_permission_to_the_bucket_in_scope() => VerifyCdkFixAllAsync<AddSourceRestrictionCodeFix>(Usings + """
        class Uploads : Stack
        {
            Uploads(Construct scope, Function fn, Function thumbnails) : base(scope, "Uploads")
            {
                var bucket = new Bucket(this, "Uploads");
                fn.AddPermission("S3", new Permission { Principal = new ServicePrincipal({|LPA0100:"s3.amazonaws.com"|}) });
                thumbnails.AddPermission("S3", new Permission { Principal = new ServicePrincipal({|LPA0100:"s3.amazonaws.com"|}) });
            }
        }
        """, Usings + """
        class Uploads : Stack
        {
            Uploads(Construct scope, Function fn, Function thumbnails) : base(scope, "Uploads")
            {
                var bucket = new Bucket(this, "Uploads");
                fn.AddPermission("S3", new Permission { Principal = new ServicePrincipal("s3.amazonaws.com"), SourceArn = bucket.BucketArn, SourceAccount = this.Account });
                thumbnails.AddPermission("S3", new Permission { Principal = new ServicePrincipal("s3.amazonaws.com"), SourceArn = bucket.BucketArn, SourceAccount = this.Account });
            }
        }
        """);

    // ----- Flow: factories and loops (catalog "Flow" section) -----

    [Fact]
    public Task No_fix_on_an_argument_finding() => VerifyCodeFixAsync<AddSourceRestrictionCodeFix>("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Triggers
        {
            async Task WireAllAsync(IAmazonLambda lambda)
            {
                await WireAsync(lambda, {|LPA0100:"s3.amazonaws.com"|});
            }

            static Task WireAsync(IAmazonLambda lambda, string principal) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "thumbnails",
                StatementId = "AllowTrigger",
                Action = "lambda:InvokeFunction",
                Principal = principal,
            });
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Triggers
        {
            async Task WireAllAsync(IAmazonLambda lambda)
            {
                await WireAsync(lambda, {|LPA0100:"s3.amazonaws.com"|});
            }

            static Task WireAsync(IAmazonLambda lambda, string principal) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "thumbnails",
                StatementId = "AllowTrigger",
                Action = "lambda:InvokeFunction",
                Principal = principal,
            });
        }
        """);

    /// <summary>One row per service of the table: the restriction and the documented ARN format the fix writes (an independent list, not the table).</summary>
    [Theory]
    [InlineData("s3", "SourceArn = {|LPA0106:\"arn:aws:s3:::<bucket-name>\"|}, SourceAccount = {|LPA0004:\"<account-id>\"|}")]
    [InlineData("sns", "SourceArn = {|LPA0004:\"arn:aws:sns:<region>:<account-id>:<topic-name>\"|}")]
    [InlineData("events", "SourceArn = {|LPA0004:\"arn:aws:events:<region>:<account-id>:rule/<rule-name>\"|}")]
    [InlineData("apigateway", "SourceArn = {|LPA0004:\"arn:aws:execute-api:<region>:<account-id>:<api-id>/<stage>/<method>/<resource-path>\"|}")]
    [InlineData("logs", "SourceArn = {|LPA0004:\"arn:aws:logs:<region>:<account-id>:log-group:<log-group-name>:*\"|}")]
    [InlineData("elasticloadbalancing", "SourceArn = {|LPA0004:\"arn:aws:elasticloadbalancing:<region>:<account-id>:targetgroup/<target-group-name>/<target-group-id>\"|}")]
    [InlineData("iot", "SourceArn = {|LPA0004:\"arn:aws:iot:<region>:<account-id>:rule/<rule-name>\"|}")]
    [InlineData("cognito-idp", "SourceArn = {|LPA0004:\"arn:aws:cognito-idp:<region>:<account-id>:userpool/<user-pool-id>\"|}")]
    [InlineData("ses", "SourceArn = {|LPA0004:\"arn:aws:ses:<region>:<account-id>:receipt-rule-set/<rule-set-name>:receipt-rule/<rule-name>\"|}, SourceAccount = {|LPA0004:\"<account-id>\"|}")]
    [InlineData("bedrock", "SourceArn = {|LPA0004:\"arn:aws:bedrock:<region>:<account-id>:agent/<agent-id>\"|}")]
    [InlineData("cloudfront", "SourceArn = {|LPA0004:\"arn:aws:cloudfront::<account-id>:distribution/<distribution-id>\"|}")]
    [InlineData("lex", "SourceArn = {|LPA0004:\"arn:aws:lex:<region>:<account-id>:intent:<intent-name>:*\"|}")]
    [InlineData("secretsmanager", "SourceAccount = {|LPA0004:\"<account-id>\"|}")]
    public Task Fix_writes_each_service_s_restriction_in_its_documented_format(string label, string restriction) => VerifyCodeFixAsync<AddSourceRestrictionCodeFix>($$"""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = {|LPA0100:"{{label}}.amazonaws.com"|} });
        }
        """, $$"""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "{{label}}.amazonaws.com", {{restriction}} });
        }
        """);
}
