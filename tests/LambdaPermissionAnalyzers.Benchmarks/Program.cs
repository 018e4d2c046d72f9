using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using LambdaPermissionAnalyzers.Benchmarks.Corpus;
using LambdaPermissionAnalyzers.Benchmarks.CpuTime;
using LambdaPermissionAnalyzers.Benchmarks.Telemetry;

namespace LambdaPermissionAnalyzers.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --filter '*'</c> runs the BenchmarkDotNet benchmarks (any BenchmarkDotNet
/// arguments apply); <c>-- --telemetry</c> prints Roslyn's per-analyzer execution times (add <c>--sequential</c>
/// to analyze on one thread, <c>--variant WithGrants</c> for one project); <c>-- --cpu-time</c> compares the benchmarks' compilations by CPU time, the
/// steadier measure on a busy machine.
/// </summary>
internal static class Program
{
    private const int TelemetryWarmups = 2;
    private const int TelemetryRuns = 10;
    private const int CpuTimeWarmupRounds = 1;
    private const int CpuTimeRounds = 6;

    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--telemetry", StringComparer.Ordinal))
        {
            var concurrent = !args.Contains("--sequential", StringComparer.Ordinal);
            var index = Array.IndexOf(args, "--variant");
            CorpusVariant? only = index >= 0 && index + 1 < args.Length ? Enum.Parse<CorpusVariant>(args[index + 1]) : null;
            await new TelemetryReport(Console.Out, TelemetryWarmups, TelemetryRuns, concurrent, only).RunAsync(CancellationToken.None).ConfigureAwait(false);
            return 0;
        }

        if (args.Contains("--cpu-time", StringComparer.Ordinal))
        {
            await new CpuTimeReport(Console.Out, CpuTimeWarmupRounds, CpuTimeRounds).RunAsync().ConfigureAwait(false);
            return 0;
        }

        // Results go next to the build output (ignored by git), not into the directory the run starts from.
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
