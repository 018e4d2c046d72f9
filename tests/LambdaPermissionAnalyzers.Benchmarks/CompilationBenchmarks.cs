using System.Collections.Immutable;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LambdaPermissionAnalyzers.Benchmarks.Analyzers;
using LambdaPermissionAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaPermissionAnalyzers.Benchmarks;

/// <summary>
/// Compiles the generated project (binding and diagnostics, no emit) without analyzers, with GrantAnalyzer,
/// and with the ObjectCreation yardstick. Each invocation is one whole compilation, so a few iterations of
/// the monitoring strategy are enough and keep the run short. Median and minimum are shown beside the mean:
/// on a shared machine other processes only ever add time, so they are the steadier figures.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 8)]
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class CompilationBenchmarks
{
    private BenchmarkProject _project = null!;
    private ImmutableArray<DiagnosticAnalyzer> _grantAnalyzer;
    private ImmutableArray<DiagnosticAnalyzer> _yardstick;

    [ParamsAllValues]
    public CorpusVariant Variant { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _project = BenchmarkProject.Load(Variant);
        _grantAnalyzer = ImmutableArray.Create<DiagnosticAnalyzer>(new GrantAnalyzer());
        _yardstick = ImmutableArray.Create<DiagnosticAnalyzer>(new ObjectCreationYardstickAnalyzer());
    }

    [Benchmark(Baseline = true, Description = "No analyzers")]
    public int NoAnalyzers()
    {
        var diagnostics = _project.CreateCompilation().GetDiagnostics();
        DiagnosticCheck.Verify(_project.Corpus, diagnostics, grantAnalyzerRan: false);
        return diagnostics.Length;
    }

    [Benchmark(Description = "GrantAnalyzer")]
    public async Task<int> WithGrantAnalyzer()
    {
        var diagnostics = await _project.CreateCompilationWithAnalyzers(_grantAnalyzer, logAnalyzerExecutionTime: false)
            .GetAllDiagnosticsAsync().ConfigureAwait(false);
        DiagnosticCheck.Verify(_project.Corpus, diagnostics, grantAnalyzerRan: true);
        return diagnostics.Length;
    }

    [Benchmark(Description = "Yardstick analyzer")]
    public async Task<int> WithYardstickAnalyzer()
    {
        var diagnostics = await _project.CreateCompilationWithAnalyzers(_yardstick, logAnalyzerExecutionTime: false)
            .GetAllDiagnosticsAsync().ConfigureAwait(false);
        DiagnosticCheck.Verify(_project.Corpus, diagnostics, grantAnalyzerRan: false);
        return diagnostics.Length;
    }
}
