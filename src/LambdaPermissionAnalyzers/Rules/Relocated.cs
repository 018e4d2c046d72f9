using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// A rule's finding re-stated where the method being analyzed can show it: on the argument that caused it (naming the
/// method it is passed to), or on the call through which a grant from another method arrives.
/// </summary>
internal static class Relocated
{
    /// <summary>Diagnostic property: <c>true</c> when the finding lies in another method and is shown on the call (fixes of the finding's own node do not apply).</summary>
    public const string RelocatedProperty = "Relocated";

    /// <summary>By rule id: the same rule, with the message given whole.</summary>
    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Restated = new();

    public static Diagnostic Create(Diagnostic finding, Location location, string prefix, bool relocated)
    {
        var original = finding.Descriptor;
        if (!Restated.TryGetValue(finding.Id, out var descriptor))
        {
            descriptor = Restated.GetOrAdd(finding.Id, new DiagnosticDescriptor(
            original.Id,
            original.Title,
            "{0}",
            original.Category,
            original.DefaultSeverity,
            original.IsEnabledByDefault,
            original.Description,
            original.HelpLinkUri,
                System.Linq.Enumerable.ToArray(original.CustomTags)));
        }

        var additional = ImmutableArray.CreateBuilder<Location>();
        foreach (var other in finding.AdditionalLocations)
        {
            if (other.SourceTree == location.SourceTree)
            {
                additional.Add(other);
            }
        }

        var properties = relocated ? finding.Properties.SetItem(RelocatedProperty, "true") : finding.Properties;
        return Diagnostic.Create(descriptor, location, additional, properties, prefix + finding.GetMessage(CultureInfo.InvariantCulture));
    }
}
