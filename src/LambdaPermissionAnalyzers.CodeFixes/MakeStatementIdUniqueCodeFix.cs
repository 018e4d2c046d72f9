using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>LPA0006: gives the second statement an id no other string of the method uses (<c>AllowS3Invoke2</c>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeStatementIdUniqueCodeFix))]
[Shared]
public sealed class MakeStatementIdUniqueCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0006.MakeUnique";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.DuplicateStatementId);

    protected override string EquivalenceKey => Key;

    protected override Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult<string?>(node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? "Make the statement id unique"
            : null);

    protected override async Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || node is not LiteralExpressionSyntax literal)
        {
            return document;
        }

        var unique = StatementIds.MakeUnique(literal.Token.ValueText, literal);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, literal.WithToken(Literal(unique).WithTriviaFrom(literal.Token))));
    }
}
