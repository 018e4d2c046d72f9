using LambdaPermissionAnalyzers.CodeFixes;

namespace LambdaPermissionAnalyzers.Tests;

/// <summary>LPA0007, LPA0102 and LPA0201.</summary>
public class CorrectnessRuleTests
{
    // LPA0007

    [Fact]
    public Task Members_without_effect_are_reported() => VerifyAnalyzerAsync("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create() => new AddPermissionRequest[]
            {
                new() { Action = "lambda:InvokeFunction", FunctionUrlAuthType = {|LPA0007:FunctionUrlAuthType.AWS_IAM|} },
                new() { Action = "lambda:InvokeFunctionUrl", FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM, InvokedViaFunctionUrl = {|LPA0007:true|} },
                new() { Principal = "s3.amazonaws.com", EventSourceToken = {|LPA0007:"amzn1.ask.skill.1"|} },
            };
        }
        """);

    [Fact]
    public Task Members_with_their_action_or_an_unknown_one_are_not_reported() => VerifyAnalyzerAsync("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create(string action, string principal) => new AddPermissionRequest[]
            {
                new() { Action = "lambda:InvokeFunctionUrl", FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM },
                new() { Action = "lambda:invokefunction", InvokedViaFunctionUrl = true },
                new() { Action = "lambda:GetFunction", InvokedViaFunctionUrl = false },
                new() { Action = action, FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM, InvokedViaFunctionUrl = true },
                new() { Action = {|LPA0104:"lambda:*"|}, FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM },
                new() { Principal = "alexa-appkit.amazon.com", EventSourceToken = "amzn1.ask.skill.1" },
                new() { Principal = principal, EventSourceToken = "amzn1.ask.skill.1" },
            };
        }
        """);

    [Fact]
    public Task Fix_removes_members_without_effect() => VerifyFixAllAsync<RemoveIneffectiveMemberCodeFix>("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create()
            {
                var request = new AddPermissionRequest
                {
                    Action = "lambda:GetFunction",
                    FunctionUrlAuthType = {|LPA0007:FunctionUrlAuthType.AWS_IAM|},
                    Principal = "381492765013",
                };
                request.EventSourceToken = {|LPA0007:"amzn1.ask.skill.1"|};
                return request;
            }
        }
        """, """
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create()
            {
                var request = new AddPermissionRequest
                {
                    Action = "lambda:GetFunction",
                    Principal = "381492765013",
                };
                return request;
            }
        }
        """);

    // LPA0102

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

    // LPA0201

    [Fact]
    public Task Function_url_grant_without_auth_type_is_reported_and_fixed() => VerifyCodeFixAsync<AddAuthTypeCodeFix>("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda, string partner) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "f",
                StatementId = "AllowPartnerUrl",
                Action = {|LPA0201:"lambda:InvokeFunctionUrl"|},
                Principal = partner,
            });
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda, string partner) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "f",
                StatementId = "AllowPartnerUrl",
                Action = "lambda:InvokeFunctionUrl",
                Principal = partner,
                FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM,
            });
        }
        """);

    [Fact]
    public Task Fix_all_qualifies_the_type_when_no_using_allows_the_short_name() => VerifyFixAllAsync<AddAuthTypeCodeFix>("""
        class Deployer
        {
            async System.Threading.Tasks.Task GrantAsync(Amazon.Lambda.IAmazonLambda lambda, string partner)
            {
                await lambda.AddPermissionAsync(new Amazon.Lambda.Model.AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = {|LPA0201:"lambda:InvokeFunctionUrl"|}, Principal = partner });
                await lambda.AddPermissionAsync(new Amazon.Lambda.Model.AddPermissionRequest { FunctionName = "g", StatementId = "b", Action = {|LPA0201:"lambda:InvokeFunctionUrl"|}, Principal = partner });
            }
        }
        """, """
        class Deployer
        {
            async System.Threading.Tasks.Task GrantAsync(Amazon.Lambda.IAmazonLambda lambda, string partner)
            {
                await lambda.AddPermissionAsync(new Amazon.Lambda.Model.AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunctionUrl", Principal = partner, FunctionUrlAuthType = Amazon.Lambda.FunctionUrlAuthType.AWS_IAM });
                await lambda.AddPermissionAsync(new Amazon.Lambda.Model.AddPermissionRequest { FunctionName = "g", StatementId = "b", Action = "lambda:InvokeFunctionUrl", Principal = partner, FunctionUrlAuthType = Amazon.Lambda.FunctionUrlAuthType.AWS_IAM });
            }
        }
        """);

    [Fact]
    public Task Older_sdk_without_auth_type_says_to_update_and_offers_no_fix() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = {|#0:"lambda:InvokeFunctionUrl"|}, Principal = "381492765013" });
        }
        """,
        SdkShape.V3PreFunctionUrl,
        Diagnostic("LPA0201").WithLocation(0).WithArguments(
            "lambda:InvokeFunctionUrl",
            "this version of AWSSDK.Lambda has no FunctionUrlAuthType: update AWSSDK.Lambda and set it to the auth type of the function URL"));

    [Fact]
    public Task Function_url_grant_with_auth_type_or_escaping_is_not_reported() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, FunctionUrlAuthType authType)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunctionUrl", Principal = "381492765013", FunctionUrlAuthType = authType });
                var request = new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:InvokeFunctionUrl", Principal = "381492765013" };
                Configure(request);
                await lambda.AddPermissionAsync(request);
            }

            static void Configure(AddPermissionRequest request) => request.FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM;
        }
        """);
}
