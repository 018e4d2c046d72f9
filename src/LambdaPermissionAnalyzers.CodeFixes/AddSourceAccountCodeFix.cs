using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>LPA0101: adds SourceAccount, from an in-scope variable whose name fits, else a placeholder that stays reported.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddSourceAccountCodeFix))]
[Shared]
public sealed class AddSourceAccountCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0101.AddSourceAccount";

    private static readonly MemberToAdd[] Members =
    {
        new(GrantMembers.SourceAccount, ScopeVariables.IsAccountName, SourceRestriction.AccountPlaceholder),
    };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SourceArnWithoutAccount);

    protected override string EquivalenceKey => Key;

    protected override async Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => await MemberInsertion.CanAddAsync(document, node, new[] { GrantMembers.SourceAccount }, cancellationToken).ConfigureAwait(false)
            ? "Add SourceAccount"
            : null;

    protected override Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => MemberInsertion.AddAsync(document, node, Members, cancellationToken);
}
