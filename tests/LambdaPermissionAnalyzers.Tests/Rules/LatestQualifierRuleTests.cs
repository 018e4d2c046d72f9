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
}
