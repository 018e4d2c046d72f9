using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Benchmarks.Analyzers;

/// <summary>
/// The cheapest useful analyzer of object creations, to measure GrantAnalyzer against: one ObjectCreation
/// action that compares the created type with a symbol resolved at compilation start, and nothing else.
/// Unlike GrantAnalyzer it registers the action even when the type does not exist, so it always shows what
/// a bare ObjectCreation action costs. With <c>assignmentAction</c> it also registers a SimpleAssignment action
/// that does nothing: what a second operation action costs on its own (with <c>invocationAction</c>, the same on
/// every call); with <c>reportMatches</c> it reports each creation it matches: what reporting diagnostics costs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ObjectCreationYardstickAnalyzer : DiagnosticAnalyzer
{
    public const string TargetTypeName = "Amazon.Lambda.Model.AddPermissionRequest";

    /// <summary>Reported only by the reporting variant; the driver skips an analyzer whose every diagnostic is disabled, so each must declare one.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "YARD0001",
        title: "Object creation yardstick",
        messageFormat: "Creates {0}",
        category: "Benchmark",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    private readonly bool _assignmentAction;
    private readonly bool _invocationAction;
    private readonly bool _reportMatches;
    private int _matches;

    /// <param name="assignmentAction">Also register a SimpleAssignment action that does nothing.</param>
    /// <param name="invocationAction">Also register an Invocation action that does nothing (calls outnumber assignments many times).</param>
    /// <param name="reportMatches">Report a warning on every creation it matches: what reporting costs.</param>
    public ObjectCreationYardstickAnalyzer(bool assignmentAction = false, bool invocationAction = false, bool reportMatches = false)
    {
        _assignmentAction = assignmentAction;
        _invocationAction = invocationAction;
        _reportMatches = reportMatches;
    }

    /// <summary>How many creations of <see cref="TargetTypeName"/> it has seen, over every compilation.</summary>
    public int Matches => Volatile.Read(ref _matches);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Null when the project does not reference AWSSDK.Lambda: the action is registered all the same.
            var target = start.Compilation.GetTypeByMetadataName(TargetTypeName);
            start.RegisterOperationAction(
                operationContext =>
                {
                    var creation = (IObjectCreationOperation)operationContext.Operation;
                    if (SymbolEqualityComparer.Default.Equals(creation.Type, target))
                    {
                        Interlocked.Increment(ref _matches);
                        if (_reportMatches)
                        {
                            operationContext.ReportDiagnostic(Diagnostic.Create(Descriptor, creation.Syntax.GetLocation(), TargetTypeName));
                        }
                    }
                },
                OperationKind.ObjectCreation);
            if (_assignmentAction)
            {
                start.RegisterOperationAction(static _ => { }, OperationKind.SimpleAssignment);
            }

            if (_invocationAction)
            {
                start.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
            }
        });
    }
}
