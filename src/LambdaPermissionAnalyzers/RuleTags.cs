namespace LambdaPermissionAnalyzers;

/// <summary>
/// What a rule needs to know about a grant, carried in its descriptor's custom tags: the README's lists of value
/// rules and missing-member rules are generated from them.
/// </summary>
internal static class RuleTags
{
    /// <summary>The rule reports a known wrong value, on any grant object, wherever it came from.</summary>
    public const string WrongValue = "LambdaPermission.WrongValue";

    /// <summary>The rule reports something missing, only when every write to the grant before its send is visible.</summary>
    public const string Missing = "LambdaPermission.Missing";
}
