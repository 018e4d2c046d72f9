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

namespace LambdaPermissionAnalyzers.Benchmarks.Telemetry;

/// <summary>
/// The <c>--telemetry</c> mode: runs GrantAnalyzer and the yardstick together in one
/// <see cref="CompilationWithAnalyzers"/> that logs analyzer execution time (what <c>-p:ReportAnalyzer=true</c>
/// prints), several times per project variant, and writes Markdown tables of the per-analyzer times, their
/// ratio and the actions each analyzer registered. Concurrent by default, as in a build; sequential on request,
/// where no callback's stopwatch runs while the analysis's other thread holds the core it needs.
/// </summary>
internal sealed class TelemetryReport
{
    private readonly TextWriter _output;
    private readonly int _warmups;
    private readonly int _runs;
    private readonly bool _concurrent;
    private readonly CorpusVariant? _only;

    public TelemetryReport(TextWriter output, int warmups, int runs, bool concurrent, CorpusVariant? only = null)
    {
        _only = only;
        _output = output;
        _warmups = warmups;
        _runs = runs;
        _concurrent = concurrent;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var mode = _concurrent ? "concurrent" : "sequential (one thread)";
        Write(Invariant($"Analyzer telemetry: GrantAnalyzer and the yardstick in one {mode} CompilationWithAnalyzers with logAnalyzerExecutionTime: true; {_warmups} warm-up and {_runs} measured compilations per project."));
        Write(Invariant($"Reference assemblies: {ReferenceAssemblies.FrameworkSource}"));
        foreach (var variant in Enum.GetValues<CorpusVariant>())
        {
            if (_only is { } only && only != variant)
            {
                continue;
            }

            await ReportAsync(BenchmarkProject.Load(variant), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReportAsync(BenchmarkProject project, CancellationToken cancellationToken)
    {
        var grant = new GrantAnalyzer();
        var yardstick = new ObjectCreationYardstickAnalyzer();
        for (var i = 0; i < _warmups; i++)
        {
            await MeasureAsync(project, grant, yardstick, grantFirst: i % 2 == 0, _concurrent, cancellationToken).ConfigureAwait(false);
        }

        var samples = new List<TelemetrySample>(_runs);
        for (var i = 0; i < _runs; i++)
        {
            samples.Add(await MeasureAsync(project, grant, yardstick, grantFirst: i % 2 == 0, _concurrent, cancellationToken).ConfigureAwait(false));
        }

        var corpus = project.Corpus;
        Write();
        Write(Invariant($"## {corpus.Variant}: {corpus.Files.Length} files, {project.LineCount:N0} lines, {corpus.GrantCount} grants, {corpus.ExpectedGrantDiagnostics.Length} expected diagnostics"));
        Write();
        WriteTimes(samples);
        Write();
        WriteActionCounts(samples[^1]);
        Write();
        Write(Invariant($"The yardstick matched {samples[^1].YardstickMatches} AddPermissionRequest creations per compilation."));
    }

    private void WriteTimes(List<TelemetrySample> samples)
    {
        Write("| Run | Listed first | Compilation (ms) | GrantAnalyzer (ms) | Yardstick (ms) | GrantAnalyzer / yardstick |");
        Write("|---:|---|---:|---:|---:|---:|");
        for (var i = 0; i < samples.Count; i++)
        {
            var sample = samples[i];
            var first = sample.GrantFirst ? "GrantAnalyzer" : "yardstick";
            Write(Invariant($"| {i + 1} | {first} | {Milliseconds(sample.Elapsed)} | {Milliseconds(sample.Grant.ExecutionTime)} | {Milliseconds(sample.Yardstick.ExecutionTime)} | {sample.Ratio:F2} |"));
        }

        WriteSummaryRow("**median**", samples, Median, bold: true);
        WriteSummaryRow("median, listed second", samples, Median, bold: false, grantRuns: samples.Where(sample => !sample.GrantFirst), yardstickRuns: samples.Where(sample => sample.GrantFirst));
        WriteSummaryRow("total", samples, Total, bold: false);
        Write();

        var share = TelemetrySample.RatioOf(Median(samples.Select(sample => sample.Grant.ExecutionTime)), Median(samples.Select(sample => sample.Elapsed)));
        Write(Invariant($"GrantAnalyzer's median execution time is {share:P2} of the median analyzed compilation."));
    }

    /// <summary>
    /// One aggregate row. Each analyzer's column can be taken over its own subset of runs: listed second, an
    /// analyzer no longer pays for the symbol tables the first one built, which leaves its own work.
    /// </summary>
    private void WriteSummaryRow(
        string label,
        List<TelemetrySample> samples,
        Func<IEnumerable<TimeSpan>, TimeSpan> aggregate,
        bool bold,
        IEnumerable<TelemetrySample>? grantRuns = null,
        IEnumerable<TelemetrySample>? yardstickRuns = null)
    {
        var elapsed = aggregate(samples.Select(sample => sample.Elapsed));
        var grant = aggregate((grantRuns ?? samples).Select(sample => sample.Grant.ExecutionTime));
        var yardstick = aggregate((yardstickRuns ?? samples).Select(sample => sample.Yardstick.ExecutionTime));
        var mark = bold ? "**" : string.Empty;
        Write(Invariant($"| {label} | | {Milliseconds(elapsed)} | {mark}{Milliseconds(grant)}{mark} | {mark}{Milliseconds(yardstick)}{mark} | {mark}{TelemetrySample.RatioOf(grant, yardstick):F2}{mark} |"));
    }

    /// <summary>The kinds of action either analyzer registered, and always operation actions.</summary>
    private void WriteActionCounts(TelemetrySample sample)
    {
        Write("| Registered actions | GrantAnalyzer | Yardstick |");
        Write("|---|---:|---:|");
        foreach (var (label, count) in ActionKinds.All)
        {
            var grantCount = count(sample.Grant);
            var yardstickCount = count(sample.Yardstick);
            if (grantCount != 0 || yardstickCount != 0 || label == ActionKinds.Operation)
            {
                Write(Invariant($"| {label} | {grantCount} | {yardstickCount} |"));
            }
        }
    }

    /// <summary>
    /// One compilation with both analyzers. <see cref="CompilationWithAnalyzers.GetAnalysisResultAsync(CancellationToken)"/>
    /// rather than <c>GetAllDiagnosticsAsync</c>: only the former records execution times (the latter runs a
    /// throw-away driver whose timings are never kept). The first analyzer to resolve a type pays for the
    /// compilation's lazily built symbol tables, so runs alternate which analyzer comes first.
    /// </summary>
    private static async Task<TelemetrySample> MeasureAsync(
        BenchmarkProject project,
        GrantAnalyzer grant,
        ObjectCreationYardstickAnalyzer yardstick,
        bool grantFirst,
        bool concurrent,
        CancellationToken cancellationToken)
    {
        var matchesBefore = yardstick.Matches;
        var analyzers = grantFirst
            ? ImmutableArray.Create<DiagnosticAnalyzer>(grant, yardstick)
            : ImmutableArray.Create<DiagnosticAnalyzer>(yardstick, grant);
        var compilation = project.CreateCompilationWithAnalyzers(analyzers, logAnalyzerExecutionTime: true, concurrent);
        var stopwatch = Stopwatch.StartNew();
        var result = await compilation.GetAnalysisResultAsync(cancellationToken).ConfigureAwait(false);
        var elapsed = stopwatch.Elapsed;
        DiagnosticCheck.Verify(project.Corpus, result.GetAllDiagnostics(), grantAnalyzerRan: true);

        return new TelemetrySample(
            grantFirst,
            elapsed,
            result.AnalyzerTelemetryInfo[grant],
            result.AnalyzerTelemetryInfo[yardstick],
            yardstick.Matches - matchesBefore);
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return TimeSpan.Zero;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static TimeSpan Total(IEnumerable<TimeSpan> values) => values.Aggregate(TimeSpan.Zero, (sum, value) => sum + value);

    private static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);

    private void Write(string line = "") => _output.WriteLine(line);
}
