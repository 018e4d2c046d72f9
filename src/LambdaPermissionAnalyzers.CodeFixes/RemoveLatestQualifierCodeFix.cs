using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>
/// LPA0002: removes <c>Qualifier = "$LATEST"</c>, the <c>:$LATEST</c> suffix of a literal function name, or (CDK)
/// <c>.LatestVersion</c> before <c>AddPermission</c>, so the grant applies to the unqualified function.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveLatestQualifierCodeFix))]
[Shared]
public sealed class RemoveLatestQualifierCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0002.RemoveLatestQualifier";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PermissionOnLatest);

    protected override string EquivalenceKey => Key;

    protected override Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult<string?>(diagnostic.Properties.GetValueOrDefault(LatestQualifierRule.MemberProperty) switch
        {
            GrantMembers.Qualifier when AssignmentRemoval.CanRemove(node) => "Remove the $LATEST qualifier",
            GrantMembers.FunctionName when TrimLatest(node) is not null => "Remove ':$LATEST' from the function name",
            GrantMembers.LatestVersion when FindLatestVersion(node) is not null => "Add the permission to the function instead of LatestVersion",
            _ => null,
        });

    protected override async Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        if (diagnostic.Properties.GetValueOrDefault(LatestQualifierRule.MemberProperty) == GrantMembers.LatestVersion)
        {
            // fn.LatestVersion.AddPermission(...) -> fn.AddPermission(...)
            return FindLatestVersion(node) is { } latest
                ? document.WithSyntaxRoot(root.ReplaceNode(latest, latest.Expression.WithTriviaFrom(latest)))
                : document;
        }

        if (diagnostic.Properties.GetValueOrDefault(LatestQualifierRule.MemberProperty) == GrantMembers.FunctionName)
        {
            return TrimLatest(node) is { } trimmed ? document.WithSyntaxRoot(root.ReplaceNode(node, trimmed)) : document;
        }

        return document.WithSyntaxRoot(AssignmentRemoval.Remove(root, node));
    }

    /// <summary><c>fn.LatestVersion</c> in <c>fn.LatestVersion.AddPermission(id, new Permission { … })</c>, from the Permission's type name.</summary>
    private static MemberAccessExpressionSyntax? FindLatestVersion(SyntaxNode node)
        => node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>()?.Parent is ArgumentSyntax
        {
            Parent: ArgumentListSyntax
            {
                Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "LatestVersion" } latest } }
            }
        }
            ? latest
            : null;

    /// <summary>The name without <c>:$LATEST</c>, for a string literal or an interpolation that ends in literal text.</summary>
    private static ExpressionSyntax? TrimLatest(SyntaxNode node)
    {
        switch (node)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression)
                                                      && literal.Token.ValueText.EndsWith(FunctionNames.LatestSuffix, StringComparison.Ordinal):
                var name = literal.Token.ValueText.Substring(0, literal.Token.ValueText.Length - FunctionNames.LatestSuffix.Length);
                return literal.WithToken(Literal(name).WithTriviaFrom(literal.Token));

            case InterpolatedStringExpressionSyntax interpolated
                when interpolated.Contents.Count > 0
                     && interpolated.Contents[interpolated.Contents.Count - 1] is InterpolatedStringTextSyntax text
                     && text.TextToken.ValueText.EndsWith(FunctionNames.LatestSuffix, StringComparison.Ordinal)
                     && text.TextToken.Text.EndsWith(FunctionNames.LatestSuffix, StringComparison.Ordinal):
                var remaining = text.TextToken.Text.Substring(0, text.TextToken.Text.Length - FunctionNames.LatestSuffix.Length);
                var contents = remaining.Length == 0
                    ? interpolated.Contents.RemoveAt(interpolated.Contents.Count - 1)
                    : interpolated.Contents.Replace(text, text.WithTextToken(Token(
                        text.TextToken.LeadingTrivia,
                        SyntaxKind.InterpolatedStringTextToken,
                        remaining,
                        text.TextToken.ValueText.Substring(0, text.TextToken.ValueText.Length - FunctionNames.LatestSuffix.Length),
                        text.TextToken.TrailingTrivia)));
                return interpolated.WithContents(contents);

            default:
                return null;
        }
    }
}
