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
        messageFormat: "StatementId '{0}' {1}; this request fails with ResourceConflictException: {2}",
        RuleCategories.Correctness,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Statement ids are unique within a function's policy (one policy per function, version or alias). Adding a second statement with an existing id fails with ResourceConflictException, whether the second grant is another call or the next iteration of a loop.",
        helpLinkUri: HelpLinks.For(RuleIds.DuplicateStatementId));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>Diagnostic property: the loop's integral iteration variable, which the fix appends to the id.</summary>
    public const string IterationVariableProperty = "IterationVariable";

    /// <summary>Diagnostic property: <c>true</c> when the id repeats across the iterations of one loop.</summary>
    public const string InLoopProperty = "InLoop";

    public override void Analyze(ImmutableArray<Grant> grants, in GrantRuleContext context)
    {
        foreach (var grant in grants)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (RepeatsInLoop(grant, grants) is { } repetition)
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(InLoopProperty, "true");
                if (repetition.IterationVariable is { } variable)
                {
                    properties = properties.Add(IterationVariableProperty, variable);
                }

                var target = grant.Kind.Action == GrantAction.AddLayerStatement ? "layer version" : "function";
                context.Report(Diagnostic.Create(
                    Descriptor,
                    grant[GrantMembers.StatementId].Writes[0].ValueLocation,
                    properties,
                    grant[GrantMembers.StatementId].Value.Display(),
                    "is the same on every iteration of this " + repetition.LoopDescription + " loop, and so is the " + target,
                    "the second iteration's request fails; make the id unique per iteration"));
            }
        }

        for (var i = 1; i < grants.Length; i++)
        {
            var later = grants[i];
            var id = later.IsSent && AddsStatement(later) ? StatementId(later) : null;
            if (id is null)
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
                    // A grant that another method sends with a call's arguments is named by the call.
                    var earlierLocation = earlier.Flow.Origin is { } origin ? origin.Call.Syntax.GetLocation() : earlier[GrantMembers.StatementId].Writes[0].ValueLocation;
                    var line = earlierLocation.GetLineSpan().StartLinePosition.Line + 1;
                    var by = earlier.Flow.Origin is null ? "the grant on line " : "the grant sent through the call on line ";
                    var target = later.Kind.Action == GrantAction.AddLayerStatement ? "layer version" : "function";
                    context.Report(Diagnostic.Create(
                        Descriptor,
                        later[GrantMembers.StatementId].Writes[0].ValueLocation,
                        id,
                        "is already used by " + by + line + " for the same " + target,
                        "give each statement its own id"));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A grant sent once per iteration of a loop whose id and target are the same on every iteration, with no removal of
    /// that statement earlier in the same loop.
    /// </summary>
    private static RepeatedSend? RepeatsInLoop(Grant grant, ImmutableArray<Grant> grants)
    {
        var repetition = grant.IsSent && AddsStatement(grant) ? grant.Flow.Repetition : null;
        var id = StatementId(grant);
        if (repetition is null || id is null || !repetition.SameEveryIteration.Contains(GrantMembers.StatementId))
        {
            return null;
        }

        var identity = grant.Kind.Action == GrantAction.AddLayerStatement
            ? new[] { GrantMembers.LayerName, GrantMembers.VersionNumber }
            : new[] { GrantMembers.FunctionName, GrantMembers.Qualifier };
        foreach (var member in identity)
        {
            if (!repetition.SameEveryIteration.Contains(member) || (member != GrantMembers.Qualifier && grant[member].Writes.IsEmpty))
            {
                return null;
            }
        }

        foreach (var other in grants)
        {
            if (other.Kind.Action is GrantAction.RemoveFunctionStatement or GrantAction.RemoveLayerStatement
                && other.IsSent
                && other.Flow.Repetition?.Loop == repetition.Loop
                && other.Position < grant.Position
                && (!other[GrantMembers.StatementId].Value.IsKnown || other[GrantMembers.StatementId].Value.Text == id))
            {
                return null;
            }
        }

        return repetition;
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
