using LambdaPermissionAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>MakeStatementIdUniqueCodeFix, the fix of LPA0006, checked at the latest C# and, when the source compiles there, at C# 7.3 (the default of .NET Framework 4.x projects).</summary>
public class MakeStatementIdUniqueCodeFixTests
{
    [Fact]
    public Task Fix_makes_each_id_unique() => VerifyFixAllAsync<MakeStatementIdUniqueCodeFix>("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            void Grant(IAmazonLambda lambda)
            {
                lambda.AddPermission(new AddPermissionRequest { FunctionName = "f", StatementId = "AllowS3", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                lambda.AddPermission(new AddPermissionRequest { FunctionName = "f", StatementId = {|LPA0006:"AllowS3"|}, Action = "lambda:InvokeFunction", Principal = "210987654321" });
                lambda.AddPermission(new AddPermissionRequest { FunctionName = "f", StatementId = {|LPA0006:"AllowS3"|}, Action = "lambda:InvokeFunction", Principal = "345678901234" });
            }
        }
        """, """
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            void Grant(IAmazonLambda lambda)
            {
                lambda.AddPermission(new AddPermissionRequest { FunctionName = "f", StatementId = "AllowS3", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                lambda.AddPermission(new AddPermissionRequest { FunctionName = "f", StatementId = "AllowS32", Action = "lambda:InvokeFunction", Principal = "210987654321" });
                lambda.AddPermission(new AddPermissionRequest { FunctionName = "f", StatementId = "AllowS33", Action = "lambda:InvokeFunction", Principal = "345678901234" });
            }
        }
        """);

    // ----- Flow: factories and loops (catalog "Flow" section) -----

    [Fact]
    public Task Loop_fix_appends_the_counter() => VerifyCodeFixAsync<MakeStatementIdUniqueCodeFix>("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string[] accounts)
            {
                for (var i = 0; i < accounts.Length; i++)
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = {|LPA0006:"AllowPartner"|}, Action = "lambda:InvokeFunction", Principal = accounts[i] });
                }
            }
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string[] accounts)
            {
                for (var i = 0; i < accounts.Length; i++)
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = $"AllowPartner-{i}", Action = "lambda:InvokeFunction", Principal = accounts[i] });
                }
            }
        }
        """);

    [Fact]
    public Task Loop_fix_declares_a_counter_before_a_foreach() => VerifyCodeFixAsync<MakeStatementIdUniqueCodeFix>("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string[] accounts)
            {
                foreach (var account in accounts)
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = {|LPA0006:"AllowPartner"|}, Action = "lambda:InvokeFunction", Principal = account });
                }
            }
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string[] accounts)
            {
                var statementNumber = 0;
                foreach (var account in accounts)
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = $"AllowPartner-{statementNumber++}", Action = "lambda:InvokeFunction", Principal = account });
                }
            }
        }
        """);

    [Fact]
    public Task Loop_fix_compiles_under_csharp_7_3() => VerifyCodeFixAsync<MakeStatementIdUniqueCodeFix>("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string[] accounts)
            {
                foreach (var account in accounts)
                {
                    var request = new AddPermissionRequest { FunctionName = "orders", StatementId = {|LPA0006:"AllowPartner"|}, Action = "lambda:InvokeFunction", Principal = account };
                    await lambda.AddPermissionAsync(request);
                }
            }
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string[] accounts)
            {
                var statementNumber = 0;
                foreach (var account in accounts)
                {
                    var request = new AddPermissionRequest { FunctionName = "orders", StatementId = $"AllowPartner-{statementNumber++}", Action = "lambda:InvokeFunction", Principal = account };
                    await lambda.AddPermissionAsync(request);
                }
            }
        }
        """, LanguageVersion.CSharp7_3);

    // ----- Flow on AWSSDK.Lambda 3.7 -----

    [Fact]
    public Task Loop_fix_on_V3_appends_the_counter() => VerifyCodeFixAsync<LambdaPermissionAnalyzers.CodeFixes.MakeStatementIdUniqueCodeFix>("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            void Grant(AmazonLambdaClient client, string[] accounts)
            {
                for (var i = 0; i < accounts.Length; i++)
                {
                    var request = new AddPermissionRequest { FunctionName = "orders", StatementId = {|LPA0006:"AllowPartner"|}, Action = "lambda:InvokeFunction", Principal = accounts[i] };
                    client.EndAddPermission(client.BeginAddPermission(request, null, null));
                }
            }
        }
        """, """
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            void Grant(AmazonLambdaClient client, string[] accounts)
            {
                for (var i = 0; i < accounts.Length; i++)
                {
                    var request = new AddPermissionRequest { FunctionName = "orders", StatementId = $"AllowPartner-{i}", Action = "lambda:InvokeFunction", Principal = accounts[i] };
                    client.EndAddPermission(client.BeginAddPermission(request, null, null));
                }
            }
        }
        """, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3, SdkShape.V3);
}

/// <summary>
/// The loop fix's edges: an id at the length that leaves room for the counter is kept whole, one character more is
/// cut there (ids are at most 100 characters); characters that mean something in an interpolated string are escaped;
/// a counter name already taken is numbered on.
/// </summary>
public class MakeStatementIdUniqueLoopEdgeTests
{
    private const string Kept = "Allow01234567890123456789012345678901234567890123456789012345678901234567890123456789012";

    [Theory]
    [InlineData("\"" + Kept + "\"", "$\"" + Kept + "-{i}\"")]
    [InlineData("\"" + Kept + "X\"", "$\"" + Kept + "-{i}\"")]
    [InlineData("{|LPA0004:\"Allow{x}\"|}", "{|LPA0004:$\"Allow{{x}}-{i}\"|}")]
    [InlineData("{|LPA0004:\"Al\\\"low\\\\\"|}", "{|LPA0004:$\"Al\\\"low\\\\-{i}\"|}")]
    public Task The_id_gets_the_iteration_variable(string id, string fixedId)
    {
        Assert.Equal(88, Kept.Length);
        return VerifyCodeFixAsync<MakeStatementIdUniqueCodeFix>(Source("{|LPA0006:" + id + "|}"), Source(fixedId));

        static string Source(string statementId) => $$"""
            using System.Threading.Tasks;
            using Amazon.Lambda;
            using Amazon.Lambda.Model;

            class Deployer
            {
                async Task GrantAsync(IAmazonLambda lambda, string[] accounts)
                {
                    for (var i = 0; i < accounts.Length; i++)
                    {
                        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = {{statementId}}, Action = "lambda:InvokeFunction", Principal = accounts[i] });
                    }
                }
            }
            """;
    }

    [Fact]
    public Task A_taken_counter_name_is_numbered_on() => VerifyCodeFixAsync<MakeStatementIdUniqueCodeFix>("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string[] accounts, int statementNumber, int statementNumber2)
            {
                foreach (var account in accounts)
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = {|LPA0006:"AllowPartner"|}, Action = "lambda:InvokeFunction", Principal = account });
                }
            }
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string[] accounts, int statementNumber, int statementNumber2)
            {
                var statementNumber3 = 0;
                foreach (var account in accounts)
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = $"AllowPartner-{statementNumber3++}", Action = "lambda:InvokeFunction", Principal = account });
                }
            }
        }
        """);
}
