using System;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace LambdaPermissionAnalyzers.Benchmarks.Telemetry;

/// <summary>What Roslyn recorded about both analyzers in one compilation.</summary>
internal sealed record TelemetrySample(AnalyzerTelemetryInfo Grant, AnalyzerTelemetryInfo Yardstick, int YardstickMatches)
{
    /// <summary>GrantAnalyzer's execution time over the yardstick's.</summary>
    public double Ratio => RatioOf(Grant.ExecutionTime, Yardstick.ExecutionTime);

    /// <summary><paramref name="grant"/> over <paramref name="yardstick"/>; 0 when the yardstick took no measurable time.</summary>
    public static double RatioOf(TimeSpan grant, TimeSpan yardstick)
        => yardstick > TimeSpan.Zero ? grant / yardstick : 0;
}
