using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LambdaPermissionAnalyzers.Benchmarks.Analyzers;
using LambdaPermissionAnalyzers.Benchmarks.Corpus;

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
    private GrantAnalyzer _grantAnalyzer = null!;
    private ObjectCreationYardstickAnalyzer _yardstick = null!;

    [ParamsAllValues]
    public CorpusVariant Variant { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _project = BenchmarkProject.Load(Variant);
        _grantAnalyzer = new GrantAnalyzer();
        _yardstick = new ObjectCreationYardstickAnalyzer();
    }

    // Each method returns the diagnostic count so the work cannot be optimized away; every run also checks
    // the diagnostics (BenchmarkProject.Compile*), which costs nothing next to a compilation.
    [Benchmark(Baseline = true, Description = "No analyzers")]
    public int NoAnalyzers() => _project.Compile().Length;

    [Benchmark(Description = "GrantAnalyzer")]
    public async Task<int> WithGrantAnalyzer() => (await _project.CompileAsync(_grantAnalyzer).ConfigureAwait(false)).Length;

    [Benchmark(Description = "Yardstick analyzer")]
    public async Task<int> WithYardstickAnalyzer() => (await _project.CompileAsync(_yardstick).ConfigureAwait(false)).Length;
}
