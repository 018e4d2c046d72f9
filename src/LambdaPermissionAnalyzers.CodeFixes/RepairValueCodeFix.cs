using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>
/// LPA0004: the mechanical repairs of a string literal: StatementId's invalid characters to '-' (cut to 100),
/// SourceAccount's separators removed when 12 digits remain, an Action without its <c>lambda:</c> prefix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RepairValueCodeFix))]
[Shared]
public sealed class RepairValueCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0004.RepairValue";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.InvalidMemberValue);

    protected override string EquivalenceKey => Key;

    protected override Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult(
            node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
            && diagnostic.Properties.TryGetValue(InvalidValueRule.RepairProperty, out var repaired) && repaired is not null
                ? $"Change to \"{repaired}\""
                : null);

    protected override async Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var literal = node as LiteralExpressionSyntax;
        var repaired = diagnostic.Properties.GetValueOrDefault(InvalidValueRule.RepairProperty);
        if (root is null || literal is null || repaired is null)
        {
            return document;
        }

        return document.WithSyntaxRoot(root.ReplaceNode(literal, literal.WithToken(Literal(repaired).WithTriviaFrom(literal.Token))));
    }
}
