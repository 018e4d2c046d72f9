namespace LambdaPermissionAnalyzers;

internal static class HelpLinks
{
    /// <summary>Where <c>docs/rules/&lt;ID&gt;.md</c> is published; a test checks every descriptor points here.</summary>
    public const string RulesBase = "https://github.com/lambda-permission-analyzers/LambdaPermissionAnalyzers/blob/main/docs/rules/";

    public static string For(string ruleId) => RulesBase + ruleId + ".md";
}
