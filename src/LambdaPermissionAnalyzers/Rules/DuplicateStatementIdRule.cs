using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// LPA0006: two grants sent in one method with the same known StatementId for the same function and qualifier: the
/// second call fails with ResourceConflictException. Reported on the second one.
/// </summary>
internal sealed class DuplicateStatementIdRule : GrantSetRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.DuplicateStatementId,
        title: "Statement id is used twice for the same function",
        messageFormat: "StatementId '{0}' is already used by the grant on line {1} for the same {2}; this request fails with ResourceConflictException: give each statement its own id",
        RuleCategories.Correctness,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Statement ids are unique within a function's policy (one policy per function, version or alias). Adding a second statement with an existing id fails with ResourceConflictException.",
        helpLinkUri: HelpLinks.For(RuleIds.DuplicateStatementId));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(ImmutableArray<Grant> grants, in GrantRuleContext context)
    {
        for (var i = 1; i < grants.Length; i++)
        {
            var later = grants[i];
            if (!later.IsSent || !AddsStatement(later) || StatementId(later) is not { } id)
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                var earlier = grants[j];
                if (earlier.IsSent
                    && earlier.Kind.Action == later.Kind.Action
                    && StatementId(earlier) == id
                    && SameTarget(earlier, later)
                    && !RemovedBetween(grants, j, i, id, later))
                {
                    var line = earlier[GrantMembers.StatementId].Writes[0].ValueLocation.GetLineSpan().StartLinePosition.Line + 1;
                    var target = later.Kind.Action == GrantAction.AddLayerStatement ? "layer version" : "function";
                    context.Report(Diagnostic.Create(Descriptor, later[GrantMembers.StatementId].Writes[0].ValueLocation, id, line, target));
                    break;
                }
            }
        }
    }

    private static bool AddsStatement(Grant grant) => grant.Kind.Action is GrantAction.AddFunctionStatement or GrantAction.AddLayerStatement;

    /// <summary>Certainly the same policy: the same function and qualifier, or the same layer version.</summary>
    private static bool SameTarget(Grant earlier, Grant later) => later.Kind.Action == GrantAction.AddLayerStatement
        ? ValueIdentity.Same(earlier[GrantMembers.LayerName], later[GrantMembers.LayerName]) && ValueIdentity.Same(earlier[GrantMembers.VersionNumber], later[GrantMembers.VersionNumber])
        : ValueIdentity.Same(earlier[GrantMembers.FunctionName], later[GrantMembers.FunctionName]) && ValueIdentity.Same(earlier[GrantMembers.Qualifier], later[GrantMembers.Qualifier]);

    /// <summary>A RemovePermission between the two that may remove the statement: re-adding it is the usual way to replace one.</summary>
    private static bool RemovedBetween(ImmutableArray<Grant> grants, int from, int to, string id, Grant added)
    {
        for (var k = from + 1; k < to; k++)
        {
            var removal = grants[k];
            if (removal.Kind.Action == GrantAction.RemoveFunctionStatement
                && added.Kind.Action == GrantAction.AddFunctionStatement
                && (!removal[GrantMembers.StatementId].Value.IsKnown || removal[GrantMembers.StatementId].Value.Text == id)
                && FunctionTarget.MayBeSame(removal, added))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The statement id when it is written once with a known value.</summary>
    private static string? StatementId(Grant grant)
    {
        var member = grant[GrantMembers.StatementId];
        return member.Writes.Length == 1 && member.Value.IsKnown ? member.Value.Text : null;
    }
}
