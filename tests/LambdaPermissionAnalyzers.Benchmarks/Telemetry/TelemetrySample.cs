using System;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace LambdaPermissionAnalyzers.Benchmarks.Telemetry;

/// <summary>
/// What Roslyn recorded about both analyzers in one compilation, which of them was listed first, and how
/// long the whole analyzed compilation took.
/// </summary>
internal sealed record TelemetrySample(
    bool GrantFirst,
    TimeSpan Elapsed,
    AnalyzerTelemetryInfo Grant,
    AnalyzerTelemetryInfo Yardstick,
    int YardstickMatches)
{
    /// <summary>GrantAnalyzer's execution time over the yardstick's.</summary>
    public double Ratio => RatioOf(Grant.ExecutionTime, Yardstick.ExecutionTime);

    /// <summary><paramref name="numerator"/> over <paramref name="denominator"/>; 0 when the denominator is no measurable time.</summary>
    public static double RatioOf(TimeSpan numerator, TimeSpan denominator)
        => denominator > TimeSpan.Zero ? numerator / denominator : 0;
}
