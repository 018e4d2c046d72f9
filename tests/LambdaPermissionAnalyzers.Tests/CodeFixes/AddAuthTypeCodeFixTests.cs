using LambdaPermissionAnalyzers.CodeFixes;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>AddAuthTypeCodeFix, the fix of LPA0201, checked at the latest C# and, when the source compiles there, at C# 7.3 (the default of .NET Framework 4.x projects).</summary>
public class AddAuthTypeCodeFixTests
{
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

    /// <summary>An AWSSDK.Lambda without FunctionUrlAuthType: LPA0201 says to update the SDK, and no fix writes a member that does not exist.</summary>
    [Fact]
    public async Task No_fix_when_the_sdk_has_no_auth_type()
    {
        const string source = """
            using System.Threading.Tasks;
            using Amazon.Lambda;
            using Amazon.Lambda.Model;

            class Deployer
            {
                Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = {|LPA0201:"lambda:InvokeFunctionUrl"|}, Principal = "381492765013" });
            }
            """;
        await VerifyCodeFixAsync<AddAuthTypeCodeFix>(source, source, SdkShape.V3PreFunctionUrl);
    }
}
