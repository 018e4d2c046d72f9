using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using LambdaPermissionAnalyzers.Benchmarks.Corpus;
using LambdaPermissionAnalyzers.Readers;

namespace LambdaPermissionAnalyzers.Benchmarks;

internal static class Probe
{
    public static void RunAnalyzer()
    {
        var project = BenchmarkProject.Load(new CorpusSpec(CorpusVariant.WithGrants));
        var grant = new GrantAnalyzer();
        for (var round = 0; round < 8; round++)
        {
            var compilation = project.CreateCompilationWithAnalyzers(System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(grant), logAnalyzerExecutionTime: true, concurrent: false);
            var result = compilation.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            Console.WriteLine($"grant {result.AnalyzerTelemetryInfo[grant].ExecutionTime.TotalMilliseconds:F1} ms");
        }
    }

    public static void Run()
    {
        var project = BenchmarkProject.Load(new CorpusSpec(CorpusVariant.WithGrants));
        for (var round = 0; round < 6; round++)
        {
            var compilation = project.CreateCompilation();
            var sw = Stopwatch.StartNew();
            compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
            var warm = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var readers = GrantReaders.Create(compilation);
            var create = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var files = GrantFiles.Find(compilation, ["Permission", "FunctionUrl", "GrantInvoke"], CancellationToken.None);
            var find = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var reached = compilation.SyntaxTrees.Count(tree => files.Reaches(tree, CancellationToken.None));
            var reach = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"warm {warm:F2} readers {create:F2} find {find:F2} ms, reaches {reach:F2} ms, reached {reached} of {compilation.SyntaxTrees.Count()}");
        }
    }
}
