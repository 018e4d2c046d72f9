using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// LPA0008: a known RevisionId. Lambda gives a policy a new revision id on every change, and a request whose
/// RevisionId is not the current one fails with PreconditionFailedException: a value fixed at compile time is stale
/// after the first change. <see langword="null"/>, partly known and unknown values are never reported.
/// </summary>
internal sealed class FixedRevisionIdRule : GrantRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.FixedRevisionId,
        title: "RevisionId is fixed at compile time",
        messageFormat: "RevisionId '{0}' is fixed at compile time; Lambda gives the policy a new revision id on every change, so this request fails with PreconditionFailedException once the policy has changed: read RevisionId from GetPolicy's response, or leave it unset",
        RuleCategories.Correctness,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "RevisionId makes a permission change conditional on the policy's current revision. Lambda generates a new revision id whenever the policy changes, so only a value read at run time (GetPolicy, GetLayerVersionPolicy) can match it.",
        helpLinkUri: HelpLinks.For(RuleIds.FixedRevisionId),
        customTags: RuleTags.WrongValue);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>The policy operations that take a RevisionId: add and remove, on functions and on layer versions.</summary>
    public override bool AppliesTo(GrantKind kind)
        => kind.Action is GrantAction.AddFunctionStatement or GrantAction.RemoveFunctionStatement or GrantAction.AddLayerStatement or GrantAction.RemoveLayerStatement;

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        foreach (var write in grant.Writes)
        {
            if (write.Member == GrantMembers.RevisionId && write.Value.IsKnown && !write.Value.IsNull)
            {
                context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, write.Value.Display()));
            }
        }
    }
}
