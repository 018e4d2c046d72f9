using System.Collections.Immutable;
using System.Composition;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>
/// LPA0103: adds PrincipalOrgID (CDK: OrganizationId, PrincipalOrgId), so only accounts of the organization get the
/// grant; from an in-scope variable whose name fits, else the placeholder <c>o-&lt;organization-id&gt;</c>, which
/// LPA0004 reports until it is replaced.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPrincipalOrgIdCodeFix))]
[Shared]
public sealed class AddPrincipalOrgIdCodeFix : AddMemberCodeFix
{
    public const string Key = "LPA0103.AddPrincipalOrgID";

    public const string Placeholder = "o-<organization-id>";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PublicPrincipal);

    protected override string EquivalenceKey => Key;

    protected override string Title => "Restrict to your organization: add PrincipalOrgID";

    private protected override MemberToAdd Member { get; } = new(GrantMembers.PrincipalOrgID, ScopeVariables.IsOrganizationIdName, Placeholder);
}
