using System.Collections.Immutable;
using System.Linq;
using LambdaPermissionAnalyzers.Tests.Suppressors;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaPermissionAnalyzers.Benchmarks.Analyzers;

/// <summary>One analyzer of the line-up, by the name the reports give it.</summary>
internal sealed record MeasuredAnalyzer(string Name, DiagnosticAnalyzer Analyzer);

/// <summary>
/// The analyzers every mode measures side by side, in the same run: GrantAnalyzer, and the analyzers it is compared with.
/// </summary>
internal static class Lineup
{
    public const string Grant = "GrantAnalyzer";

    /// <summary>One ObjectCreation operation action that compares a type: the bare yardstick, the base of every ratio.</summary>
    public const string Yardstick = "Yardstick";

    /// <summary>The yardstick plus a SimpleAssignment operation action that does nothing.</summary>
    public const string YardstickWithAssignment = "Yardstick + assignment";

    /// <summary>The yardstick plus an Invocation operation action that does nothing: calls are the most frequent operation GrantAnalyzer watches.</summary>
    public const string YardstickWithInvocation = "Yardstick + invocation";

    /// <summary>The yardstick reporting a warning on every grant creation (20 on the standard project, GrantAnalyzer reports 14): what reporting costs.</summary>
    public const string YardstickReporting = "Yardstick + reports";

    /// <summary>
    /// Shaped like the property-value analyzer AWSSDK.Lambda ships (the test double the suppressor's tests use): a
    /// syntax-node action on every simple assignment that asks the semantic model for the target only when the right
    /// side is a literal. Every AWSSDK.Lambda user already runs it.
    /// </summary>
    public const string SdkShaped = "SDK-shaped";

    public static ImmutableArray<MeasuredAnalyzer> Create() => ImmutableArray.Create(
        new MeasuredAnalyzer(Grant, new GrantAnalyzer()),
        new MeasuredAnalyzer(Yardstick, new ObjectCreationYardstickAnalyzer()),
        new MeasuredAnalyzer(YardstickWithAssignment, new ObjectCreationYardstickAnalyzer(assignmentAction: true)),
        new MeasuredAnalyzer(YardstickWithInvocation, new ObjectCreationYardstickAnalyzer(invocationAction: true)),
        new MeasuredAnalyzer(YardstickReporting, new ObjectCreationYardstickAnalyzer(reportMatches: true)),
        new MeasuredAnalyzer(SdkShaped, new SdkPropertyValueAnalyzerDouble()));

    /// <summary>The ids the comparison analyzers may report (the SDK-shaped one warns on values, as the SDK does; the reporting yardstick on creations).</summary>
    public static ImmutableHashSet<string> ComparisonIds { get; } = new SdkPropertyValueAnalyzerDouble().SupportedDiagnostics.Select(descriptor => descriptor.Id).ToImmutableHashSet().Add(ObjectCreationYardstickAnalyzer.Descriptor.Id);
}
