namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0002 (LatestQualifierRule): the grant targets <c>$LATEST</c>, which Lambda does not support.</summary>
public class LatestQualifierRuleTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.Lambda;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SNS;
        using Constructs;

        """;

    [Fact]
    public Task Qualifier_LATEST_is_reported_on_the_value() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "orders",
                StatementId = "AllowPartner",
                Action = "lambda:InvokeFunction",
                Principal = "381492765013",
                Qualifier = {|LPA0002:"$LATEST"|},
            });
        }
        """);

    [Fact]
    public Task Function_name_ending_in_LATEST_is_reported_also_when_partly_known() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            const string Latest = ":$LATEST";

            static AddPermissionRequest Literal() => new() { FunctionName = {|LPA0002:"orders:$LATEST"|} };

            static AddPermissionRequest Interpolated(string name) => new() { FunctionName = {|LPA0002:$"{name}:$LATEST"|} };

            static AddPermissionRequest Concatenated(string name) => new() { FunctionName = {|LPA0002:name + Latest|} };

            static AddPermissionRequest Arn(string account) => new() { FunctionName = {|LPA0002:$"arn:aws:lambda:us-east-1:{account}:function:orders:$LATEST"|} };
        }
        """);

    [Fact]
    public Task Versions_aliases_and_unknown_qualifiers_are_not_reported() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Alias() => new() { FunctionName = "orders", Qualifier = "live" };

            static AddPermissionRequest Version() => new() { FunctionName = "orders:7" };

            static AddPermissionRequest Published() => new() { FunctionName = "orders", Qualifier = "$LATEST.PUBLISHED" };

            static AddPermissionRequest FromConfig(string qualifier, string name) => new() { FunctionName = $"{name}:{qualifier}", Qualifier = qualifier };

            static AddPermissionRequest LowerCase() => new() { FunctionName = "orders", Qualifier = "latest" };
        }
        """);

    // ----- AWS CDK -----

    [Fact]
    public Task LatestVersion_message_says_what_CDK_does() => VerifyCdkAnalyzerAsync(Usings + """
        class Triggers : Stack
        {
            Triggers(Construct scope, Function fn) : base(scope, "Triggers")
            {
                fn.LatestVersion.AddPermission("Partner", new {|#0:Permission|} { Principal = new AccountPrincipal("381492765013") });
                fn.CurrentVersion.AddPermission("Current", new Permission { Principal = new AccountPrincipal("381492765013") });
            }
        }
        """,
        Diagnostic("LPA0002").WithLocation(0)
            .WithMessage("LatestVersion '$LATEST' targets $LATEST; this Permission goes to fn.LatestVersion, and CDK adds no permission to $LATEST (it only warns at synth), so nothing is granted: call AddPermission on the function, a version or an alias"));

    [Fact]
    public Task Messages_say_what_to_remove_for_a_grant_and_a_removal() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Grant() => new() { FunctionName = "orders", Qualifier = {|#0:"$LATEST"|} };

            static RemovePermissionRequest Remove() => new() { FunctionName = {|#1:"orders:$LATEST"|}, StatementId = "a" };

            static AddPermissionRequest[] LookAlikes(string env) => new AddPermissionRequest[]
            {
                new() { FunctionName = "orders", Qualifier = "$LATEST.PUBLISHED" },
                new() { FunctionName = "orders", Qualifier = "LATEST" },
                new() { FunctionName = "orders:$LATEST.PUBLISHED" },
                new() { FunctionName = $"orders:{env}" },
            };
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0002").WithLocation(0).WithMessage("Qualifier '$LATEST' targets $LATEST; Lambda does not support adding permissions to $LATEST, so the request fails: remove the Qualifier to grant on the function, or name a version or alias"),
        Diagnostic("LPA0002").WithLocation(1).WithMessage("FunctionName 'orders:$LATEST' targets $LATEST; $LATEST never has a policy of its own, so there is nothing to remove there: remove ':$LATEST' to remove the statement from the function's own policy"));
}
