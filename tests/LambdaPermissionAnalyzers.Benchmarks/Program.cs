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
/// to analyze on one thread, <c>--variant WithGrants [--files N] [--grants N]</c> for one project); <c>-- --scale</c> runs the
/// sequential telemetry on projects of 100, 500 and 2,000 files and with 0, 20 and 200 grants; <c>-- --cpu-time</c> compares
/// whole concurrent compilations by CPU time, the steadier measure on a busy machine; <c>-- --cold [--rotation N]</c> measures
/// the first compilation of a fresh process (run it once per process, e.g. from a shell loop); <c>-- --profile N</c> runs
/// GrantAnalyzer alone for N sequential compilations, for a sampling profiler.
/// </summary>
internal static class Program
{
    /// <summary>The one project <c>--variant V [--files N] [--grants N]</c> names, or <see langword="null"/> for the standard ones.</summary>
    private static CorpusSpec? OnlySpec(string[] args)
    {
        var variant = Option(args, "--variant");
        if (variant is null)
        {
            return null;
        }

        var files = Option(args, "--files");
        var grants = Option(args, "--grants");
        return new CorpusSpec(
            Enum.Parse<CorpusVariant>(variant),
            files is null ? CorpusSpec.StandardFileCount : int.Parse(files, System.Globalization.CultureInfo.InvariantCulture),
            grants is null ? CorpusSpec.StandardGrantCount : int.Parse(grants, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private const int TelemetryWarmups = 2;
    private const int TelemetryRuns = 10;
    private const int CpuTimeWarmupRounds = 1;
    private const int CpuTimeRounds = 6;

    public static async Task<int> Main(string[] args)
    {
        var only = OnlySpec(args);
        if (args.Contains("--scale", StringComparer.Ordinal))
        {
            foreach (var spec in CorpusSpec.Scale)
            {
                await new TelemetryReport(Console.Out, TelemetryWarmups, TelemetryRuns, concurrent: false, spec).RunAsync(CancellationToken.None).ConfigureAwait(false);
            }

            return 0;
        }

        if (args.Contains("--cold", StringComparer.Ordinal))
        {
            // The first compilation of a fresh process, as every CI build's compiler runs: JIT and static initialisation included.
            var rotation = Option(args, "--rotation") is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            await new TelemetryReport(Console.Out, warmups: 0, runs: 1, concurrent: false, only ?? new CorpusSpec(CorpusVariant.WithGrants), rotation).RunAsync(CancellationToken.None).ConfigureAwait(false);
            return 0;
        }

        if (Option(args, "--profile") is { } profileRuns)
        {
            await new Profiling.ProfileLoop(Console.Out, int.Parse(profileRuns, System.Globalization.CultureInfo.InvariantCulture), only ?? new CorpusSpec(CorpusVariant.WithGrants)).RunAsync(CancellationToken.None).ConfigureAwait(false);
            return 0;
        }

        if (args.Contains("--telemetry", StringComparer.Ordinal))
        {
            var concurrent = !args.Contains("--sequential", StringComparer.Ordinal);
            await new TelemetryReport(Console.Out, TelemetryWarmups, TelemetryRuns, concurrent, only).RunAsync(CancellationToken.None).ConfigureAwait(false);
            return 0;
        }

        if (args.Contains("--cpu-time", StringComparer.Ordinal))
        {
            await new CpuTimeReport(Console.Out, CpuTimeWarmupRounds, CpuTimeRounds, only).RunAsync().ConfigureAwait(false);
            return 0;
        }

        // Results go next to the build output (ignored by git), not into the directory the run starts from.
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
