using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>LPA0007: removes the member that has no effect with the grant's action or principal.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveIneffectiveMemberCodeFix))]
[Shared]
public sealed class RemoveIneffectiveMemberCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0007.RemoveMember";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MemberWithoutEffect);

    protected override string EquivalenceKey => Key;

    protected override Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult<string?>(AssignmentRemoval.CanRemove(node) ? "Remove the member that has no effect" : null);

    protected override async Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(AssignmentRemoval.Remove(root, node));
    }
}
