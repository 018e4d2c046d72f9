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
    /// <summary>
    /// Diagnostic property: <c>call</c> when the finding lies in another method and is shown on the call, <c>argument</c>
    /// when it is shown on an argument that another method writes to a grant. The fixes that edit a grant's own syntax
    /// do not apply to either.
    /// </summary>
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

        var properties = finding.Properties.SetItem(RelocatedProperty, relocated ? "call" : "argument");
        return Diagnostic.Create(descriptor, location, additional, properties, prefix + finding.GetMessage(CultureInfo.InvariantCulture));
    }
}
