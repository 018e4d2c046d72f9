using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>
/// A fix that removes the member assignment the diagnostic is on (an initializer entry or a statement), keeping the
/// layout and the comments around it (<see cref="AssignmentRemoval"/>).
/// </summary>
public abstract class RemoveMemberCodeFix : GrantCodeFixProvider
{
    /// <summary>The action's title, such as "Remove the Qualifier".</summary>
    protected abstract string Title { get; }

    protected override Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult(AssignmentRemoval.CanRemove(node) ? Title : null);

    protected override async Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(AssignmentRemoval.Remove(root, node));
    }
}
