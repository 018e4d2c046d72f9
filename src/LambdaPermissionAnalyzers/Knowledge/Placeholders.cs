using LambdaPermissionAnalyzers.Model;

namespace LambdaPermissionAnalyzers.Knowledge;

/// <summary>Values that stand for something still to be filled in, such as <c>&lt;account-id&gt;</c>.</summary>
internal static class Placeholders
{
    /// <summary>Whether a literal part of the value holds a <c>&lt;…&gt;</c> marker.</summary>
    public static bool HasMarker(GrantValue value)
    {
        if (value.Kind == ValueKind.Known)
        {
            return HasMarker(value.Text);
        }

        foreach (var part in value.Parts)
        {
            if (HasMarker(part))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMarker(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var open = text.IndexOf('<');
        return open >= 0 && text.IndexOf('>', open + 1) > open + 1;
    }
}
