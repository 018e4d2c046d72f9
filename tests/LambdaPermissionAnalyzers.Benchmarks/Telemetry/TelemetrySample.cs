using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace LambdaPermissionAnalyzers.Benchmarks.Telemetry;

/// <summary>
/// What Roslyn recorded about each analyzer of the line-up in one compilation (by name), the order they were listed
/// in, and how long the whole analyzed compilation took.
/// </summary>
internal sealed record TelemetrySample(
    IReadOnlyList<string> Order,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, AnalyzerTelemetryInfo> ByAnalyzer,
    int YardstickMatches)
{
    /// <summary><paramref name="numerator"/> over <paramref name="denominator"/>; 0 when the denominator is no measurable time.</summary>
    public static double RatioOf(TimeSpan numerator, TimeSpan denominator)
        => denominator > TimeSpan.Zero ? numerator / denominator : 0;
}
