namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0301 (UnusedPermissionRule): a CDK Permission that is never passed to AddPermission.</summary>
public class UnusedPermissionRuleTests
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

    // ----- AWS CDK -----

    [Fact]
    public Task Permission_never_added_grants_nothing() => VerifyCdkAnalyzerAsync(Usings + """
        class Triggers : Stack
        {
            Triggers(Construct scope, IFunction fn) : base(scope, "Triggers")
            {
                new {|LPA0301:Permission|} { Principal = new AccountPrincipal("381492765013") };

                var forgotten = new {|LPA0301:Permission|} { Principal = new AccountPrincipal("381492765013") };
                forgotten.SourceAccount = "381492765013";

                var added = new Permission { Principal = new AccountPrincipal("381492765013") };
                fn.AddPermission("Added", added);
                Keep(new Permission { Principal = new AccountPrincipal("240186593721") });
            }

            static Permission Build() => new Permission { Principal = new AccountPrincipal("381492765013") };

            void Keep(Permission permission) { }
        }
        """);
}
