using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaPermissionAnalyzers.Configuration;

/// <summary>
/// What the rules may ask about the project being analyzed: whether it is a test project, and the rule options
/// set in <c>.editorconfig</c> or a global config (keys such as <c>LPA0106.report_in_test_projects</c>).
/// </summary>
internal sealed class ProjectSettings
{
    /// <summary>Assemblies whose reference makes a compilation a test project (xunit v2 and v3, NUnit, MSTest).</summary>
    private static readonly string[] TestFrameworkAssemblies =
    {
        "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework",
    };

    private readonly AnalyzerConfigOptionsProvider _options;

    private ProjectSettings(AnalyzerConfigOptionsProvider options, bool isTestProject)
    {
        _options = options;
        IsTestProject = isTestProject;
    }

    /// <summary>The compilation references a unit test framework.</summary>
    public bool IsTestProject { get; }

    public static ProjectSettings Create(Compilation compilation, AnalyzerOptions options)
    {
        var isTestProject = false;
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            if (Array.IndexOf(TestFrameworkAssemblies, assembly.Name) >= 0)
            {
                isTestProject = true;
                break;
            }
        }

        return new ProjectSettings(options.AnalyzerConfigOptionsProvider, isTestProject);
    }

    /// <summary>The option's value for <paramref name="tree"/> (its .editorconfig sections, then global configs).</summary>
    public string? GetOption(SyntaxTree tree, string key)
    {
        if (_options.GetOptions(tree).TryGetValue(key, out var value) || _options.GlobalOptions.TryGetValue(key, out value))
        {
            return value.Trim();
        }

        return null;
    }

    /// <summary>A boolean option: <c>true</c>/<c>false</c> in any case; anything else gives <paramref name="defaultValue"/>.</summary>
    public bool GetFlag(SyntaxTree tree, string key, bool defaultValue)
        => bool.TryParse(GetOption(tree, key), out var flag) ? flag : defaultValue;
}
