namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0006 (DuplicateStatementIdRule): two grants sent in one method with the same statement id for the same function.</summary>
public class DuplicateStatementIdRuleTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    [Fact]
    public Task Second_grant_with_the_same_id_for_the_same_function_is_reported() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        record Settings(string FunctionName);

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, Settings settings, string topicArn, string ruleArn)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = settings.FunctionName, StatementId = "AllowInvoke", Action = "lambda:InvokeFunction", Principal = "sns.amazonaws.com", SourceArn = topicArn });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = settings.FunctionName, StatementId = {|LPA0006:"AllowInvoke"|}, Action = "lambda:InvokeFunction", Principal = "events.amazonaws.com", SourceArn = ruleArn });

                var request = new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "381492765013", Qualifier = "live" };
                await lambda.AddPermissionAsync(request);
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = {|LPA0006:"AllowPartner"|}, Action = "lambda:GetFunction", Principal = "381492765013", Qualifier = "live" });
            }
        }
        """);

    [Fact]
    public Task Message_points_at_the_first_use() => VerifyAnalyzerAsync("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            void Grant(IAmazonLambda lambda)
            {
                lambda.AddPermission(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                lambda.AddPermission(new AddPermissionRequest { FunctionName = "f", StatementId = {|#0:"a"|}, Action = "lambda:InvokeFunction", Principal = "210987654321" });
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0006").WithLocation(0).WithArguments("a", "is already used by the grant on line 8 for the same function", "give each statement its own id"));

    [Fact]
    public Task Other_functions_qualifiers_unknown_names_and_unsent_requests_are_not_reported() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string first, string second, string id)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "Allow", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "billing", StatementId = "Allow", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", Qualifier = "live", StatementId = "Allow", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = first, StatementId = "Allow", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = second, StatementId = "Allow", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = id, Action = "lambda:InvokeFunction", Principal = "381492765013" });
                _ = new AddPermissionRequest { FunctionName = "orders", StatementId = "Allow" };
            }

            Task GrantElsewhereAsync(IAmazonLambda lambda)
                => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "Allow", Action = "lambda:InvokeFunction", Principal = "381492765013" });
        }
        """);

    // ----- AddLayerVersionPermission -----

    [Fact]
    public Task Same_layer_statement_id_twice_is_a_duplicate() => VerifyAnalyzerAsync(Usings + """
        class Layers
        {
            void Share(IAmazonLambda lambda)
            {
                lambda.AddLayerVersionPermission(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, StatementId = "partner", Action = "lambda:GetLayerVersion", Principal = "381492765013" });
                lambda.AddLayerVersionPermission(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 4, StatementId = "partner", Action = "lambda:GetLayerVersion", Principal = "381492765013" });
                lambda.AddLayerVersionPermission(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, StatementId = {|LPA0006:"partner"|}, Action = "lambda:GetLayerVersion", Principal = "240186593721" });
            }
        }
        """);

    /// <summary>The message names the kind of loop that repeats the grant.</summary>
    [Theory]
    [InlineData("for (var i = 0; i < 3; i++)", "", "for")]
    [InlineData("while (more())", "", "while")]
    [InlineData("do", " while (more());", "do")]
    public Task Message_names_the_loop(string header, string footer, string loop) => VerifyAnalyzerAsync(Usings + $$"""
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, System.Func<bool> more)
            {
                {{header}}
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = {|#0:"AllowPartner"|}, Action = "lambda:InvokeFunction", Principal = "381492765013" });
                }{{footer}}
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0006").WithLocation(0).WithMessage($"StatementId 'AllowPartner' is the same on every iteration of this {loop} loop, and so is the function; this request fails with ResourceConflictException: the second iteration's request fails; make the id unique per iteration"));

    [Fact]
    public Task Message_names_a_layer_version_and_a_grant_sent_through_a_call() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task ShareAsync(IAmazonLambda lambda)
            {
                await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared", VersionNumber = 3, StatementId = "org", Action = "lambda:GetLayerVersion", Principal = "381492765013" });
                await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared", VersionNumber = 3, StatementId = {|#0:"org"|}, Action = "lambda:GetLayerVersion", Principal = "210987654321" });
            }

            async Task GrantAsync(IAmazonLambda lambda)
            {
                await Allow(lambda, "AllowPartner");
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = {|#1:"AllowPartner"|}, Action = "lambda:InvokeFunction", Principal = "210987654321" });
            }

            static Task Allow(IAmazonLambda lambda, string id)
                => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = id, Action = "lambda:InvokeFunction", Principal = "381492765013" });
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0006").WithLocation(0).WithArguments("org", "is already used by the grant on line 9 for the same layer version", "give each statement its own id"),
        Diagnostic("LPA0006").WithLocation(1).WithArguments("AllowPartner", "is already used by the grant sent through the call on line 15 for the same function", "give each statement its own id"));

    [Fact]
    public Task Layer_permission_repeated_in_a_loop_is_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task ShareAsync(IAmazonLambda lambda, IEnumerable<string> accounts)
            {
                foreach (var account in accounts)
                {
                    await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared", VersionNumber = 3, StatementId = {|#0:"partner"|}, Action = "lambda:GetLayerVersion", Principal = account });
                }
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0006").WithLocation(0).WithMessage("StatementId 'partner' is the same on every iteration of this foreach loop, and so is the layer version; this request fails with ResourceConflictException: the second iteration's request fails; make the id unique per iteration"));

    /// <summary>
    /// Only a removal between two grants may free the id: another grant between them with an unknown id does not,
    /// a removal with an unknown id might; an id written in two places is not reported (no one place to make unique).
    /// </summary>
    [Fact]
    public Task Only_a_removal_between_frees_the_id_and_an_id_written_twice_is_not_certain() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task AddAddAddAsync(IAmazonLambda lambda, string unknownId)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = unknownId, Action = "lambda:InvokeFunction", Principal = "210987654321" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = {|LPA0006:"AllowPartner"|}, Action = "lambda:InvokeFunction", Principal = "240186593721" });
            }

            async Task AddRemoveAddAsync(IAmazonLambda lambda, string unknownId)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "orders", StatementId = unknownId });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "240186593721" });
            }

            async Task WrittenTwiceAsync(IAmazonLambda lambda, bool other)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                var request = new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "240186593721" };
                if (other)
                {
                    request.StatementId = "AllowOther";
                }

                await lambda.AddPermissionAsync(request);

                // Written twice to the same id: reported only for an id written once, the one place a fix can make unique.
                var twice = new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "240186593721" };
                if (other)
                {
                    twice.StatementId = "AllowPartner";
                }

                await lambda.AddPermissionAsync(twice);
            }
        }
        """);
}
