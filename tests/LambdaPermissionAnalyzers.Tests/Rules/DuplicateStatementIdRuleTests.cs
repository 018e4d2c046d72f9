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
}
