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
    public Task Removal_with_leading_commas_removes_the_whole_line() => VerifyRemovalAsync("""

            {
                FunctionName = "orders:live"
              , StatementId = "a"
              , Qualifier = "beta"
            }
        """, """

            {
                FunctionName = "orders:live"
              , StatementId = "a"
            }
        """);

    [Fact]
    public Task Removal_of_the_entry_on_the_closing_brace_line_moves_the_brace_up() => VerifyRemovalAsync("""
         { FunctionName = "orders:live",
                StatementId = "a",
                Qualifier = "beta" }
        """, """
         { FunctionName = "orders:live",
                StatementId = "a" }
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
    public Task Removal_of_a_statement_that_shares_its_line_keeps_the_rest_of_the_line() => VerifyCodeFixAsync<RemoveConflictingQualifierCodeFix>("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Before()
            {
                var request = new AddPermissionRequest();
                request.FunctionName = "orders:7"; request.Qualifier = {|LPA0005:"live"|}; // pinned by the release

                // Sent by the caller
                return request;
            }

            static AddPermissionRequest After()
            {
                var request = new AddPermissionRequest();
                request.FunctionName = "orders:7";
                request.Qualifier = {|LPA0005:"live"|}; return request;
            }
        }
        """, """
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Before()
            {
                var request = new AddPermissionRequest();
                request.FunctionName = "orders:7"; // pinned by the release

                // Sent by the caller
                return request;
            }

            static AddPermissionRequest After()
            {
                var request = new AddPermissionRequest();
                request.FunctionName = "orders:7";
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

    // Adding members to a grant built statement by statement.

    private const string Usings = """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    private const string CdkUsings = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.Lambda;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        """;

    private const string StatementStyleSource = Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string accountId)
            {
                var request = new AddPermissionRequest { FunctionName = "thumbnails" };
                request.StatementId = "AllowS3Invoke";
                var uploadsBucketArn = "arn:aws:s3:::uploads";
                request.Action = "lambda:InvokeFunction";
                request.Principal = {|LPA0100:"s3.amazonaws.com"|}; // the uploads bucket
                Log("granting");
                await lambda.AddPermissionAsync(request);
            }

            static void Log(string message) { }
        }
        """;

    private const string StatementStyleFixed = Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string accountId)
            {
                var request = new AddPermissionRequest { FunctionName = "thumbnails" };
                request.StatementId = "AllowS3Invoke";
                var uploadsBucketArn = "arn:aws:s3:::uploads";
                request.Action = "lambda:InvokeFunction";
                request.Principal = "s3.amazonaws.com"; // the uploads bucket
                request.SourceArn = uploadsBucketArn;
                request.SourceAccount = accountId;
                Log("granting");
                await lambda.AddPermissionAsync(request);
            }

            static void Log(string message) { }
        }
        """;

    [Fact]
    public Task Restriction_goes_in_statements_after_the_last_write_of_a_statement_built_grant()
        => VerifyCodeFixAsync<AddSourceRestrictionCodeFix>(StatementStyleSource, StatementStyleFixed, LanguageVersion.CSharp7_3);

    [Fact]
    public Task Added_statements_keep_the_line_endings_of_their_neighbours()
        => VerifyCodeFixAsync<AddSourceRestrictionCodeFix>(StatementStyleSource.Replace("\n", "\r\n"), StatementStyleFixed.Replace("\n", "\r\n"), LanguageVersion.CSharp7_3);

    [Fact]
    public Task A_member_written_by_a_statement_counts_as_present() => VerifyCodeFixAsync<AddSourceRestrictionCodeFix>(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string accountId)
            {
                var request = new AddPermissionRequest();
                request.FunctionName = "thumbnails";
                request.StatementId = "AllowS3Invoke";
                request.Action = "lambda:InvokeFunction";
                request.Principal = {|LPA0100:"s3.amazonaws.com"|};
                request.SourceArn = null;
                await lambda.AddPermissionAsync(request);
            }
        }
        """, Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string accountId)
            {
                var request = new AddPermissionRequest();
                request.FunctionName = "thumbnails";
                request.StatementId = "AllowS3Invoke";
                request.Action = "lambda:InvokeFunction";
                request.Principal = "s3.amazonaws.com";
                request.SourceArn = null;
                request.SourceAccount = accountId;
                await lambda.AddPermissionAsync(request);
            }
        }
        """, LanguageVersion.CSharp7_3);

    [Fact]
    public Task Source_account_goes_in_a_statement() => VerifyCodeFixAsync<AddSourceAccountCodeFix>(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string accountId)
            {
                var request = new AddPermissionRequest { FunctionName = "thumbnails", StatementId = "AllowS3Invoke", Action = "lambda:InvokeFunction" };
                request.Principal = "s3.amazonaws.com";
                request.SourceArn = {|LPA0101:"arn:aws:s3:::uploads"|};
                await lambda.AddPermissionAsync(request);
            }
        }
        """, Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string accountId)
            {
                var request = new AddPermissionRequest { FunctionName = "thumbnails", StatementId = "AllowS3Invoke", Action = "lambda:InvokeFunction" };
                request.Principal = "s3.amazonaws.com";
                request.SourceArn = "arn:aws:s3:::uploads";
                request.SourceAccount = accountId;
                await lambda.AddPermissionAsync(request);
            }
        }
        """, LanguageVersion.CSharp7_3);

    [Fact]
    public Task Fix_all_keeps_each_grant_in_its_own_style() => VerifyFixAllAsync<AddPrincipalOrgIdCodeFix>(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string organizationId)
            {
                var request = new AddPermissionRequest();
                request.FunctionName = "f";
                request.StatementId = "a";
                request.Action = "lambda:InvokeFunction";
                request.Principal = {|LPA0103:"*"|};
                await lambda.AddPermissionAsync(request);

                var other = new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:InvokeFunction", Principal = {|LPA0103:"*"|} };
                await lambda.AddPermissionAsync(other);

                var late = new AddPermissionRequest { FunctionName = "f", StatementId = "c", Action = "lambda:InvokeFunction", Principal = {|LPA0103:"*"|} };
                await lambda.AddPermissionAsync(late);
                late.Principal = "*";
            }
        }
        """, Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string organizationId)
            {
                var request = new AddPermissionRequest();
                request.FunctionName = "f";
                request.StatementId = "a";
                request.Action = "lambda:InvokeFunction";
                request.Principal = "*";
                request.PrincipalOrgID = organizationId;
                await lambda.AddPermissionAsync(request);

                var other = new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:InvokeFunction", Principal = "*", PrincipalOrgID = organizationId };
                await lambda.AddPermissionAsync(other);

                var late = new AddPermissionRequest { FunctionName = "f", StatementId = "c", Action = "lambda:InvokeFunction", Principal = "*", PrincipalOrgID = organizationId };
                await lambda.AddPermissionAsync(late);
                late.Principal = "*";
            }
        }
        """);

    [Fact]
    public Task Layer_organization_goes_in_a_statement() => VerifyCodeFixAsync<AddLayerOrganizationIdCodeFix>(Usings + """
        class Layers
        {
            async Task ShareAsync(IAmazonLambda lambda, string organizationId)
            {
                var request = new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3 };
                request.StatementId = "org";
                request.Action = "lambda:GetLayerVersion";
                request.Principal = {|LPA0300:"*"|};
                await lambda.AddLayerVersionPermissionAsync(request);
            }
        }
        """, Usings + """
        class Layers
        {
            async Task ShareAsync(IAmazonLambda lambda, string organizationId)
            {
                var request = new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3 };
                request.StatementId = "org";
                request.Action = "lambda:GetLayerVersion";
                request.Principal = "*";
                request.OrganizationId = organizationId;
                await lambda.AddLayerVersionPermissionAsync(request);
            }
        }
        """, LanguageVersion.CSharp7_3);

    [Fact]
    public Task Auth_type_goes_in_a_statement() => VerifyCodeFixAsync<AddAuthTypeCodeFix>(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string partner)
            {
                var request = new AddPermissionRequest();
                request.FunctionName = "f";
                request.StatementId = "AllowPartnerUrl";
                request.Action = {|LPA0201:"lambda:InvokeFunctionUrl"|};
                request.Principal = partner;
                await lambda.AddPermissionAsync(request);
            }
        }
        """, Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string partner)
            {
                var request = new AddPermissionRequest();
                request.FunctionName = "f";
                request.StatementId = "AllowPartnerUrl";
                request.Action = "lambda:InvokeFunctionUrl";
                request.Principal = partner;
                request.FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM;
                await lambda.AddPermissionAsync(request);
            }
        }
        """, LanguageVersion.CSharp7_3);

    [Fact]
    public Task Required_members_go_in_statements() => VerifyCodeFixAsync<AddRequiredMembersCodeFix>(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                var request = new {|LPA0001:AddPermissionRequest|}();
                request.FunctionName = "f";
                request.Principal = "events.amazonaws.com";
                request.SourceArn = "arn:aws:events:us-east-1:381492765013:rule/nightly";
                await lambda.AddPermissionAsync(request);
            }
        }
        """, Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                var request = new AddPermissionRequest();
                request.FunctionName = "f";
                request.Principal = "events.amazonaws.com";
                request.SourceArn = "arn:aws:events:us-east-1:381492765013:rule/nightly";
                request.StatementId = "AllowEventBridgeInvoke";
                request.Action = "lambda:InvokeFunction";
                await lambda.AddPermissionAsync(request);
            }
        }
        """, LanguageVersion.CSharp7_3);

    [Fact]
    public Task Required_members_go_in_a_new_initializer_when_no_statement_writes_the_local() => VerifyCodeFixAsync<AddRequiredMembersCodeFix>(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                var request = new {|LPA0001:AddPermissionRequest|}();
                await lambda.AddPermissionAsync(request);
            }
        }
        """, Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                var request = new {|LPA0001:AddPermissionRequest|}() { StatementId = "AllowInvoke", Action = "lambda:InvokeFunction" };
                await lambda.AddPermissionAsync(request);
            }
        }
        """, LanguageVersion.CSharp7_3);

    [Fact]
    public Task Statements_on_one_line_get_the_member_on_that_line() => VerifyCodeFixAsync<AddPrincipalOrgIdCodeFix>(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string organizationId)
            {
                var request = new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction" };
                request.Principal = {|LPA0103:"*"|}; await lambda.AddPermissionAsync(request);
            }
        }
        """, Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string organizationId)
            {
                var request = new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction" };
                request.Principal = "*"; request.PrincipalOrgID = organizationId; await lambda.AddPermissionAsync(request);
            }
        }
        """, LanguageVersion.CSharp7_3);

    [Fact]
    public Task Cdk_props_built_in_statements_get_statements() => VerifyCdkCodeFixAsync<AddSourceRestrictionCodeFix>(CdkUsings + """
        class Uploads : Stack
        {
            Uploads(Construct scope, Function fn) : base(scope, "Uploads")
            {
                var bucket = new Bucket(this, "Uploads");
                var props = new CfnPermissionProps { Action = "lambda:InvokeFunction", FunctionName = fn.FunctionArn };
                props.Principal = {|LPA0100:"s3.amazonaws.com"|};
                new CfnPermission(this, "S3", props);

                var permission = new Permission();
                permission.Principal = new ServicePrincipal({|LPA0100:"s3.amazonaws.com"|});
                fn.AddPermission("S3Direct", permission);
            }
        }
        """, CdkUsings + """
        class Uploads : Stack
        {
            Uploads(Construct scope, Function fn) : base(scope, "Uploads")
            {
                var bucket = new Bucket(this, "Uploads");
                var props = new CfnPermissionProps { Action = "lambda:InvokeFunction", FunctionName = fn.FunctionArn };
                props.Principal = "s3.amazonaws.com";
                props.SourceArn = bucket.BucketArn;
                props.SourceAccount = this.Account;
                new CfnPermission(this, "S3", props);

                var permission = new Permission();
                permission.Principal = new ServicePrincipal("s3.amazonaws.com");
                permission.SourceArn = bucket.BucketArn;
                permission.SourceAccount = this.Account;
                fn.AddPermission("S3Direct", permission);
            }
        }
        """);
}
