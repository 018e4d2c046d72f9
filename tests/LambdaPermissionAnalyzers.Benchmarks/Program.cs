using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using LambdaPermissionAnalyzers.Benchmarks.Telemetry;

namespace LambdaPermissionAnalyzers.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --filter '*'</c> runs the BenchmarkDotNet benchmarks (any BenchmarkDotNet
/// arguments apply); <c>dotnet run -c Release -- --telemetry</c> prints Roslyn's per-analyzer execution times.
/// </summary>
internal static class Program
{
    private const int TelemetryWarmups = 2;
    private const int TelemetryRuns = 10;

    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--telemetry", StringComparer.Ordinal))
        {
            await new TelemetryReport(Console.Out, TelemetryWarmups, TelemetryRuns).RunAsync(CancellationToken.None).ConfigureAwait(false);
            return 0;
        }

        // Results go next to the build output (ignored by git), not into the directory the run starts from.
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
