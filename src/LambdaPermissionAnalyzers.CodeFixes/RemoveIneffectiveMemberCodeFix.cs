using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>LPA0007: removes the member that has no effect with the grant's action or principal.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveIneffectiveMemberCodeFix))]
[Shared]
public sealed class RemoveIneffectiveMemberCodeFix : RemoveMemberCodeFix
{
    public const string Key = "LPA0007.RemoveMember";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MemberWithoutEffect);

    protected override string EquivalenceKey => Key;

    protected override string Title => "Remove the member that has no effect";
}
