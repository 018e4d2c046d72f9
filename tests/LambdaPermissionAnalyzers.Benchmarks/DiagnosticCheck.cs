using System;
using System.Collections.Immutable;
using System.Linq;
using LambdaPermissionAnalyzers.Benchmarks.Analyzers;
using LambdaPermissionAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Benchmarks;

/// <summary>
/// Guards the measurement: the generated project must compile cleanly (no warning or error, no analyzer
/// exception; the SDK-shaped comparison analyzer's warnings on values are its work, not the project's), and
/// GrantAnalyzer, when it ran, must report exactly the diagnostics the grants were written to produce. A benchmark that measured a broken corpus or an analyzer that found nothing would be worthless.
/// </summary>
internal static class DiagnosticCheck
{
    private static readonly ImmutableHashSet<string> GrantRuleIds =
        new GrantAnalyzer().SupportedDiagnostics.Select(descriptor => descriptor.Id).ToImmutableHashSet(StringComparer.Ordinal);

    public static void Verify(GeneratedCorpus corpus, ImmutableArray<Diagnostic> diagnostics, bool grantAnalyzerRan)
    {
        var unexpected = diagnostics
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning && !GrantRuleIds.Contains(diagnostic.Id) && !Lineup.ComparisonIds.Contains(diagnostic.Id))
            .ToList();
        if (unexpected.Count > 0)
        {
            throw new InvalidOperationException(
                $"The {corpus.Spec} project does not compile cleanly ({unexpected.Count} diagnostics), first: {unexpected[0]}");
        }

        var reported = diagnostics
            .Where(diagnostic => GrantRuleIds.Contains(diagnostic.Id))
            .Select(diagnostic => diagnostic.Id)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToImmutableArray();
        var expected = grantAnalyzerRan ? corpus.ExpectedGrantDiagnostics : ImmutableArray<string>.Empty;
        if (!reported.SequenceEqual(expected, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"GrantAnalyzer reported [{string.Join(", ", reported)}] on the {corpus.Spec} project; expected [{string.Join(", ", expected)}].");
        }
    }
}
