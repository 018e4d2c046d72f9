using LambdaPermissionAnalyzers.CodeFixes;

namespace LambdaPermissionAnalyzers.Tests;

/// <summary>LPA0202: a public function URL grant needs its lambda:InvokeFunction + InvokedViaFunctionUrl companion (since October 2025).</summary>
public class FunctionUrlCompanionTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    private const string NoCompanion = "This public function URL grant (lambda:InvokeFunctionUrl, FunctionUrlAuthType NONE) has no companion grant with Action 'lambda:InvokeFunction' and InvokedViaFunctionUrl = true";

    private const string Advice = "send the companion grant after this one";

    [Fact]
    public Task Public_url_grant_alone_gets_403_since_October_2025() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda)
            {
                await {|#1:lambda.AddPermissionAsync(new {|#0:AddPermissionRequest|}
                {
                    FunctionName = "webhook",
                    StatementId = "FunctionURLAllowPublicAccess",
                    Action = "lambda:InvokeFunctionUrl",
                    Principal = "*",
                    FunctionUrlAuthType = {|LPA0200:FunctionUrlAuthType.NONE|},
                })|};
            }
        }
        """,
        SdkShape.V4,
        // The send call is the additional location: where the fix inserts the companion.
        Diagnostic("LPA0202").WithLocation(0).WithLocation(1).WithArguments(NoCompanion, Advice));

    [Fact]
    public Task Old_sdk_is_told_to_update() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Open(IAmazonLambda lambda)
            {
                lambda.AddPermission(new {|#0:AddPermissionRequest|}
                {
                    FunctionName = "webhook",
                    StatementId = "FunctionURLAllowPublicAccess",
                    Action = "lambda:InvokeFunctionUrl",
                    Principal = "*",
                    FunctionUrlAuthType = {|LPA0200:"NONE"|},
                });
            }
        }
        """,
        SdkShape.V3PreInvokedViaFunctionUrl,
        Diagnostic("LPA0202").WithLocation(0).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(
            "This public function URL grant (lambda:InvokeFunctionUrl, FunctionUrlAuthType NONE) has no companion grant with Action 'lambda:InvokeFunction' and InvokedViaFunctionUrl = true for the same function in this method; since October 2025 callers of a new function URL get 403 Forbidden without both grants; the referenced AWSSDK.Lambda has no InvokedViaFunctionUrl property: update AWSSDK.Lambda (3.7.501 or later on the 3.7 line, or a 4.0 release from October 2025 or later) and send the companion grant"));

    [Fact]
    public Task Complete_public_url_setup_is_not_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda, string functionName)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = functionName,
                    StatementId = "FunctionURLAllowPublicAccess",
                    Action = "lambda:InvokeFunctionUrl",
                    Principal = "*",
                    FunctionUrlAuthType = {|LPA0200:FunctionUrlAuthType.NONE|},
                });

                var invoke = new AddPermissionRequest();
                invoke.FunctionName = functionName;
                invoke.StatementId = "FunctionURLAllowInvokeAction";
                invoke.Action = "lambda:InvokeFunction";
                invoke.Principal = "*";
                invoke.InvokedViaFunctionUrl = true;
                await lambda.AddPermissionAsync(invoke);
            }
        }
        """);

    [Fact]
    public Task Companion_for_another_function_does_not_count() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(new {|LPA0202:AddPermissionRequest|} { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "status", StatementId = "invoke", Action = "lambda:InvokeFunction", Principal = "*", InvokedViaFunctionUrl = true });
                await lambda.AddPermissionAsync(new {|LPA0202:AddPermissionRequest|} { FunctionName = "status", Qualifier = "live", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
            }
        }
        """);

    [Fact]
    public Task Unknown_values_in_a_possible_companion_are_not_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda, string action, bool viaUrl, string functionName)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "invoke", Action = action, Principal = "*", InvokedViaFunctionUrl = true });

                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = functionName, StatementId = "invoke", Action = "lambda:InvokeFunction", Principal = "*", InvokedViaFunctionUrl = viaUrl });
            }
        }
        """);

    [Fact]
    public Task Iam_urls_unknown_auth_types_and_unsent_requests_are_not_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            static AddPermissionRequest Build() => new() { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} };

            async Task OpenAsync(IAmazonLambda lambda, FunctionUrlAuthType authType)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "iam", Action = "lambda:InvokeFunctionUrl", Principal = "arn:aws:iam::381492765013:root", FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "any", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = authType });
            }
        }
        """);

    [Fact]
    public Task Local_functions_and_lambdas_are_methods_of_their_own() => VerifyAnalyzerAsync(Usings + """
        using System;

        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda)
            {
                await OpenUrl();
                Func<Task> companion = () => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunction", Principal = "*", InvokedViaFunctionUrl = true });
                await companion();

                async Task OpenUrl()
                {
                    // The same statement id as the lambda's grant: another method, so not LPA0006 either.
                    await lambda.AddPermissionAsync(new {|LPA0202:AddPermissionRequest|} { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
                }
            }
        }
        """);

    [Fact]
    public Task Fix_inserts_the_companion_after_the_url_grant() => VerifyCodeFixAsync<AddCompanionGrantCodeFix>(Usings + """
        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda, string functionName, string alias)
            {
                await lambda.AddPermissionAsync(new {|LPA0202:AddPermissionRequest|}
                {
                    FunctionName = functionName,
                    Qualifier = alias,
                    StatementId = "FunctionURLAllowPublicAccess",
                    Action = "lambda:InvokeFunctionUrl",
                    Principal = "*",
                    FunctionUrlAuthType = {|LPA0200:FunctionUrlAuthType.NONE|},
                }).ConfigureAwait(false);

                System.Console.WriteLine("opened");
            }
        }
        """, Usings + """
        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda, string functionName, string alias)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = functionName,
                    Qualifier = alias,
                    StatementId = "FunctionURLAllowPublicAccess",
                    Action = "lambda:InvokeFunctionUrl",
                    Principal = "*",
                    FunctionUrlAuthType = {|LPA0200:FunctionUrlAuthType.NONE|},
                }).ConfigureAwait(false);
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = functionName,
                    Qualifier = alias,
                    StatementId = "FunctionURLAllowInvokeAction",
                    Action = "lambda:InvokeFunction",
                    Principal = "*",
                    InvokedViaFunctionUrl = true,
                }).ConfigureAwait(false);

                System.Console.WriteLine("opened");
            }
        }
        """);

    [Fact]
    public Task Fix_copies_a_request_built_in_a_local_and_keeps_its_restriction() => VerifyCodeFixAsync<AddCompanionGrantCodeFix>(Usings + """
        class Deployer
        {
            void Open(AmazonLambdaClient lambda, string organizationId)
            {
                var url = new {|LPA0202:AddPermissionRequest|}();
                url.FunctionName = "webhook";
                url.StatementId = "url";
                url.Action = "lambda:InvokeFunctionUrl";
                url.Principal = "*";
                url.PrincipalOrgID = organizationId;
                url.FunctionUrlAuthType = {|LPA0200:"NONE"|};
                var response = lambda.AddPermission(url);
            }
        }
        """, Usings + """
        class Deployer
        {
            void Open(AmazonLambdaClient lambda, string organizationId)
            {
                var url = new AddPermissionRequest();
                url.FunctionName = "webhook";
                url.StatementId = "url";
                url.Action = "lambda:InvokeFunctionUrl";
                url.Principal = "*";
                url.PrincipalOrgID = organizationId;
                url.FunctionUrlAuthType = {|LPA0200:"NONE"|};
                var response = lambda.AddPermission(url);
                lambda.AddPermission(new AddPermissionRequest
                {
                    FunctionName = "webhook",
                    StatementId = "FunctionURLAllowInvokeAction",
                    Action = "lambda:InvokeFunction",
                    Principal = "*",
                    PrincipalOrgID = organizationId,
                    InvokedViaFunctionUrl = true,
                });
            }
        }
        """);

    [Fact]
    public Task Fix_all_gives_each_companion_its_own_statement_id() => VerifyFixAllAsync<AddCompanionGrantCodeFix>(Usings + """
        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(new {|LPA0202:AddPermissionRequest|} { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
                await lambda.AddPermissionAsync(new {|LPA0202:AddPermissionRequest|} { FunctionName = "status", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
            }
        }
        """, Usings + """
        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "FunctionURLAllowInvokeAction", Action = "lambda:InvokeFunction", Principal = "*", InvokedViaFunctionUrl = true });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "status", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "status", StatementId = "FunctionURLAllowInvokeAction2", Action = "lambda:InvokeFunction", Principal = "*", InvokedViaFunctionUrl = true });
            }
        }
        """);

    [Fact]
    public async Task No_fix_where_a_second_statement_has_no_place_or_the_sdk_is_too_old()
    {
        const string expressionBody = Usings + """
            class Deployer
            {
                Task OpenAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new {|LPA0202:AddPermissionRequest|} { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
            }
            """;
        await VerifyCodeFixAsync<AddCompanionGrantCodeFix>(expressionBody, expressionBody);

        const string oldSdk = Usings + """
            class Deployer
            {
                void Open(IAmazonLambda lambda)
                {
                    lambda.AddPermission(new {|LPA0202:AddPermissionRequest|} { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
                }
            }
            """;
        await VerifyCodeFixAsync<AddCompanionGrantCodeFix>(oldSdk, oldSdk, SdkShape.V3PreInvokedViaFunctionUrl);
    }
}
