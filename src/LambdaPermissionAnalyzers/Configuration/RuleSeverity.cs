using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaPermissionAnalyzers.Configuration;

/// <summary>Whether a rule is turned on for a file, as the compiler decides it: what a suppressor needs before it says "an LPA rule reports this".</summary>
internal static class RuleSeverity
{
    /// <summary>
    /// The rule is not turned off for <paramref name="tree"/>: by <c>/nowarn</c> or a rule set, a
    /// <c>dotnet_diagnostic.ID.severity</c> entry of an .editorconfig section or a global config (an analysis mode's
    /// too), or a category or bulk <c>dotnet_analyzer_diagnostic</c> entry, in the compiler's order of precedence.
    /// </summary>
    public static bool IsEnabled(DiagnosticDescriptor descriptor, SyntaxTree tree, Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var specific = compilation.Options.SpecificDiagnosticOptions;
        if (specific.TryGetValue(descriptor.Id, out var fromCommandLine) && fromCommandLine == ReportDiagnostic.Suppress)
        {
            return false;
        }

        if (compilation.Options.SyntaxTreeOptionsProvider is { } provider
            && (provider.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out var configured)
                || provider.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out configured)))
        {
            return configured != ReportDiagnostic.Suppress;
        }

        if (specific.TryGetValue(descriptor.Id, out fromCommandLine))
        {
            return fromCommandLine != ReportDiagnostic.Suppress;
        }

        var fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        if (fileOptions.TryGetValue("dotnet_analyzer_diagnostic.category-" + descriptor.Category + ".severity", out var bulk)
            || fileOptions.TryGetValue("dotnet_analyzer_diagnostic.severity", out bulk))
        {
            return !string.Equals(bulk.Trim(), "none", System.StringComparison.OrdinalIgnoreCase);
        }

        return descriptor.IsEnabledByDefault;
    }
}
