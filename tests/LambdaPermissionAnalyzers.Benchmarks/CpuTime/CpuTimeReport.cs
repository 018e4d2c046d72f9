using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.Benchmarks.Analyzers;
using LambdaPermissionAnalyzers.Benchmarks.Corpus;
using static System.FormattableString;

namespace LambdaPermissionAnalyzers.Benchmarks.CpuTime;

/// <summary>
/// The <c>--cpu-time</c> mode: the benchmarks' three compilations (no analyzers, GrantAnalyzer, yardstick)
/// run back to back in rounds, in rotating order, measuring wall-clock and CPU time. On a shared machine
/// other processes stretch wall-clock time by whole seconds; they barely change the CPU time this process
/// spends, and running the three side by side keeps slow periods from favouring one of them.
/// </summary>
internal sealed class CpuTimeReport
{
    private readonly TextWriter _output;
    private readonly int _warmupRounds;
    private readonly int _rounds;

    public CpuTimeReport(TextWriter output, int warmupRounds, int rounds)
    {
        _output = output;
        _warmupRounds = warmupRounds;
        _rounds = rounds;
    }

    public async Task RunAsync()
    {
        Write(Invariant($"Compile cost: {_warmupRounds} warm-up and {_rounds} measured rounds of the three compilations per project, in rotating order; CPU time is this process's (all threads)."));
        foreach (var variant in Enum.GetValues<CorpusVariant>())
        {
            await ReportAsync(BenchmarkProject.Load(variant)).ConfigureAwait(false);
        }
    }

    private async Task ReportAsync(BenchmarkProject project)
    {
        var grant = new GrantAnalyzer();
        var yardstick = new ObjectCreationYardstickAnalyzer();
        var configurations = new (string Name, Func<Task> Compile)[]
        {
            ("No analyzers", () => Task.FromResult(project.Compile())),
            ("GrantAnalyzer", () => project.CompileAsync(grant)),
            ("Yardstick analyzer", () => project.CompileAsync(yardstick)),
        };

        var samples = configurations.ToDictionary(configuration => configuration.Name, _ => new List<Cost>());
        for (var round = 0; round < _warmupRounds + _rounds; round++)
        {
            for (var i = 0; i < configurations.Length; i++)
            {
                var (name, compile) = configurations[(round + i) % configurations.Length];
                var cost = await MeasureAsync(compile).ConfigureAwait(false);
                if (round >= _warmupRounds)
                {
                    samples[name].Add(cost);
                }
            }
        }

        var baseline = Cost.Median(samples[configurations[0].Name]);
        var yardstickCost = Cost.Median(samples["Yardstick analyzer"]);
        Write();
        Write(Invariant($"## {project.Corpus.Variant}"));
        Write();
        Write("| Compilation | Wall-clock, median (s) | CPU time, median (s) | Added wall-clock | Added CPU time |");
        Write("|---|---:|---:|---:|---:|");
        foreach (var (name, _) in configurations)
        {
            var cost = Cost.Median(samples[name]);
            Write(Invariant($"| {name} | {cost.Wall.TotalSeconds:F3} | {cost.Cpu.TotalSeconds:F3} | {Added(cost.Wall, baseline.Wall)} | {Added(cost.Cpu, baseline.Cpu)} |"));
        }

        var grantCost = Cost.Median(samples["GrantAnalyzer"]);
        Write();
        Write(Invariant($"GrantAnalyzer over the yardstick: wall-clock {Added(grantCost.Wall, yardstickCost.Wall)}, CPU time {Added(grantCost.Cpu, yardstickCost.Cpu)}."));
    }

    /// <summary>One compilation, after a full collection so that it pays for none of the previous one's garbage.</summary>
    private static async Task<Cost> MeasureAsync(Func<Task> compile)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var cpuBefore = Environment.CpuUsage.TotalTime;
        var stopwatch = Stopwatch.StartNew();
        await compile().ConfigureAwait(false);
        return new Cost(stopwatch.Elapsed, Environment.CpuUsage.TotalTime - cpuBefore);
    }

    private static string Added(TimeSpan value, TimeSpan baseline)
        => baseline > TimeSpan.Zero
            ? ((value - baseline) / baseline).ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture)
            : "n/a";

    private void Write(string line = "") => _output.WriteLine(line);

    /// <summary>What one compilation took.</summary>
    private readonly record struct Cost(TimeSpan Wall, TimeSpan Cpu)
    {
        /// <summary>The median of each measure separately.</summary>
        public static Cost Median(IReadOnlyCollection<Cost> costs) => new(
            MedianOf(costs.Select(cost => cost.Wall)),
            MedianOf(costs.Select(cost => cost.Cpu)));

        private static TimeSpan MedianOf(IEnumerable<TimeSpan> values)
        {
            var sorted = values.Order().ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }
}
