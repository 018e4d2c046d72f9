using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace LambdaPermissionAnalyzers.Benchmarks.Telemetry;

/// <summary>The kinds of action an analyzer can register, as counted by <see cref="AnalyzerTelemetryInfo"/>.</summary>
internal static class ActionKinds
{
    /// <summary>Every kind, labelled; <see cref="Operation"/> is the one the report always shows.</summary>
    public static ImmutableArray<(string Label, Func<AnalyzerTelemetryInfo, int> Count)> All { get; } = ImmutableArray.Create<(string, Func<AnalyzerTelemetryInfo, int>)>(
        ("compilation start", static info => info.CompilationStartActionsCount),
        ("compilation end", static info => info.CompilationEndActionsCount),
        ("compilation", static info => info.CompilationActionsCount),
        ("syntax tree", static info => info.SyntaxTreeActionsCount),
        ("semantic model", static info => info.SemanticModelActionsCount),
        ("symbol", static info => info.SymbolActionsCount),
        ("symbol start", static info => info.SymbolStartActionsCount),
        ("symbol end", static info => info.SymbolEndActionsCount),
        ("syntax node", static info => info.SyntaxNodeActionsCount),
        ("code block start", static info => info.CodeBlockStartActionsCount),
        ("code block end", static info => info.CodeBlockEndActionsCount),
        ("code block", static info => info.CodeBlockActionsCount),
        (Operation, static info => info.OperationActionsCount),
        ("operation block start", static info => info.OperationBlockStartActionsCount),
        ("operation block end", static info => info.OperationBlockEndActionsCount),
        ("operation block", static info => info.OperationBlockActionsCount));

    public const string Operation = "operation";
}
