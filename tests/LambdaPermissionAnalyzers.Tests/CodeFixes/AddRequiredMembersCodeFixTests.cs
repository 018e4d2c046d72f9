using LambdaPermissionAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>AddRequiredMembersCodeFix, the fix of LPA0001, checked at the latest C# and, when the source compiles there, at C# 7.3 (the default of .NET Framework 4.x projects).</summary>
public class AddRequiredMembersCodeFixTests
{
    private const string Factory = """
            static AddPermissionRequest ForBucket(string fn, string principal)
            {
                return new AddPermissionRequest
                {
                    FunctionName = fn,
                    Action = "lambda:InvokeFunction",
                    Principal = principal,
                    SourceArn = "arn:aws:s3:::orders-uploads",
                    SourceAccount = "381492765013",
                };
            }
        """;

    [Fact]
    public Task Fix_adds_statement_id_and_action_keeping_the_layout() => VerifyCodeFixAsync<AddRequiredMembersCodeFix>("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string bucketArn)
            {
                await lambda.AddPermissionAsync(new {|LPA0001:AddPermissionRequest|}
                {
                    FunctionName = "thumbnails",
                    Principal = "s3.amazonaws.com",
                    SourceArn = bucketArn,
                    SourceAccount = "381492765013"
                });
            }
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string bucketArn)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "thumbnails",
                    Principal = "s3.amazonaws.com",
                    SourceArn = bucketArn,
                    SourceAccount = "381492765013",
                    StatementId = "AllowS3Invoke",
                    Action = "lambda:InvokeFunction"
                });
            }
        }
        """);

    [Fact]
    public Task Fix_adds_statements_and_keeps_what_it_cannot_guess_reported() => VerifyCodeFixAsync<AddRequiredMembersCodeFix>("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                var request = new {|LPA0001:AddPermissionRequest|}();
                request.Principal = "events.amazonaws.com";
                request.SourceArn = "arn:aws:events:us-east-1:381492765013:rule/nightly";
                await lambda.AddPermissionAsync(request);
            }
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                var request = new {|LPA0001:AddPermissionRequest|}();
                request.Principal = "events.amazonaws.com";
                request.SourceArn = "arn:aws:events:us-east-1:381492765013:rule/nightly";
                request.StatementId = "AllowEventBridgeInvoke";
                request.Action = "lambda:InvokeFunction";
                await lambda.AddPermissionAsync(request);
            }
        }
        """);

    [Fact]
    public Task Fix_all_makes_statement_ids_unique_in_the_method() => VerifyFixAllAsync<AddRequiredMembersCodeFix>("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string account)
            {
                await lambda.AddPermissionAsync(new {|LPA0001:AddPermissionRequest|} { FunctionName = "a", Principal = "s3.amazonaws.com", SourceAccount = account });
                await lambda.AddPermissionAsync(new {|LPA0001:AddPermissionRequest|} { FunctionName = "b", Principal = "s3.amazonaws.com", SourceAccount = account, Action = "lambda:InvokeFunction", });
                await lambda.AddPermissionAsync(new {|LPA0001:AddPermissionRequest|} { FunctionName = "c", Principal = account, StatementId = "AllowS3Invoke2" });
            }
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string account)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "a", Principal = "s3.amazonaws.com", SourceAccount = account, StatementId = "AllowS3Invoke", Action = "lambda:InvokeFunction" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "b", Principal = "s3.amazonaws.com", SourceAccount = account, Action = "lambda:InvokeFunction", StatementId = "AllowS3Invoke3", });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "c", Principal = account, StatementId = "AllowS3Invoke2", Action = "lambda:InvokeFunction" });
            }
        }
        """);

    // ----- Flow: factories and loops (catalog "Flow" section) -----

    [Fact]
    public Task Factory_fix_adds_the_member_in_the_factory_when_no_caller_sets_it() => VerifyCodeFixAsync<AddRequiredMembersCodeFix>($$"""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
        {{Factory}}

            async Task GrantAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync({|LPA0001:ForBucket("orders", "s3.amazonaws.com")|});
                var second = {|LPA0001:ForBucket("invoices", "s3.amazonaws.com")|};
                await lambda.AddPermissionAsync(second);
            }
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            static AddPermissionRequest ForBucket(string fn, string principal)
            {
                return new AddPermissionRequest
                {
                    FunctionName = fn,
                    Action = "lambda:InvokeFunction",
                    Principal = principal,
                    SourceArn = "arn:aws:s3:::orders-uploads",
                    SourceAccount = "381492765013",
                    StatementId = "AllowS3Invoke",
                };
            }

            async Task GrantAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(ForBucket("orders", "s3.amazonaws.com"));
                var second = ForBucket("invoices", "s3.amazonaws.com");
                await lambda.AddPermissionAsync(second);
            }
        }
        """, LanguageVersion.CSharp7_3);

    [Fact]
    public Task Factory_fix_adds_the_member_after_the_call_when_another_caller_sets_it() => VerifyCodeFixAsync<AddRequiredMembersCodeFix>($$"""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
        {{Factory}}

            async Task GrantAsync(IAmazonLambda lambda)
            {
                var first = {|LPA0001:ForBucket("orders", "s3.amazonaws.com")|};
                await lambda.AddPermissionAsync(first);

                var named = ForBucket("invoices", "s3.amazonaws.com");
                named.StatementId = "AllowInvoiceUploads";
                await lambda.AddPermissionAsync(named);
            }
        }
        """, $$"""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
        {{Factory}}

            async Task GrantAsync(IAmazonLambda lambda)
            {
                var first = ForBucket("orders", "s3.amazonaws.com");
                first.StatementId = "AllowS3Invoke";
                await lambda.AddPermissionAsync(first);

                var named = ForBucket("invoices", "s3.amazonaws.com");
                named.StatementId = "AllowInvoiceUploads";
                await lambda.AddPermissionAsync(named);
            }
        }
        """, LanguageVersion.CSharp7_3);

    // ----- Flow on AWSSDK.Lambda 3.7 -----

    [Fact]
    public Task Factory_fix_on_V3_adds_the_statement_id_after_the_call() => VerifyCodeFixAsync<LambdaPermissionAnalyzers.CodeFixes.AddRequiredMembersCodeFix>("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            static AddPermissionRequest ForAccount(string account) => new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = account };

            void Grant(AmazonLambdaClient client)
            {
                var first = {|LPA0001:ForAccount("381492765013")|};
                client.EndAddPermission(client.BeginAddPermission(first, null, null));

                var second = ForAccount("240186593721");
                second.StatementId = "AllowSecond";
                client.EndAddPermission(client.BeginAddPermission(second, null, null));
            }
        }
        """, """
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            static AddPermissionRequest ForAccount(string account) => new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = account };

            void Grant(AmazonLambdaClient client)
            {
                var first = ForAccount("381492765013");
                first.StatementId = "AllowInvoke";
                client.EndAddPermission(client.BeginAddPermission(first, null, null));

                var second = ForAccount("240186593721");
                second.StatementId = "AllowSecond";
                client.EndAddPermission(client.BeginAddPermission(second, null, null));
            }
        }
        """, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3, SdkShape.V3);

    // ----- Flow on the AWS CDK -----

    [Fact]
    public Task Factory_fix_adds_the_action_in_the_cfn_props_factory() => VerifyCdkCodeFixAsync<AddRequiredMembersCodeFix>("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.Lambda;
        using Constructs;

        class PartnerStack : Stack
        {
            public PartnerStack(Construct scope, IFunction fn) : base(scope, "Partner")
            {
                new CfnPermission(this, "Partner", {|LPA0001:Props(fn)|});
            }

            static CfnPermissionProps Props(IFunction fn) => new CfnPermissionProps { FunctionName = fn.FunctionArn, Principal = "381492765013" };
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.Lambda;
        using Constructs;

        class PartnerStack : Stack
        {
            public PartnerStack(Construct scope, IFunction fn) : base(scope, "Partner")
            {
                new CfnPermission(this, "Partner", Props(fn));
            }

            static CfnPermissionProps Props(IFunction fn) => new CfnPermissionProps { FunctionName = fn.FunctionArn, Principal = "381492765013", Action = "lambda:InvokeFunction" };
        }
        """);

    /// <summary>One row per service of the table: the word its generated statement id uses (an independent list, not the table).</summary>
    [Theory]
    [InlineData("s3.amazonaws.com", "SourceArn = arn, SourceAccount = account", "AllowS3Invoke")]
    [InlineData("sns.amazonaws.com", "SourceArn = arn", "AllowSnsInvoke")]
    [InlineData("events.amazonaws.com", "SourceArn = arn, SourceAccount = account", "AllowEventBridgeInvoke")]
    [InlineData("apigateway.amazonaws.com", "SourceArn = arn, SourceAccount = account", "AllowApiGatewayInvoke")]
    [InlineData("logs.eu-west-1.amazonaws.com", "SourceArn = arn, SourceAccount = account", "AllowLogsInvoke")]
    [InlineData("elasticloadbalancing.amazonaws.com", "SourceArn = arn, SourceAccount = account", "AllowElasticLoadBalancingInvoke")]
    [InlineData("iot.amazonaws.com", "SourceArn = arn, SourceAccount = account", "AllowIoTInvoke")]
    [InlineData("cognito-idp.amazonaws.com", "SourceArn = arn, SourceAccount = account", "AllowCognitoInvoke")]
    [InlineData("ses.amazonaws.com", "SourceArn = arn, SourceAccount = account", "AllowSesInvoke")]
    [InlineData("bedrock.amazonaws.com", "SourceArn = arn, SourceAccount = account", "AllowBedrockInvoke")]
    [InlineData("cloudfront.amazonaws.com", "SourceArn = arn, SourceAccount = account", "AllowCloudFrontInvoke")]
    [InlineData("lex.amazonaws.com", "SourceArn = arn, SourceAccount = account", "AllowLexInvoke")]
    [InlineData("secretsmanager.amazonaws.com", "SourceArn = arn, SourceAccount = account", "AllowSecretsManagerInvoke")]
    [InlineData("alexa-appkit.amazon.com", "EventSourceToken = token", "AllowAlexaSkillInvoke")]
    [InlineData("alexa-connectedhome.amazon.com", "EventSourceToken = token", "AllowAlexaSmartHomeInvoke")]
    [InlineData("kafka-cluster.amazonaws.com", "SourceArn = arn, SourceAccount = account", "AllowKafkaClusterInvoke")]
    [InlineData("381492765013", "SourceAccount = account", "AllowInvoke")]
    public Task Generated_statement_id_names_the_service(string principal, string restriction, string statementId) => VerifyCodeFixAsync<AddRequiredMembersCodeFix>($$"""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda, string arn, string account, string token) => lambda.AddPermissionAsync(new {|LPA0001:AddPermissionRequest|} { FunctionName = "f", Action = "lambda:InvokeFunction", Principal = "{{principal}}", {{restriction}} });
        }
        """, $$"""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda, string arn, string account, string token) => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", Action = "lambda:InvokeFunction", Principal = "{{principal}}", {{restriction}}, StatementId = "{{statementId}}" });
        }
        """);

    /// <summary>
    /// No fix where nothing safe can be added: the id of a statement to remove names an existing statement, and
    /// FunctionName and Principal cannot be guessed; a member set to null is the user's own write, left to them.
    /// </summary>
    [Theory]
    [InlineData("lambda.RemovePermissionAsync(new {|LPA0001:RemovePermissionRequest|} { FunctionName = \"orders\" })")]
    [InlineData("lambda.RemoveLayerVersionPermissionAsync(new {|LPA0001:RemoveLayerVersionPermissionRequest|} { LayerName = \"shared\", VersionNumber = 3 })")]
    [InlineData("lambda.AddPermissionAsync(new {|LPA0001:AddPermissionRequest|} { StatementId = \"a\", Action = \"lambda:InvokeFunction\", Principal = \"381492765013\" })")]
    [InlineData("lambda.AddPermissionAsync(new {|LPA0001:AddPermissionRequest|} { FunctionName = \"orders\", StatementId = \"a\", Action = \"lambda:InvokeFunction\" })")]
    [InlineData("lambda.AddPermissionAsync(new {|LPA0001:AddPermissionRequest|} { FunctionName = \"orders\", StatementId = null, Action = \"lambda:InvokeFunction\", Principal = \"381492765013\" })")]
    public async Task No_fix_where_no_missing_member_has_a_safe_value(string send)
    {
        var source = $$"""
            using System.Threading.Tasks;
            using Amazon.Lambda;
            using Amazon.Lambda.Model;

            class Deployer
            {
                Task SendAsync(IAmazonLambda lambda) => {{send}};
            }
            """;
        await VerifyCodeFixAsync<AddRequiredMembersCodeFix>(source, source);
    }

    [Fact]
    public Task Fix_adds_the_action_beside_a_statement_id_set_to_null_and_leaves_the_id_reported() => VerifyCodeFixAsync<AddRequiredMembersCodeFix>("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task SendAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new {|LPA0001:AddPermissionRequest|} { FunctionName = "orders", StatementId = null, Principal = "381492765013" });
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task SendAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new {|LPA0001:AddPermissionRequest|} { FunctionName = "orders", StatementId = null, Principal = "381492765013", Action = "lambda:InvokeFunction" });
        }
        """);

    [Fact]
    public async Task No_fix_for_a_statement_id_set_to_null_in_a_statement()
    {
        const string source = """
            using System.Threading.Tasks;
            using Amazon.Lambda;
            using Amazon.Lambda.Model;

            class Deployer
            {
                async Task SendAsync(IAmazonLambda lambda)
                {
                    var request = new {|LPA0001:AddPermissionRequest|}();
                    request.FunctionName = "orders";
                    request.StatementId = null;
                    request.Action = "lambda:InvokeFunction";
                    request.Principal = "381492765013";
                    await lambda.AddPermissionAsync(request);
                }
            }
            """;
        await VerifyCodeFixAsync<AddRequiredMembersCodeFix>(source, source);
    }
}
