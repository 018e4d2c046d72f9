using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>
/// A fix that adds one member to the grant's initializer: from an in-scope variable whose name fits (in CDK code, a
/// CDK expression when there is one), else a placeholder that stays reported until it is replaced.
/// </summary>
public abstract class AddMemberCodeFix : GrantCodeFixProvider
{
    /// <summary>The action's title, such as "Add SourceAccount".</summary>
    protected abstract string Title { get; }

    private protected abstract MemberToAdd Member { get; }

    protected override async Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => await MemberInsertion.CanAddAsync(document, node, new[] { Member.Member }, cancellationToken).ConfigureAwait(false) ? Title : null;

    protected override Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => MemberInsertion.AddAsync(document, node, new[] { Member }, cancellationToken);
}
