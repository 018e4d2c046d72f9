using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace LambdaPermissionAnalyzers.Tests.Suppressors;

/// <summary>
/// SdkPropertyValueSuppressor: one finding per mistake beside the AWS SDK's own property-value analyzer (Lambda1000,
/// Lambda1001, Lambda1002, here its test double <see cref="SdkPropertyValueAnalyzerDouble"/>).
/// </summary>
public class SdkPropertyValueSuppressorTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    private static DiagnosticResult Sdk(string id, int location) => new DiagnosticResult(id, DiagnosticSeverity.Warning).WithLocation(location);

    private static DiagnosticResult Suppressed(string id, int location) => Sdk(id, location).WithIsSuppressed(true);

    [Fact]
    public Task Sdk_finding_on_a_value_an_LPA_rule_reports_is_suppressed() => VerifySuppressionsAsync(Usings + """
        class Grants
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "orders",
                    StatementId = {|#0:"Allow auditors.read"|},
                    Action = "lambda:InvokeFunction",
                    Principal = "381492765013",
                    Qualifier = {|#1:"$LATEST"|},
                });
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = {|#2:""|},
                    StatementId = "empty-name",
                    Action = "lambda:InvokeFunction",
                    Principal = "381492765013",
                    SourceAccount = {|#3:"38149276501"|},
                });
            }
        }
        """,
        null,
        Diagnostic("LPA0004").WithLocation(0),
        Suppressed("Lambda1002", 0),
        Diagnostic("LPA0002").WithLocation(1),
        Suppressed("Lambda1002", 1),
        Diagnostic("LPA0003").WithLocation(2),
        Suppressed("Lambda1000", 2),
        Diagnostic("LPA0004").WithLocation(3),
        Suppressed("Lambda1002", 3));

    /// <summary>The older SDK model refuses dots in function names and (a regex whose empty alternative matches first) every alias; the API accepts both.</summary>
    [Fact]
    public Task Sdk_finding_on_a_value_the_API_accepts_is_suppressed() => VerifySuppressionsAsync(Usings + """
        class Grants
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = {|#0:"orders.v2"|},
                    StatementId = "dotted",
                    Action = "lambda:InvokeFunction",
                    Principal = "381492765013",
                    Qualifier = {|#1:"live"|},
                });
            }
        }
        """,
        null,
        Suppressed("Lambda1002", 0),
        Suppressed("Lambda1002", 1));

    [Fact]
    public Task Sdk_findings_outside_lambda_grants_are_kept() => VerifySuppressionsAsync(Usings + """
        namespace Amazon.Lambda.Model
        {
            public class InvokeRequest : AmazonLambdaRequest { public string FunctionName { get; set; } = ""; }
        }

        class Calls
        {
            static AddPermissionRequest request = new();

            void Invoke()
            {
                // Not a grant: the SDK's finding stands.
                var invoke = new InvokeRequest { FunctionName = {|#0:"orders.v2"|} };
            }

            async Task SendAsync(IAmazonLambda lambda)
            {
                var grant = new AddPermissionRequest { FunctionName = "orders", StatementId = "late", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                await lambda.AddPermissionAsync(grant);
                // Written after the send: no grant reads it, no LPA rule reports it.
                grant.StatementId = {|#1:"Allow auditors.read"|};
            }
        }
        """,
        null,
        Sdk("Lambda1002", 0),
        Sdk("Lambda1002", 1));

    [Fact]
    public Task Sdk_finding_stays_when_the_LPA_rule_is_turned_off() => VerifySuppressionsAsync(Usings + """
        class Grants
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "orders",
                    StatementId = {|#0:"Allow auditors.read"|},
                    Action = "lambda:InvokeFunction",
                    Principal = "381492765013",
                });
                await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "orders", StatementId = {|#1:"Allow auditors.read"|} });
            }
        }
        """,
        "dotnet_diagnostic.LPA0004.severity = none\n",
        Sdk("Lambda1002", 0),
        Sdk("Lambda1002", 1));

    /// <summary>In the None analysis mode (every rule off) the package judges nothing: the SDK's warnings stand, valid or not.</summary>
    [Fact]
    public Task Sdk_findings_stay_when_every_rule_is_off() => VerifySuppressionsAsync(Usings + """
        class Grants
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = {|#0:"orders.v2"|},
                    StatementId = {|#1:"Allow auditors.read"|},
                    Action = "lambda:InvokeFunction",
                    Principal = "381492765013",
                    Qualifier = {|#2:"live"|},
                });
            }
        }
        """,
        "dotnet_diagnostic.LPA0003.severity = none\ndotnet_diagnostic.LPA0004.severity = none\n",
        Sdk("Lambda1002", 0),
        Sdk("Lambda1002", 1),
        Sdk("Lambda1002", 2));

    /// <summary>A suppression whose id is in NoWarn is not applied: the way to see the SDK's warnings anyway.</summary>
    [Fact]
    public Task Suppressions_in_NoWarn_are_not_applied() => VerifySuppressionsAsync(Usings + """
        class Grants
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = {|#0:"orders.v2"|},
                    StatementId = {|#1:"Allow auditors.read"|},
                    Action = "lambda:InvokeFunction",
                    Principal = "381492765013",
                });
            }
        }
        """,
        null,
        ["LPAS1002", "LPAS2002"],
        Sdk("Lambda1002", 0),
        Diagnostic("LPA0004").WithLocation(1),
        Sdk("Lambda1002", 1));
}
