using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaPermissionAnalyzers.Configuration;

/// <summary>Whether a rule is turned on for a file, as the compiler decides it: what a suppressor needs before it says "an LPA rule reports this".</summary>
internal static class RuleSeverity
{
    /// <summary>The severities an .editorconfig entry may name, as the compiler reads them (in any letter case).</summary>
    private static readonly (string Name, ReportDiagnostic Severity)[] Severities =
    {
        ("default", ReportDiagnostic.Default),
        ("error", ReportDiagnostic.Error),
        ("warning", ReportDiagnostic.Warn),
        ("suggestion", ReportDiagnostic.Info),
        ("silent", ReportDiagnostic.Hidden),
        ("refactoring", ReportDiagnostic.Hidden),
        ("none", ReportDiagnostic.Suppress),
    };

    /// <summary>
    /// The rule is not turned off for <paramref name="tree"/>: by <c>/nowarn</c> or a rule set, a
    /// <c>dotnet_diagnostic.ID.severity</c> entry of an .editorconfig section or a global config (an analysis mode's
    /// too), or a category or bulk <c>dotnet_analyzer_diagnostic</c> entry, in the compiler's order of precedence.
    /// As in the compiler, the category and bulk entries neither turn on a rule that is off by default nor override
    /// an entry for the rule's id.
    /// </summary>
    public static bool IsEnabled(DiagnosticDescriptor descriptor, SyntaxTree tree, Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var specific = compilation.Options.SpecificDiagnosticOptions;
        if (specific.TryGetValue(descriptor.Id, out var fromCommandLine) && fromCommandLine == ReportDiagnostic.Suppress)
        {
            return false;
        }

        var provider = compilation.Options.SyntaxTreeOptionsProvider;
        if (provider is not null
            && (provider.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out var configured)
                || provider.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out configured)))
        {
            return IsOn(configured, descriptor);
        }

        if (specific.TryGetValue(descriptor.Id, out fromCommandLine))
        {
            return IsOn(fromCommandLine, descriptor);
        }

        if (!descriptor.IsEnabledByDefault)
        {
            return false;
        }

        var fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        if (TryGetSeverity(fileOptions, "dotnet_analyzer_diagnostic.category-" + descriptor.Category + ".severity", out var bulk)
            || TryGetSeverity(fileOptions, "dotnet_analyzer_diagnostic.severity", out bulk))
        {
            return bulk != ReportDiagnostic.Suppress;
        }

        return true;
    }

    private static bool IsOn(ReportDiagnostic severity, DiagnosticDescriptor descriptor)
        => severity == ReportDiagnostic.Default ? descriptor.IsEnabledByDefault : severity != ReportDiagnostic.Suppress;

    /// <summary>The entry <paramref name="key"/> names a severity; an entry with another value counts as absent, as in the compiler.</summary>
    private static bool TryGetSeverity(AnalyzerConfigOptions options, string key, out ReportDiagnostic severity)
    {
        if (options.TryGetValue(key, out var value))
        {
            value = value.Trim();
            foreach (var (name, named) in Severities)
            {
                if (string.Equals(value, name, StringComparison.OrdinalIgnoreCase))
                {
                    severity = named;
                    return true;
                }
            }
        }

        severity = ReportDiagnostic.Default;
        return false;
    }
}
