using System;
using System.Collections.Generic;
using System.Linq;

namespace LambdaPermissionAnalyzers.Benchmarks;

/// <summary>The median every report takes: the steadier figure on a shared machine, where other processes only ever add time.</summary>
internal static class Statistics
{
    /// <summary>The middle value, or the mean of the two middle ones; zero when there is none.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return 0;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static TimeSpan Median(IEnumerable<TimeSpan> values)
        => TimeSpan.FromTicks((long)Median(values.Select(value => (double)value.Ticks)));
}
