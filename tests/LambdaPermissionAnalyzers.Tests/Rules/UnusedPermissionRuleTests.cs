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

                // Look-alikes: a discarded factory result (the factory may have added it), a Permission that is read.
                Build();
                _ = Build();
                var read = new Permission { Principal = new AccountPrincipal("381492765013") };
                System.Console.WriteLine(read.Action);
                _ = new {|LPA0301:Permission|} { Principal = new AccountPrincipal("381492765013") };
            }

            static Permission Build() => new Permission { Principal = new AccountPrincipal("381492765013") };

            void Keep(Permission permission) { }
        }
        """);

    [Fact]
    public Task Message_says_nothing_is_granted_and_how_to_add_it() => VerifyCdkAnalyzerAsync(Usings + """
        class Triggers : Stack
        {
            Triggers(Construct scope) : base(scope, "Triggers")
            {
                new {|#0:Permission|} { Principal = new AccountPrincipal("381492765013") };
            }
        }
        """,
        Diagnostic("LPA0301").WithLocation(0)
            .WithMessage("This Permission is never passed to AddPermission, so nothing is granted; call fn.AddPermission(id, permission), or remove it"));
}
