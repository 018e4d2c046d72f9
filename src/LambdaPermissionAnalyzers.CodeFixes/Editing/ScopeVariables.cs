using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.CodeFixes.Editing;

/// <summary>Finds the one string variable in scope whose name says it holds what a fix needs (<c>bucketArn</c>, <c>accountId</c>).</summary>
internal static class ScopeVariables
{
    /// <summary>
    /// The name of the only string local, parameter, field or property visible at <paramref name="position"/> that
    /// <paramref name="fits"/>; <see langword="null"/> when none or several fit.
    /// </summary>
    public static string? FindSingle(SemanticModel semanticModel, int position, Func<string, bool> fits)
    {
        var isStaticContext = IsStaticContext(semanticModel.GetEnclosingSymbol(position));
        string? found = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var symbol in semanticModel.LookupSymbols(position))
        {
            if (!IsCandidate(symbol, position, isStaticContext) || !fits(symbol.Name) || !seen.Add(symbol.Name))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = symbol.Name;
        }

        return found;
    }

    /// <summary>Inside a static member (through any lambdas and local functions), instance members are out of reach.</summary>
    private static bool IsStaticContext(ISymbol? symbol)
    {
        while (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction })
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol is { IsStatic: true };
    }

    private static bool IsCandidate(ISymbol symbol, int position, bool isStaticContext)
    {
        switch (symbol)
        {
            case ILocalSymbol local:
                // A local is in scope in its whole block, but usable only after its declaration.
                return local.Type.SpecialType == SpecialType.System_String
                       && local.DeclaringSyntaxReferences.Length > 0
                       && local.DeclaringSyntaxReferences[0].Span.End < position;
            case IParameterSymbol parameter:
                return parameter.Type.SpecialType == SpecialType.System_String;
            case IFieldSymbol field:
                return field.Type.SpecialType == SpecialType.System_String && (field.IsStatic || field.IsConst || !isStaticContext) && !field.IsImplicitlyDeclared;
            case IPropertySymbol property:
                return property.Type.SpecialType == SpecialType.System_String && (property.IsStatic || !isStaticContext) && property.GetMethod is not null && !property.IsIndexer;
            default:
                return false;
        }
    }

    /// <summary>Whether <paramref name="name"/> names a source ARN for a service with these hints (<c>sourceArn</c>, <c>bucketArn</c>, <c>ordersTopicArn</c>).</summary>
    public static bool IsSourceArnName(string name, IEnumerable<string> hints)
    {
        if (string.Equals(name, "sourceArn", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!name.EndsWith("Arn", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var hint in hints)
        {
            if (name.IndexOf(hint, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>accountId</c>, <c>sourceAccount</c>, <c>awsAccountId</c>, …</summary>
    public static bool IsAccountName(string name)
        => name.EndsWith("AccountId", StringComparison.OrdinalIgnoreCase)
           || name.Equals("account", StringComparison.OrdinalIgnoreCase)
           || name.Equals("sourceAccount", StringComparison.OrdinalIgnoreCase)
           || name.Equals("accountNumber", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>organizationId</c>, <c>orgId</c>, <c>principalOrgId</c>.</summary>
    public static bool IsOrganizationIdName(string name)
        => name.EndsWith("OrganizationId", StringComparison.OrdinalIgnoreCase)
           || name.EndsWith("OrgId", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>skillId</c>, <c>alexaSkillId</c>, <c>eventSourceToken</c>.</summary>
    public static bool IsSkillIdName(string name)
        => name.EndsWith("SkillId", StringComparison.OrdinalIgnoreCase)
           || name.Equals("eventSourceToken", StringComparison.OrdinalIgnoreCase);
}
