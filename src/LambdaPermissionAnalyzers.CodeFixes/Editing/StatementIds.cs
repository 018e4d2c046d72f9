using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using LambdaPermissionAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaPermissionAnalyzers.CodeFixes.Editing;

/// <summary>Makes statement ids that the API accepts (<c>[a-zA-Z0-9-_]{1,100}</c>) and that no other string in the method uses.</summary>
internal static class StatementIds
{
    /// <summary><c>AllowS3Invoke</c>, then <c>AllowS3Invoke2</c>, … until no string literal of the enclosing member uses it.</summary>
    public static string CreateUnique(string? service, SyntaxNode location)
        => MakeUnique("Allow" + ToWord(service) + "Invoke", location);

    /// <summary><paramref name="baseId"/> if no string literal of the enclosing member uses it, else the first free <c>baseId2</c>, <c>baseId3</c>, …</summary>
    public static string MakeUnique(string baseId, SyntaxNode location)
    {
        var taken = CollectStringLiterals(location);
        if (!taken.Contains(baseId))
        {
            return baseId;
        }

        for (var suffix = 2; ; suffix++)
        {
            var candidate = baseId + suffix.ToString(CultureInfo.InvariantCulture);
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    private static string ToWord(string? service)
    {
        if (service is null)
        {
            return string.Empty;
        }

        if (AwsServices.Find(service) is { } known)
        {
            return known.StatementIdWord;
        }

        // A service the table does not know: its label in Pascal case (kafka -> Kafka, ec2-instance -> Ec2Instance).
        var builder = new StringBuilder();
        foreach (var part in service.Split(new[] { '-', '.' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var first = true;
            foreach (var c in part)
            {
                if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
                {
                    builder.Append(first ? char.ToUpperInvariant(c) : c);
                    first = false;
                }
            }
        }

        return builder.ToString();
    }

    private static HashSet<string> CollectStringLiterals(SyntaxNode location)
    {
        SyntaxNode scope = (SyntaxNode?)location.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? location.SyntaxTree.GetRoot();
        if (scope is BaseTypeDeclarationSyntax or NamespaceDeclarationSyntax or FileScopedNamespaceDeclarationSyntax)
        {
            scope = location.SyntaxTree.GetRoot();
        }

        var literals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in scope.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken))
            {
                literals.Add(token.ValueText);
            }
        }

        return literals;
    }
}
