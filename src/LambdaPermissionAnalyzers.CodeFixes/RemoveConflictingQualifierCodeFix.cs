using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>LPA0005: removes the Qualifier, so the qualifier in the function name decides.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveConflictingQualifierCodeFix))]
[Shared]
public sealed class RemoveConflictingQualifierCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0005.RemoveQualifier";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ConflictingQualifiers);

    protected override string EquivalenceKey => Key;

    protected override Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult(AssignmentRemoval.CanRemove(node) ? "Remove the Qualifier (the function name's qualifier applies)" : null);

    protected override async Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(AssignmentRemoval.Remove(root, node));
    }
}
