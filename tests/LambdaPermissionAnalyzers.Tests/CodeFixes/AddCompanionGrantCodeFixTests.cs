using LambdaPermissionAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>AddCompanionGrantCodeFix, the fix of LPA0202, checked at the latest C# and, when the source compiles there, at C# 7.3 (the default of .NET Framework 4.x projects).</summary>
public class AddCompanionGrantCodeFixTests
{
    private const string Usings = """
        using System.Threading;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

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

    // ----- The send found at the diagnostic's additional location, the request built from symbols -----

    [Fact]
    public Task Fix_names_the_type_when_the_local_is_target_typed() => VerifyCodeFixAsync<AddCompanionGrantCodeFix>(Usings + """
        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda, CancellationToken cancellationToken)
            {
                AddPermissionRequest url = {|LPA0202:new|}();
                url.FunctionName = "webhook";
                url.StatementId = "url";
                url.Action = "lambda:InvokeFunctionUrl";
                url.Principal = "*";
                url.FunctionUrlAuthType = {|LPA0200:"NONE"|};
                await lambda.AddPermissionAsync(url, cancellationToken);
            }
        }
        """, Usings + """
        class Deployer
        {
            async Task OpenAsync(IAmazonLambda lambda, CancellationToken cancellationToken)
            {
                AddPermissionRequest url = new();
                url.FunctionName = "webhook";
                url.StatementId = "url";
                url.Action = "lambda:InvokeFunctionUrl";
                url.Principal = "*";
                url.FunctionUrlAuthType = {|LPA0200:"NONE"|};
                await lambda.AddPermissionAsync(url, cancellationToken);
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "webhook",
                    StatementId = "FunctionURLAllowInvokeAction",
                    Action = "lambda:InvokeFunction",
                    Principal = "*",
                    InvokedViaFunctionUrl = true,
                }, cancellationToken);
            }
        }
        """);

    [Fact]
    public Task Fix_keeps_a_target_typed_request_in_the_call_and_compiles_at_csharp_9() => VerifyCodeFixAsync<AddCompanionGrantCodeFix>(Usings + """
        class Deployer
        {
            void Open(IAmazonLambda lambda)
            {
                lambda.AddPermission({|LPA0202:new|}() { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
            }
        }
        """, Usings + """
        class Deployer
        {
            void Open(IAmazonLambda lambda)
            {
                lambda.AddPermission(new() { FunctionName = "webhook", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
                lambda.AddPermission(new() { FunctionName = "webhook", StatementId = "FunctionURLAllowInvokeAction", Action = "lambda:InvokeFunction", Principal = "*", InvokedViaFunctionUrl = true });
            }
        }
        """, LanguageVersion.CSharp9);
}
