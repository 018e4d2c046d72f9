using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LambdaPermissionAnalyzers.Configuration;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Readers;
using LambdaPermissionAnalyzers.Roslyn;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// Every rule of the assembly: each <see cref="GrantRule"/> and <see cref="GrantSetRule"/> class, created once, in the
/// order of their first id. A new rule is a class in Rules/ and a line here (a test fails until it has one, or when the
/// order is wrong). <see cref="Run"/> runs them all on the grants of one body, for <see cref="GrantAnalyzer"/> and for
/// the suppressor that needs to know what they find.
/// </summary>
/// <remarks>
/// Listed, not found by reflection: the driver asks for <see cref="Descriptors"/> in every build, with or without the
/// AWS libraries, and a scan of the assembly's types was the largest part of this analyzer's cost in a project
/// without them (see docs/benchmarks.md, cold start).
/// </remarks>
internal static class GrantRules
{
    /// <summary>The rules that judge one grant at a time, in the order of their first id.</summary>
    internal static readonly ImmutableArray<GrantRule> Single = ImmutableArray.Create<GrantRule>(
        new RequiredMembersRule(),
        new LatestQualifierRule(),
        new FunctionNameRule(),
        new InvalidValueRule(),
        new ConflictingQualifierRule(),
        new IneffectiveMemberRule(),
        new FixedRevisionIdRule(),
        new ConfusedDeputyRule(),
        new SourceArnAccountRule(),
        new MismatchedSourceRule(),
        new PublicPrincipalRule(),
        new WildcardActionRule(),
        new WildcardSourceArnRule(),
        new PlaceholderValueRule(),
        new PublicFunctionUrlRule(),
        new FunctionUrlAuthTypeRule(),
        new CredentialedWildcardOriginRule(),
        new PublicLayerRule(),
        new UnusedPermissionRule());

    /// <summary>The rules that compare the grants of one method, in the order of their first id.</summary>
    internal static readonly ImmutableArray<GrantSetRule> Sets = ImmutableArray.Create<GrantSetRule>(
        new DuplicateStatementIdRule(),
        new FunctionUrlCompanionRule());

    /// <summary>The descriptors of every rule, in the order of the rules.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = CollectDescriptors();

    /// <summary>Runs every rule on the grants <paramref name="read"/> found in a body of <paramref name="tree"/>; the findings are not placed yet (see <see cref="GrantAnalyzer"/>).</summary>
    public static List<Diagnostic> Run(BodyRead read, ProjectSettings settings, SyntaxTree tree, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var ruleContext = new GrantRuleContext(diagnostics.Add, settings, tree, cancellationToken);
        // Set rules compare the grants of one method: a lambda or local function is a method of its own.
        Dictionary<IOperation, List<Grant>>? byFunction = null;
        for (var i = 0; i < read.Grants.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var grant = read.Grants[i];
            foreach (var rule in Single)
            {
                if (rule.AppliesTo(grant.Kind))
                {
                    rule.Analyze(grant, ruleContext);
                }
            }

            byFunction ??= new Dictionary<IOperation, List<Grant>>();
            var function = read.Anchors[i].EnclosingFunction();
            if (!byFunction.TryGetValue(function, out var grants))
            {
                grants = new List<Grant>();
                byFunction.Add(function, grants);
            }

            grants.Add(grant);
        }

        if (byFunction is not null)
        {
            foreach (var grants in byFunction.Values)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var inOrder = grants.OrderBy(static grant => grant.Position).ToImmutableArray();
                foreach (var rule in Sets)
                {
                    rule.Analyze(inOrder, ruleContext);
                }
            }
        }

        return diagnostics;
    }

    private static ImmutableArray<DiagnosticDescriptor> CollectDescriptors()
    {
        var builder = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        foreach (var rule in Single)
        {
            builder.AddRange(rule.SupportedDiagnostics);
        }

        foreach (var rule in Sets)
        {
            builder.AddRange(rule.SupportedDiagnostics);
        }

        return builder.ToImmutable();
    }
}
