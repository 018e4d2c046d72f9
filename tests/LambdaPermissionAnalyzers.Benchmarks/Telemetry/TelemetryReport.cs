using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
/// ratio and the actions each analyzer registered.
/// </summary>
internal sealed class TelemetryReport
{
    private readonly TextWriter _output;
    private readonly int _warmups;
    private readonly int _runs;

    public TelemetryReport(TextWriter output, int warmups, int runs)
    {
        _output = output;
        _warmups = warmups;
        _runs = runs;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Write(Invariant($"Analyzer telemetry: GrantAnalyzer and the yardstick in one concurrent CompilationWithAnalyzers with logAnalyzerExecutionTime: true; {_warmups} warm-up and {_runs} measured compilations per project."));
        Write(Invariant($"Reference assemblies: {ReferenceAssemblies.FrameworkSource}"));
        foreach (var variant in Enum.GetValues<CorpusVariant>())
        {
            await ReportAsync(BenchmarkProject.Load(variant), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReportAsync(BenchmarkProject project, CancellationToken cancellationToken)
    {
        var grant = new GrantAnalyzer();
        var yardstick = new ObjectCreationYardstickAnalyzer();
        for (var i = 0; i < _warmups; i++)
        {
            await MeasureAsync(project, grant, yardstick, cancellationToken).ConfigureAwait(false);
        }

        var samples = new List<TelemetrySample>(_runs);
        for (var i = 0; i < _runs; i++)
        {
            samples.Add(await MeasureAsync(project, grant, yardstick, cancellationToken).ConfigureAwait(false));
        }

        var corpus = project.Corpus;
        Write();
        Write(Invariant($"## {corpus.Variant}: {corpus.Files.Length} files, {project.LineCount:N0} lines, {corpus.GrantCount} grants, {corpus.ExpectedGrantDiagnostics.Length} expected diagnostics"));
        Write();
        Write("| Run | GrantAnalyzer (ms) | Yardstick (ms) | GrantAnalyzer / yardstick |");
        Write("|---:|---:|---:|---:|");
        for (var i = 0; i < samples.Count; i++)
        {
            var sample = samples[i];
            Write(Invariant($"| {i + 1} | {Milliseconds(sample.Grant.ExecutionTime)} | {Milliseconds(sample.Yardstick.ExecutionTime)} | {sample.Ratio:F2} |"));
        }

        var grantMedian = Median(samples.Select(sample => sample.Grant.ExecutionTime));
        var yardstickMedian = Median(samples.Select(sample => sample.Yardstick.ExecutionTime));
        Write(Invariant($"| **median** | **{Milliseconds(grantMedian)}** | **{Milliseconds(yardstickMedian)}** | **{TelemetrySample.RatioOf(grantMedian, yardstickMedian):F2}** |"));
        Write();

        var last = samples[^1];
        Write("| Registered actions | GrantAnalyzer | Yardstick |");
        Write("|---|---:|---:|");
        Write(Invariant($"| compilation start | {last.Grant.CompilationStartActionsCount} | {last.Yardstick.CompilationStartActionsCount} |"));
        Write(Invariant($"| operation | {last.Grant.OperationActionsCount} | {last.Yardstick.OperationActionsCount} |"));
        Write();
        Write(Invariant($"The yardstick matched {last.YardstickMatches} AddPermissionRequest creations per compilation."));
    }

    /// <summary>
    /// One compilation with both analyzers. <see cref="CompilationWithAnalyzers.GetAnalysisResultAsync(CancellationToken)"/>
    /// rather than <c>GetAllDiagnosticsAsync</c>: only the former records execution times (the latter runs a
    /// throw-away driver whose timings are never kept).
    /// </summary>
    private static async Task<TelemetrySample> MeasureAsync(
        BenchmarkProject project,
        GrantAnalyzer grant,
        ObjectCreationYardstickAnalyzer yardstick,
        CancellationToken cancellationToken)
    {
        var matchesBefore = yardstick.Matches;
        var compilation = project.CreateCompilationWithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(grant, yardstick),
            logAnalyzerExecutionTime: true);
        var result = await compilation.GetAnalysisResultAsync(cancellationToken).ConfigureAwait(false);
        DiagnosticCheck.Verify(project.Corpus, result.GetAllDiagnostics(), grantAnalyzerRan: true);

        return new TelemetrySample(
            result.AnalyzerTelemetryInfo[grant],
            result.AnalyzerTelemetryInfo[yardstick],
            yardstick.Matches - matchesBefore);
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);

    private void Write(string line = "") => _output.WriteLine(line);
}
