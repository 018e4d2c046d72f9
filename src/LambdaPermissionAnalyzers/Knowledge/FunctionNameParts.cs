namespace LambdaPermissionAnalyzers.Knowledge;

/// <summary>
/// Splits a known function name into the function and its qualifier, in each documented form:
/// <c>name:qualifier</c>, <c>123456789012:function:name:qualifier</c> (optionally with a region first) and
/// <c>arn:aws:lambda:region:account:function:name:qualifier</c>.
/// </summary>
internal static class FunctionNameParts
{
    /// <summary>The qualifier the name carries (alias, version or <c>$LATEST</c>), or <see langword="null"/> when it carries none.</summary>
    public static string? GetQualifier(string functionName)
    {
        var parts = functionName.Split(':');
        var functionIndex = System.Array.IndexOf(parts, "function");
        if (functionIndex >= 0)
        {
            // ...:function:name[:qualifier]
            return parts.Length == functionIndex + 3 ? parts[functionIndex + 2] : null;
        }

        if (parts[0] == "arn")
        {
            return null;
        }

        // name[:qualifier]; an account or region prefix always comes with "function:".
        return parts.Length == 2 ? parts[1] : null;
    }

    /// <summary>The function's own name, without ARN prefix or qualifier: <c>name</c> in every documented form.</summary>
    public static string GetName(string functionName)
    {
        var parts = functionName.Split(':');
        var functionIndex = System.Array.IndexOf(parts, "function");
        if (functionIndex >= 0 && functionIndex + 1 < parts.Length)
        {
            return parts[functionIndex + 1];
        }

        return parts[0];
    }
}
