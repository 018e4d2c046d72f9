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

namespace LambdaPermissionAnalyzers.Benchmarks.Profiling;

/// <summary>
/// The <c>--profile N</c> mode: GrantAnalyzer alone (behind the <see cref="SymbolTablesAnalyzer"/>), N sequential
/// compilations of one project after two warm-ups, for a sampling profiler to attach to
/// (<c>dotnet-trace collect -- dotnet LambdaPermissionAnalyzers.Benchmarks.dll --profile 100</c>). It prints the
/// median of GrantAnalyzer's execution time, so a change can be timed without the rest of the line-up.
/// </summary>
internal sealed class ProfileLoop
{
    private const int Warmups = 2;

    private readonly TextWriter _output;
    private readonly int _runs;
    private readonly CorpusSpec _spec;

    public ProfileLoop(TextWriter output, int runs, CorpusSpec spec)
    {
        _output = output;
        _runs = runs;
        _spec = spec;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var project = BenchmarkProject.Load(_spec);
        var analyzer = new GrantAnalyzer();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new SymbolTablesAnalyzer(), analyzer);
        var times = new List<TimeSpan>();
        for (var i = 0; i < Warmups + _runs; i++)
        {
            var compilation = project.CreateCompilationWithAnalyzers(analyzers, logAnalyzerExecutionTime: true, concurrent: false);
            var result = await compilation.GetAnalysisResultAsync(cancellationToken).ConfigureAwait(false);
            DiagnosticCheck.Verify(project.Corpus, result.GetAllDiagnostics(), grantAnalyzerRan: true);
            if (i >= Warmups)
            {
                times.Add(result.AnalyzerTelemetryInfo[analyzer].ExecutionTime);
            }
        }

        _output.WriteLine(Invariant($"GrantAnalyzer alone on {_spec}: median {Statistics.Median(times).TotalMilliseconds.ToString("F2", CultureInfo.InvariantCulture)} ms, lowest {times.Min().TotalMilliseconds.ToString("F2", CultureInfo.InvariantCulture)} ms over {_runs} sequential compilations."));
    }
}
