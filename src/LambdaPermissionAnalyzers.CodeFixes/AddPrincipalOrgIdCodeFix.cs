using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>
/// LPA0103: adds PrincipalOrgID, so only accounts of the organization get the grant; from an in-scope variable whose
/// name fits, else the placeholder <c>o-&lt;organization-id&gt;</c>, which LPA0004 reports until it is replaced.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPrincipalOrgIdCodeFix))]
[Shared]
public sealed class AddPrincipalOrgIdCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0103.AddPrincipalOrgID";

    public const string Placeholder = "o-<organization-id>";

    private static readonly MemberToAdd[] Members =
    {
        new(GrantMembers.PrincipalOrgID, ScopeVariables.IsOrganizationIdName, Placeholder),
    };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PublicPrincipal);

    protected override string EquivalenceKey => Key;

    protected override async Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => await MemberInsertion.CanAddAsync(document, node, new[] { GrantMembers.PrincipalOrgID }, cancellationToken).ConfigureAwait(false)
            ? "Restrict to your organization: add PrincipalOrgID"
            : null;

    protected override Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => MemberInsertion.AddAsync(document, node, Members, cancellationToken);
}
