using System;
using LambdaPermissionAnalyzers.Knowledge;

namespace LambdaPermissionAnalyzers.Model;

/// <summary>Which function (and alias or version) a grant targets, as far as it is known.</summary>
internal static class FunctionTarget
{
    /// <summary>
    /// Whether two grants could target the same function and qualifier. Only known values that differ prove
    /// otherwise; <c>orders</c> with Qualifier <c>live</c> is the same target as <c>orders:live</c> and as its ARN.
    /// </summary>
    public static bool MayBeSame(Grant left, Grant right)
    {
        var leftName = left[GrantMembers.FunctionName];
        var rightName = right[GrantMembers.FunctionName];
        if (ValueIdentity.Same(leftName, rightName) && ValueIdentity.Same(left[GrantMembers.Qualifier], right[GrantMembers.Qualifier]))
        {
            return true;
        }

        if (!TryGet(left, out var leftFunction, out var leftQualifier) || !TryGet(right, out var rightFunction, out var rightQualifier))
        {
            return true;
        }

        return string.Equals(leftFunction, rightFunction, StringComparison.Ordinal)
               && string.Equals(leftQualifier, rightQualifier, StringComparison.Ordinal);
    }

    /// <summary>The function's name and qualifier (<see langword="null"/> for none), when both are certain.</summary>
    private static bool TryGet(Grant grant, out string name, out string? qualifier)
    {
        name = string.Empty;
        qualifier = null;
        var functionName = grant[GrantMembers.FunctionName].Value;
        var text = functionName.IsKnown ? functionName.Text : null;
        if (text is null)
        {
            return false;
        }

        name = FunctionNameParts.GetName(text);
        qualifier = FunctionNameParts.GetQualifier(text);
        var member = grant[GrantMembers.Qualifier];
        if (member.IsAbsent)
        {
            return true;
        }

        if (!member.Value.IsKnown)
        {
            return false;
        }

        qualifier ??= member.Value.Text;
        return true;
    }
}
