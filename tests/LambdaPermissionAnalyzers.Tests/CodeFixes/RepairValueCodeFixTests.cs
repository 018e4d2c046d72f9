using LambdaPermissionAnalyzers.CodeFixes;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>RepairValueCodeFix, the fix of LPA0004, checked at the latest C# and, when the source compiles there, at C# 7.3 (the default of .NET Framework 4.x projects).</summary>
public class RepairValueCodeFixTests
{
    [Fact]
    public Task Fix_all_makes_the_mechanical_repairs() => VerifyFixAllAsync<RepairValueCodeFix>("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create() => new()
            {
                StatementId = {|LPA0004:"Allow S3 invoke.v2"|},
                Action = {|LPA0004:"InvokeFunction"|},
                SourceAccount = {|LPA0004:"3814-9276-5013"|},
                PrincipalOrgID = {|LPA0004:"o-ABC"|},
            };
        }
        """, """
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create() => new()
            {
                StatementId = "Allow-S3-invoke-v2",
                Action = "lambda:InvokeFunction",
                SourceAccount = "381492765013",
                PrincipalOrgID = {|LPA0004:"o-ABC"|},
            };
        }
        """);

    [Fact]
    public Task Fix_repairs_one_value() => VerifyCodeFixAsync<RepairValueCodeFix>("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create() => new() { SourceAccount = {|LPA0004:"3814 9276 5013"|} };
        }
        """, """
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create() => new() { SourceAccount = "381492765013" };
        }
        """);

    /// <summary>A repaired statement id keeps the API's 100 characters: the 101st is cut, not moved or replaced.</summary>
    [Fact]
    public Task Fix_cuts_a_repaired_statement_id_to_100_characters() => VerifyCodeFixAsync<RepairValueCodeFix>($$"""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create() => new() { StatementId = {|LPA0004:"Allow S3 {{new string('x', 91)}}z"|} };
        }
        """, $$"""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create() => new() { StatementId = "Allow-S3-{{new string('x', 91)}}" };
        }
        """);

    /// <summary>
    /// A value passed to a method that writes it to a grant is reported on the argument, for that method's grant:
    /// no fix edits it there (every fix shares this guard, <c>GrantCodeFixProvider.AppliesTo</c>).
    /// </summary>
    [Fact]
    public async Task No_fix_on_a_value_another_method_writes_to_a_grant()
    {
        const string source = """
            using System.Threading.Tasks;
            using Amazon.Lambda;
            using Amazon.Lambda.Model;

            class Triggers
            {
                private readonly IAmazonLambda _lambda;

                public Triggers(IAmazonLambda lambda) => _lambda = lambda;

                public Task WireAsync() => GrantAsync({|LPA0004:"Allow S3 invoke"|});

                private Task GrantAsync(string id) => _lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "thumbnails",
                    StatementId = id,
                    Action = "lambda:InvokeFunction",
                    Principal = "381492765013",
                });
            }
            """;
        await VerifyCodeFixAsync<RepairValueCodeFix>(source, source);
    }
}
