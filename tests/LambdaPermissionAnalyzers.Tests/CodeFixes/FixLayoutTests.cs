using LambdaPermissionAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>
/// Issue 9, fixes in the user's style: members added as statements to a grant built statement by statement, removals
/// that leave what a person would write (no stray comma, comments above the removed member kept).
/// </summary>
public class FixLayoutTests
{
    // Removing an initializer entry (LPA0005 on Qualifier, which conflicts with the name's qualifier).

    private const string Conflict = """{|LPA0005:"beta"|}""";

    /// <summary>The fix, once on one initializer, in a method whose body is <paramref name="initializer"/>.</summary>
    private static Task VerifyRemovalAsync(string initializer, string expected) => VerifyCodeFixAsync<RemoveConflictingQualifierCodeFix>(
        Wrap(initializer.Replace("\"beta\"", Conflict)),
        Wrap(expected));

    private static string Wrap(string initializer) => """
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create() => new()
        """ + initializer + """
        ;
        }
        """;

    [Theory]
    [InlineData("""Qualifier = "beta", FunctionName = "orders:live", StatementId = "a" """, """FunctionName = "orders:live", StatementId = "a" """)]
    [InlineData("""FunctionName = "orders:live", Qualifier = "beta", StatementId = "a" """, """FunctionName = "orders:live", StatementId = "a" """)]
    [InlineData("""FunctionName = "orders:live", StatementId = "a", Qualifier = "beta" """, """FunctionName = "orders:live", StatementId = "a" """)]
    [InlineData("""FunctionName = "orders:live", StatementId = "a", Qualifier = "beta", """, """FunctionName = "orders:live", StatementId = "a", """)]
    [InlineData("""FunctionName = "orders:live", Qualifier = "beta", """, """FunctionName = "orders:live", """)]
    public Task Removal_from_a_one_line_initializer_keeps_its_spacing_and_comma_style(string entries, string expected)
        => VerifyRemovalAsync(" { " + entries + "}", " { " + expected + "}");

    [Fact]
    public Task Removal_of_the_only_entry_of_a_one_line_initializer_leaves_empty_braces() => VerifyCodeFixAsync<RemoveConflictingQualifierCodeFix>("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create()
            {
                var request = new AddPermissionRequest { Qualifier = {|LPA0005:"beta"|} };
                request.FunctionName = "orders:live";
                return request;
            }
        }
        """, """
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create()
            {
                var request = new AddPermissionRequest { };
                request.FunctionName = "orders:live";
                return request;
            }
        }
        """);

    [Fact]
    public Task Removal_of_the_last_entry_with_a_trailing_comma() => VerifyRemovalAsync("""

            {
                FunctionName = "orders:live",
                StatementId = "a",
                Qualifier = "beta",
            }
        """, """

            {
                FunctionName = "orders:live",
                StatementId = "a",
            }
        """);

    [Fact]
    public Task Removal_of_the_last_entry_without_a_trailing_comma_keeps_the_line_break_and_the_comment_of_the_entry_before() => VerifyRemovalAsync("""

            {
                FunctionName = "orders:live",
                StatementId = "a", // unique per function
                Qualifier = "beta"
            }
        """, """

            {
                FunctionName = "orders:live",
                StatementId = "a" // unique per function
            }
        """);

    [Fact]
    public Task Removal_of_the_first_entry_without_a_trailing_comma() => VerifyRemovalAsync("""

            {
                Qualifier = "beta",
                FunctionName = "orders:live",
                StatementId = "a"
            }
        """, """

            {
                FunctionName = "orders:live",
                StatementId = "a"
            }
        """);

    [Theory]
    [InlineData(",")]
    [InlineData("")]
    public Task Removal_of_the_only_entry_of_a_multi_line_initializer_keeps_the_braces(string comma) => VerifyCodeFixAsync<RemoveConflictingQualifierCodeFix>($$"""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create()
            {
                var request = new AddPermissionRequest
                {
                    // release channel
                    Qualifier = {|LPA0005:"beta"|}{{comma}} // set by the pipeline
                };
                request.FunctionName = "orders:live";
                return request;
            }
        }
        """, """
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create()
            {
                var request = new AddPermissionRequest
                {
                    // release channel
                };
                request.FunctionName = "orders:live";
                return request;
            }
        }
        """);

    [Fact]
    public Task Removal_drops_the_comment_on_the_member_line_and_keeps_the_comments_above() => VerifyRemovalAsync("""

            {
                FunctionName = "orders:live", // the alias is in the name

                // Where the grant applies
                Qualifier = "beta", // set by the pipeline
                StatementId = "a",
            }
        """, """

            {
                FunctionName = "orders:live", // the alias is in the name

                // Where the grant applies
                StatementId = "a",
            }
        """);

    [Fact]
    public Task Removal_of_the_last_entry_keeps_the_comment_above_it_before_the_brace() => VerifyRemovalAsync("""

            {
                FunctionName = "orders:live",
                // keep this
                Qualifier = "beta",
            }
        """, """

            {
                FunctionName = "orders:live",
                // keep this
            }
        """);

    [Fact]
    public Task Removal_of_an_entry_that_shares_its_line_keeps_the_line() => VerifyRemovalAsync("""

            {
                FunctionName = "orders:live", Qualifier = "beta", // both from the release
                StatementId = "a",
            }
        """, """

            {
                FunctionName = "orders:live", // both from the release
                StatementId = "a",
            }
        """);

    [Fact]
    public Task Removal_of_a_statement_keeps_the_comment_above_and_drops_its_own() => VerifyFixAllAsync<RemoveLatestQualifierCodeFix>("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Statement()
            {
                var request = new AddPermissionRequest { FunctionName = "orders" };
                // Grant on the alias the pipeline promotes
                request.Qualifier = {|LPA0002:"$LATEST"|}; // for now
                return request;
            }

            static AddPermissionRequest Last()
            {
                var request = new AddPermissionRequest { FunctionName = "orders" };
                if (request.FunctionName.Length > 0)
                {
                    // the newest code
                    request.Qualifier = {|LPA0002:"$LATEST"|};
                }

                return request;
            }
        }
        """, """
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Statement()
            {
                var request = new AddPermissionRequest { FunctionName = "orders" };
                // Grant on the alias the pipeline promotes
                return request;
            }

            static AddPermissionRequest Last()
            {
                var request = new AddPermissionRequest { FunctionName = "orders" };
                if (request.FunctionName.Length > 0)
                {
                    // the newest code
                }

                return request;
            }
        }
        """);

    [Fact]
    public Task Fix_all_removes_several_entries_of_one_initializer_and_keeps_the_comments() => VerifyFixAllAsync<RemoveIneffectiveMemberCodeFix>("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create() => new AddPermissionRequest
            {
                Action = "lambda:GetFunction",
                // URL settings
                FunctionUrlAuthType = {|LPA0007:FunctionUrlAuthType.AWS_IAM|}, // from the template
                // Alexa
                EventSourceToken = {|LPA0007:"amzn1.ask.skill.1"|},
                Principal = "381492765013"
            };

            static AddPermissionRequest OneLine() => new AddPermissionRequest { Action = "lambda:GetFunction", FunctionUrlAuthType = {|LPA0007:FunctionUrlAuthType.AWS_IAM|}, EventSourceToken = {|LPA0007:"amzn1.ask.skill.1"|}, Principal = "381492765013" };
        }
        """, """
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create() => new AddPermissionRequest
            {
                Action = "lambda:GetFunction",
                // URL settings
                // Alexa
                Principal = "381492765013"
            };

            static AddPermissionRequest OneLine() => new AddPermissionRequest { Action = "lambda:GetFunction", Principal = "381492765013" };
        }
        """);
}
