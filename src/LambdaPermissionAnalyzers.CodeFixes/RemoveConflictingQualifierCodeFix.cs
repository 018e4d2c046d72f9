using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>LPA0005: removes the Qualifier, so the qualifier in the function name decides.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveConflictingQualifierCodeFix))]
[Shared]
public sealed class RemoveConflictingQualifierCodeFix : RemoveMemberCodeFix
{
    public const string Key = "LPA0005.RemoveQualifier";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ConflictingQualifiers);

    protected override string EquivalenceKey => Key;

    protected override string Title => "Remove the Qualifier (the function name's qualifier applies)";
}
