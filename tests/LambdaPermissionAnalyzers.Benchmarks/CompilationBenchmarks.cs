using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LambdaPermissionAnalyzers.Benchmarks.Analyzers;
using LambdaPermissionAnalyzers.Benchmarks.Corpus;
using LambdaPermissionAnalyzers.Tests.Suppressors;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaPermissionAnalyzers.Benchmarks;

/// <summary>
/// Compiles the generated project (binding and diagnostics, no emit) without analyzers, and with each analyzer of
/// the <see cref="Lineup"/> alone. Each invocation is one whole compilation, so a few iterations of
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
    private ObjectCreationYardstickAnalyzer _yardstickWithAssignment = null!;
    private DiagnosticAnalyzer _sdkShaped = null!;

    [ParamsAllValues]
    public CorpusVariant Variant { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _project = BenchmarkProject.Load(new CorpusSpec(Variant));
        _grantAnalyzer = new GrantAnalyzer();
        _yardstick = new ObjectCreationYardstickAnalyzer();
        _yardstickWithAssignment = new ObjectCreationYardstickAnalyzer(assignmentAction: true);
        _sdkShaped = new SdkPropertyValueAnalyzerDouble();
    }

    // Each method returns the diagnostic count so the work cannot be optimized away; every run also checks
    // the diagnostics (BenchmarkProject.Compile*), which costs nothing next to a compilation.
    [Benchmark(Baseline = true, Description = "No analyzers")]
    public int NoAnalyzers() => _project.Compile().Length;

    [Benchmark(Description = "GrantAnalyzer")]
    public async Task<int> WithGrantAnalyzer() => (await _project.CompileAsync(_grantAnalyzer).ConfigureAwait(false)).Length;

    [Benchmark(Description = "Yardstick analyzer")]
    public async Task<int> WithYardstickAnalyzer() => (await _project.CompileAsync(_yardstick).ConfigureAwait(false)).Length;

    [Benchmark(Description = "Yardstick + assignment")]
    public async Task<int> WithYardstickAndAssignment() => (await _project.CompileAsync(_yardstickWithAssignment).ConfigureAwait(false)).Length;

    [Benchmark(Description = "SDK-shaped analyzer")]
    public async Task<int> WithSdkShapedAnalyzer() => (await _project.CompileAsync(_sdkShaped).ConfigureAwait(false)).Length;
}
