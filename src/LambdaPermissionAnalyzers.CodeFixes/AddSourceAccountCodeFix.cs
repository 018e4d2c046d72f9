using System.Collections.Immutable;
using System.Composition;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>
/// LPA0101: adds SourceAccount, from an in-scope variable whose name fits (in a CDK stack, the stack's account), else
/// a placeholder that stays reported.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddSourceAccountCodeFix))]
[Shared]
public sealed class AddSourceAccountCodeFix : AddMemberCodeFix
{
    public const string Key = "LPA0101.AddSourceAccount";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SourceArnWithoutAccount);

    protected override string EquivalenceKey => Key;

    protected override string Title => "Add SourceAccount";

    private protected override MemberToAdd Member { get; } = new(GrantMembers.SourceAccount, ScopeVariables.IsAccountName, SourceRestriction.AccountPlaceholder, CdkResources.StackAccount);
}
