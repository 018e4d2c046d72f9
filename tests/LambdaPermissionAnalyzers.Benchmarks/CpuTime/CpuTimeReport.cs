using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
/// The <c>--cpu-time</c> mode, whole concurrent compilations as a build runs them: without analyzers and with each
/// analyzer of the <see cref="Lineup"/> alone, back to back in rounds, in rotating order, measuring wall-clock and CPU time. On a shared machine
/// other processes stretch wall-clock time by whole seconds; they barely change the CPU time this process
/// spends, and running the three side by side keeps slow periods from favouring one of them.
/// </summary>
internal sealed class CpuTimeReport
{
    private readonly TextWriter _output;
    private readonly int _warmupRounds;
    private readonly int _rounds;

    private readonly CorpusSpec? _only;

    public CpuTimeReport(TextWriter output, int warmupRounds, int rounds, CorpusSpec? only = null)
    {
        _only = only;
        _output = output;
        _warmupRounds = warmupRounds;
        _rounds = rounds;
    }

    public async Task RunAsync()
    {
        Write(Invariant($"Compile cost: {_warmupRounds} warm-up and {_rounds} measured rounds of the compilations per project (none, then each analyzer alone), in rotating order; CPU time is this process's (all threads)."));
        foreach (var spec in _only is { } only ? ImmutableArray.Create(only) : CorpusSpec.Standard)
        {
            await ReportAsync(BenchmarkProject.Load(spec)).ConfigureAwait(false);
        }
    }

    private async Task ReportAsync(BenchmarkProject project)
    {
        var configurations = new List<(string Name, Func<Task> Compile)> { ("No analyzers", () => Task.FromResult(project.Compile())) };
        foreach (var analyzer in Lineup.Create())
        {
            configurations.Add((analyzer.Name, () => project.CompileAsync(analyzer.Analyzer)));
        }

        var samples = configurations.ToDictionary(configuration => configuration.Name, _ => new List<Cost>());
        for (var round = 0; round < _warmupRounds + _rounds; round++)
        {
            for (var i = 0; i < configurations.Count; i++)
            {
                var (name, compile) = configurations[(round + i) % configurations.Count];
                var cost = await MeasureAsync(compile).ConfigureAwait(false);
                if (round >= _warmupRounds)
                {
                    samples[name].Add(cost);
                }
            }
        }

        var baseline = Cost.Median(samples[configurations[0].Name]);
        var yardstickCost = Cost.Median(samples[Lineup.Yardstick]);
        Write();
        Write(Invariant($"## {project.Corpus.Spec}"));
        Write();
        Write("| Compilation | Wall-clock, median (s) | CPU time, median (s) | Added wall-clock | Added CPU time | Added CPU time over the yardstick's |");
        Write("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, _) in configurations)
        {
            var cost = Cost.Median(samples[name]);
            var overYardstick = name == configurations[0].Name ? string.Empty : Ratio(cost.Cpu - baseline.Cpu, yardstickCost.Cpu - baseline.Cpu);
            Write(Invariant($"| {name} | {cost.Wall.TotalSeconds:F3} | {cost.Cpu.TotalSeconds:F3} | {Added(cost.Wall, baseline.Wall)} | {Added(cost.Cpu, baseline.Cpu)} | {overYardstick} |"));
        }
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

    private static string Ratio(TimeSpan value, TimeSpan baseline)
        => baseline > TimeSpan.Zero ? (value / baseline).ToString("0.00x", CultureInfo.InvariantCulture) : "n/a";

    private void Write(string line = "") => _output.WriteLine(line);

    /// <summary>What one compilation took.</summary>
    private readonly record struct Cost(TimeSpan Wall, TimeSpan Cpu)
    {
        /// <summary>The median of each measure separately.</summary>
        public static Cost Median(IReadOnlyCollection<Cost> costs) => new(
            Statistics.Median(costs.Select(cost => cost.Wall)),
            Statistics.Median(costs.Select(cost => cost.Cpu)));
    }
}
