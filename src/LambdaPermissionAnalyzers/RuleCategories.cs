namespace LambdaPermissionAnalyzers;

internal static class RuleCategories
{
    /// <summary>The request fails, or does not do what it says, at run time.</summary>
    public const string Correctness = "Correctness";

    /// <summary>The request succeeds but grants more than intended.</summary>
    public const string Security = "Security";
}
