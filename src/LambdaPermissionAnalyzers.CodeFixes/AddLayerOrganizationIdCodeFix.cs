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
/// LPA0300: adds OrganizationId to a public layer permission, so only accounts of the organization can use the layer;
/// from an in-scope variable whose name fits, else the placeholder <c>o-&lt;organization-id&gt;</c>, which LPA0004
/// reports until it is replaced.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddLayerOrganizationIdCodeFix))]
[Shared]
public sealed class AddLayerOrganizationIdCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0300.AddOrganizationId";

    private static readonly MemberToAdd[] Members =
    {
        new(GrantMembers.OrganizationId, ScopeVariables.IsOrganizationIdName, AddPrincipalOrgIdCodeFix.Placeholder),
    };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PublicLayer);

    protected override string EquivalenceKey => Key;

    protected override async Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => await MemberInsertion.CanAddAsync(document, node, new[] { GrantMembers.OrganizationId }, cancellationToken).ConfigureAwait(false)
            ? "Share with your organization only: add OrganizationId"
            : null;

    protected override Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => MemberInsertion.AddAsync(document, node, Members, cancellationToken);
}
