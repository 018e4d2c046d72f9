using LambdaPermissionAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaPermissionAnalyzers.Tests;

/// <summary>Fixes that build code from symbols: the companion grant (LPA0202) and the stack account (LPA0101).</summary>
public class FixesFromSymbolsTests
{
    private const string Usings = """
        using System.Threading;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

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

    private const string CdkUsings = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.Lambda;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        """;

    [Fact]
    public Task Cdk_fix_in_a_construct_that_is_no_stack_uses_the_account_of_its_stack() => VerifyCdkCodeFixAsync<AddSourceAccountCodeFix>(CdkUsings + """
        class Uploads : Construct
        {
            Uploads(Construct scope, Function fn, Bucket bucket) : base(scope, "Uploads")
            {
                fn.AddPermission("S3", new Permission { Principal = new ServicePrincipal("s3.amazonaws.com"), SourceArn = {|LPA0101:bucket.BucketArn|} });
            }
        }
        """, CdkUsings + """
        class Uploads : Construct
        {
            Uploads(Construct scope, Function fn, Bucket bucket) : base(scope, "Uploads")
            {
                fn.AddPermission("S3", new Permission { Principal = new ServicePrincipal("s3.amazonaws.com"), SourceArn = bucket.BucketArn, SourceAccount = Stack.Of(this).Account });
            }
        }
        """);
}
