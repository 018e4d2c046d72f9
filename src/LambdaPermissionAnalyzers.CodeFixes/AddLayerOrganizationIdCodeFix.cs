using System.Collections.Immutable;
using System.Composition;
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
public sealed class AddLayerOrganizationIdCodeFix : AddMemberCodeFix
{
    public const string Key = "LPA0300.AddOrganizationId";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PublicLayer);

    protected override string EquivalenceKey => Key;

    protected override string Title => "Share with your organization only: add OrganizationId";

    private protected override MemberToAdd Member { get; } = new(GrantMembers.OrganizationId, ScopeVariables.IsOrganizationIdName, AddPrincipalOrgIdCodeFix.Placeholder);
}
