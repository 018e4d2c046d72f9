using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.Benchmarks.Analyzers;
using LambdaPermissionAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis.Diagnostics;
using static System.FormattableString;
using static LambdaPermissionAnalyzers.Benchmarks.Statistics;

namespace LambdaPermissionAnalyzers.Benchmarks.Telemetry;

/// <summary>
/// The <c>--telemetry</c> mode: runs the whole <see cref="Lineup"/> together in one <see cref="CompilationWithAnalyzers"/>
/// that logs analyzer execution time (what <c>-p:ReportAnalyzer=true</c> prints), several times per project, and writes
/// Markdown tables of each analyzer's time, its ratio to the yardstick and the actions it registered. The
/// <see cref="SymbolTablesAnalyzer"/> is always listed first, so no measured analyzer pays for the compilation's symbol
/// tables; the measured ones rotate through the other places. Concurrent by default, as in a build; sequential on
/// request, where no callback's stopwatch runs while the analysis's other thread holds the core it needs.
/// </summary>
internal sealed class TelemetryReport
{
    private readonly TextWriter _output;
    private readonly int _warmups;
    private readonly int _runs;
    private readonly bool _concurrent;
    private readonly CorpusSpec? _only;
    private readonly int _firstRotation;

    /// <param name="firstRotation">The place the line-up starts rotating from (the cold mode runs one compilation per process, each from another place).</param>
    public TelemetryReport(TextWriter output, int warmups, int runs, bool concurrent, CorpusSpec? only = null, int firstRotation = 0)
    {
        _only = only;
        _firstRotation = firstRotation;
        _output = output;
        _warmups = warmups;
        _runs = runs;
        _concurrent = concurrent;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var mode = _concurrent ? "concurrent" : "sequential (one thread)";
        Write(Invariant($"Analyzer telemetry: {string.Join(", ", Lineup.Create().Select(analyzer => analyzer.Name))} in one {mode} CompilationWithAnalyzers with logAnalyzerExecutionTime: true, behind an analyzer that builds the symbol tables; {_warmups} warm-up and {_runs} measured compilations per project."));
        Write(Invariant($"Reference assemblies: {ReferenceAssemblies.FrameworkSource}"));
        foreach (var spec in _only is { } only ? ImmutableArray.Create(only) : CorpusSpec.Standard)
        {
            await ReportAsync(BenchmarkProject.Load(spec), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReportAsync(BenchmarkProject project, CancellationToken cancellationToken)
    {
        var lineup = Lineup.Create();
        for (var i = 0; i < _warmups; i++)
        {
            await MeasureAsync(project, lineup, rotation: _firstRotation + i, _concurrent, cancellationToken).ConfigureAwait(false);
        }

        var samples = new List<TelemetrySample>(_runs);
        for (var i = 0; i < _runs; i++)
        {
            samples.Add(await MeasureAsync(project, lineup, rotation: _firstRotation + i, _concurrent, cancellationToken).ConfigureAwait(false));
        }

        var corpus = project.Corpus;
        Write();
        Write(Invariant($"## {corpus.Spec}: {corpus.Files.Length} files, {project.LineCount:N0} lines, {corpus.GrantCount} grants, {corpus.ExpectedGrantDiagnostics.Length} expected diagnostics"));
        Write();
        WriteTimes(lineup, samples);
        Write();
        WriteActionCounts(lineup, samples[^1]);
        Write();
        Write(Invariant($"The yardstick matched {samples[^1].YardstickMatches} AddPermissionRequest creations per compilation."));
    }

    private void WriteTimes(ImmutableArray<MeasuredAnalyzer> lineup, List<TelemetrySample> samples)
    {
        Write(Invariant($"| Run | Compilation (ms) | {string.Join(" | ", lineup.Select(analyzer => analyzer.Name + " (ms)"))} |"));
        Write(Invariant($"|---:|---:|{string.Concat(lineup.Select(_ => "---:|"))}"));
        for (var i = 0; i < samples.Count; i++)
        {
            var sample = samples[i];
            Write(Invariant($"| {i + 1} | {Milliseconds(sample.Elapsed)} | {string.Join(" | ", lineup.Select(analyzer => Milliseconds(sample.ByAnalyzer[analyzer.Name].ExecutionTime)))} |"));
        }

        var medians = lineup.ToDictionary(analyzer => analyzer.Name, analyzer => Median(samples.Select(sample => sample.ByAnalyzer[analyzer.Name].ExecutionTime)));
        Write(Invariant($"| **median** | {Milliseconds(Median(samples.Select(sample => sample.Elapsed)))} | {string.Join(" | ", lineup.Select(analyzer => "**" + Milliseconds(medians[analyzer.Name]) + "**"))} |"));
        Write();

        var yardstick = medians[Lineup.Yardstick];
        Write("| Analyzer | Median (ms) | Over the yardstick (medians) | Over the yardstick (median of the per-run ratios) | Share of the compilation |");
        Write("|---|---:|---:|---:|---:|");
        var elapsed = Median(samples.Select(sample => sample.Elapsed));
        foreach (var analyzer in lineup)
        {
            var pairedMedian = Median(samples.Select(sample => TelemetrySample.RatioOf(sample.ByAnalyzer[analyzer.Name].ExecutionTime, sample.ByAnalyzer[Lineup.Yardstick].ExecutionTime)));
            Write(Invariant($"| {analyzer.Name} | {Milliseconds(medians[analyzer.Name])} | {TelemetrySample.RatioOf(medians[analyzer.Name], yardstick):F2}x | {pairedMedian:F2}x | {TelemetrySample.RatioOf(medians[analyzer.Name], elapsed):P2} |"));
        }
    }

    /// <summary>The kinds of action any analyzer registered, and always operation actions.</summary>
    private void WriteActionCounts(ImmutableArray<MeasuredAnalyzer> lineup, TelemetrySample sample)
    {
        Write(Invariant($"| Registered actions | {string.Join(" | ", lineup.Select(analyzer => analyzer.Name))} |"));
        Write(Invariant($"|---|{string.Concat(lineup.Select(_ => "---:|"))}"));
        foreach (var (label, count) in ActionKinds.All)
        {
            var counts = lineup.Select(analyzer => count(sample.ByAnalyzer[analyzer.Name])).ToArray();
            if (counts.Any(value => value != 0) || label == ActionKinds.Operation)
            {
                Write(Invariant($"| {label} | {string.Join(" | ", counts)} |"));
            }
        }
    }

    /// <summary>
    /// One compilation with every analyzer. <see cref="CompilationWithAnalyzers.GetAnalysisResultAsync(CancellationToken)"/>
    /// rather than <c>GetAllDiagnosticsAsync</c>: only the former records execution times (the latter runs a
    /// throw-away driver whose timings are never kept). The measured analyzers rotate one place per run.
    /// </summary>
    private static async Task<TelemetrySample> MeasureAsync(
        BenchmarkProject project,
        ImmutableArray<MeasuredAnalyzer> lineup,
        int rotation,
        bool concurrent,
        CancellationToken cancellationToken)
    {
        var yardstick = (ObjectCreationYardstickAnalyzer)lineup.Single(analyzer => analyzer.Name == Lineup.Yardstick).Analyzer;
        var matchesBefore = yardstick.Matches;
        var order = Enumerable.Range(0, lineup.Length).Select(i => lineup[(i + rotation) % lineup.Length]).ToArray();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new SymbolTablesAnalyzer()).AddRange(order.Select(analyzer => analyzer.Analyzer));
        var compilation = project.CreateCompilationWithAnalyzers(analyzers, logAnalyzerExecutionTime: true, concurrent);
        var stopwatch = Stopwatch.StartNew();
        var result = await compilation.GetAnalysisResultAsync(cancellationToken).ConfigureAwait(false);
        var elapsed = stopwatch.Elapsed;
        DiagnosticCheck.Verify(project.Corpus, result.GetAllDiagnostics(), grantAnalyzerRan: true);

        return new TelemetrySample(
            order.Select(analyzer => analyzer.Name).ToArray(),
            elapsed,
            lineup.ToDictionary(analyzer => analyzer.Name, analyzer => result.AnalyzerTelemetryInfo[analyzer.Analyzer]),
            yardstick.Matches - matchesBefore);
    }

    private static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);

    private void Write(string line = "") => _output.WriteLine(line);
}
