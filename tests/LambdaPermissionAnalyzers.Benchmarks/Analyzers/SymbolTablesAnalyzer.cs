using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaPermissionAnalyzers.Benchmarks.Analyzers;

/// <summary>
/// Listed first in every telemetry compilation, it resolves the types the measured analyzers look up at compilation
/// start, so that none of them pays for the compilation's lazily built symbol tables (5 to 15 ms here): each measured
/// analyzer's time is then its own work, whatever its place in the list. It registers no other action.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class SymbolTablesAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] TypeNames =
    {
        "Amazon.Lambda.Model.AddPermissionRequest",
        "Amazon.Lambda.IAmazonLambda",
        "Amazon.CDK.AWS.Lambda.Function",
        "System.Threading.Tasks.Task",
    };

    private static readonly DiagnosticDescriptor Descriptor = new(
        "YARD0000",
        title: "Symbol tables",
        messageFormat: "Never reported",
        category: "Benchmark",
        DiagnosticSeverity.Hidden,
        isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        // Resolving the types is the whole point: there is nothing to register (RS1012).
#pragma warning disable RS1012
        context.RegisterCompilationStartAction(static start =>
        {
            foreach (var name in TypeNames)
            {
                _ = start.Compilation.GetTypeByMetadataName(name);
            }
        });
#pragma warning restore RS1012
    }
}
