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
/// order of their first id. A new rule is a class in Rules/; nothing else lists it. <see cref="Run"/> runs them all on
/// the grants of one body, for <see cref="GrantAnalyzer"/> and for the suppressor that needs to know what they find.
/// </summary>
internal static class GrantRules
{
    private static readonly ImmutableArray<GrantRule> Single = CreateAll<GrantRule>();

    private static readonly ImmutableArray<GrantSetRule> Sets = CreateAll<GrantSetRule>();

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

    private static ImmutableArray<T> CreateAll<T>()
        where T : class
    {
        var rules = new List<(string FirstId, T Rule)>();
        foreach (var type in typeof(GrantRules).Assembly.GetTypes())
        {
            if (!type.IsAbstract && typeof(T).IsAssignableFrom(type) && type.GetConstructor(System.Type.EmptyTypes) is { } constructor)
            {
                var rule = (T)constructor.Invoke(null);
                var descriptors = rule switch
                {
                    GrantRule single => single.SupportedDiagnostics,
                    GrantSetRule set => set.SupportedDiagnostics,
                    _ => ImmutableArray<DiagnosticDescriptor>.Empty,
                };
                rules.Add((descriptors.IsEmpty ? type.Name : descriptors[0].Id, rule));
            }
        }

        return rules.OrderBy(static r => r.FirstId, System.StringComparer.Ordinal).Select(static r => r.Rule).ToImmutableArray();
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
