using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using LambdaPermissionAnalyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// The descriptors below exist only to be configured; they are never reported, so release tracking (RS2008) does not apply.
#pragma warning disable RS2008

namespace LambdaPermissionAnalyzers.Tests.Configuration;

/// <summary>
/// A rule is on or off for a file as the compiler decides it (what the suppressor asks before it hides an SDK warning):
/// /nowarn first, then the rule's own entry in the file's .editorconfig or a global config, then a rule set, then the
/// category and bulk <c>dotnet_analyzer_diagnostic</c> entries, which only apply to rules on by default. These tests
/// build the compiler's inputs directly: the test harness's analyzer driver does not apply the bulk entries.
/// </summary>
public class RuleSeverityTests
{
    private static readonly DiagnosticDescriptor OnByDefault = new("LPA9001", "Title", "Message", "Correctness", DiagnosticSeverity.Error, isEnabledByDefault: true);
    private static readonly DiagnosticDescriptor OffByDefault = new("LPA9002", "Title", "Message", "Correctness", DiagnosticSeverity.Warning, isEnabledByDefault: false);

    [Fact]
    public void A_rule_nobody_configures_is_as_its_descriptor_says()
    {
        Assert.True(IsEnabled(OnByDefault, new Setup()));
        Assert.False(IsEnabled(OffByDefault, new Setup()));
    }

    [Theory]
    [InlineData(ReportDiagnostic.Suppress, false)]
    [InlineData(ReportDiagnostic.Hidden, true)]
    [InlineData(ReportDiagnostic.Info, true)]
    [InlineData(ReportDiagnostic.Warn, true)]
    [InlineData(ReportDiagnostic.Error, true)]
    public void The_rules_entry_in_the_files_editorconfig_decides(ReportDiagnostic severity, bool enabled)
    {
        Assert.Equal(enabled, IsEnabled(OnByDefault, new Setup { FileEntry = severity }));
        Assert.Equal(enabled, IsEnabled(OffByDefault, new Setup { FileEntry = severity }));
    }

    [Fact]
    public void The_entry_default_means_the_descriptors_own_severity()
    {
        Assert.True(IsEnabled(OnByDefault, new Setup { FileEntry = ReportDiagnostic.Default }));
        Assert.False(IsEnabled(OffByDefault, new Setup { FileEntry = ReportDiagnostic.Default }));
        Assert.True(IsEnabled(OnByDefault, new Setup { CommandLine = ReportDiagnostic.Default }));
        Assert.False(IsEnabled(OffByDefault, new Setup { CommandLine = ReportDiagnostic.Default }));
    }

    [Theory]
    [InlineData(ReportDiagnostic.Suppress, false)]
    [InlineData(ReportDiagnostic.Warn, true)]
    public void A_global_config_entry_decides_when_the_file_has_none(ReportDiagnostic severity, bool enabled)
    {
        Assert.Equal(enabled, IsEnabled(OnByDefault, new Setup { GlobalEntry = severity }));
        Assert.Equal(enabled, IsEnabled(OffByDefault, new Setup { GlobalEntry = severity }));
    }

    [Fact]
    public void The_files_entry_wins_over_a_global_config()
    {
        Assert.True(IsEnabled(OnByDefault, new Setup { FileEntry = ReportDiagnostic.Warn, GlobalEntry = ReportDiagnostic.Suppress }));
        Assert.False(IsEnabled(OnByDefault, new Setup { FileEntry = ReportDiagnostic.Suppress, GlobalEntry = ReportDiagnostic.Warn }));
    }

    [Fact]
    public void Nowarn_turns_the_rule_off_whatever_the_editorconfig_says()
    {
        Assert.False(IsEnabled(OnByDefault, new Setup { CommandLine = ReportDiagnostic.Suppress, FileEntry = ReportDiagnostic.Error }));
        Assert.False(IsEnabled(OnByDefault, new Setup { CommandLine = ReportDiagnostic.Suppress, GlobalEntry = ReportDiagnostic.Error }));
    }

    [Fact]
    public void A_rule_set_severity_gives_way_to_the_editorconfig()
    {
        Assert.True(IsEnabled(OnByDefault, new Setup { CommandLine = ReportDiagnostic.Error }));
        Assert.True(IsEnabled(OffByDefault, new Setup { CommandLine = ReportDiagnostic.Warn }));
        Assert.False(IsEnabled(OnByDefault, new Setup { CommandLine = ReportDiagnostic.Error, FileEntry = ReportDiagnostic.Suppress }));
        Assert.True(IsEnabled(OffByDefault, new Setup { CommandLine = ReportDiagnostic.Hidden, FileEntry = ReportDiagnostic.Warn }));
    }

    [Theory]
    [InlineData("dotnet_analyzer_diagnostic.category-Correctness.severity", "none", false)]
    [InlineData("dotnet_analyzer_diagnostic.category-Correctness.severity", "NONE", false)]
    [InlineData("dotnet_analyzer_diagnostic.category-Correctness.severity", " none ", false)]
    [InlineData("dotnet_analyzer_diagnostic.category-Correctness.severity", "warning", true)]
    [InlineData("dotnet_analyzer_diagnostic.category-Correctness.severity", "silent", true)]
    [InlineData("dotnet_analyzer_diagnostic.category-Security.severity", "none", true)]
    [InlineData("dotnet_analyzer_diagnostic.severity", "none", false)]
    [InlineData("dotnet_analyzer_diagnostic.severity", "suggestion", true)]
    [InlineData("dotnet_analyzer_diagnostic.severity", "off", true)]
    public void A_category_or_bulk_entry_decides_when_nothing_names_the_rule(string key, string value, bool enabled)
        => Assert.Equal(enabled, IsEnabled(OnByDefault, new Setup { Options = { [key] = value } }));

    [Fact]
    public void The_category_entry_wins_over_the_bulk_entry()
    {
        Assert.True(IsEnabled(OnByDefault, new Setup { Options = { ["dotnet_analyzer_diagnostic.category-Correctness.severity"] = "error", ["dotnet_analyzer_diagnostic.severity"] = "none" } }));
        Assert.False(IsEnabled(OnByDefault, new Setup { Options = { ["dotnet_analyzer_diagnostic.category-Correctness.severity"] = "none", ["dotnet_analyzer_diagnostic.severity"] = "error" } }));
    }

    [Fact]
    public void A_category_entry_that_names_no_severity_leaves_the_bulk_entry_to_decide()
        => Assert.False(IsEnabled(OnByDefault, new Setup { Options = { ["dotnet_analyzer_diagnostic.category-Correctness.severity"] = "loud", ["dotnet_analyzer_diagnostic.severity"] = "none" } }));

    [Theory]
    [InlineData("dotnet_analyzer_diagnostic.category-Correctness.severity")]
    [InlineData("dotnet_analyzer_diagnostic.severity")]
    public void Category_and_bulk_entries_neither_override_the_rules_entry_nor_turn_on_a_rule_off_by_default(string key)
    {
        Assert.True(IsEnabled(OnByDefault, new Setup { FileEntry = ReportDiagnostic.Warn, Options = { [key] = "none" } }));
        Assert.True(IsEnabled(OnByDefault, new Setup { GlobalEntry = ReportDiagnostic.Warn, Options = { [key] = "none" } }));
        Assert.True(IsEnabled(OnByDefault, new Setup { CommandLine = ReportDiagnostic.Warn, Options = { [key] = "none" } }));
        Assert.False(IsEnabled(OffByDefault, new Setup { Options = { [key] = "error" } }));
    }

    private static bool IsEnabled(DiagnosticDescriptor descriptor, Setup setup)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { }", path: "/src/C.cs");
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSyntaxTreeOptionsProvider(new TreeOptions(tree, descriptor.Id, setup.FileEntry, setup.GlobalEntry));
        if (setup.CommandLine is { } commandLine)
        {
            options = options.WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty.Add(descriptor.Id, commandLine));
        }

        var compilation = CSharpCompilation.Create("Project", [tree], options: options);
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ConfigOptionsProvider(tree, setup.Options));
        return RuleSeverity.IsEnabled(descriptor, tree, compilation, analyzerOptions, CancellationToken.None);
    }

    /// <summary>What configures the rule: /nowarn or a rule set, its own entries, and the file's other analyzer options.</summary>
    private sealed class Setup
    {
        public ReportDiagnostic? CommandLine { get; init; }

        public ReportDiagnostic? FileEntry { get; init; }

        public ReportDiagnostic? GlobalEntry { get; init; }

        public Dictionary<string, string> Options { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The <c>dotnet_diagnostic.ID.severity</c> entries, as the compiler hands them over: for one file, and from global configs.</summary>
    private sealed class TreeOptions(SyntaxTree file, string id, ReportDiagnostic? fileEntry, ReportDiagnostic? globalEntry) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => Found(tree == file && diagnosticId == id ? fileEntry : null, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => Found(diagnosticId == id ? globalEntry : null, out severity);

        private static bool Found(ReportDiagnostic? entry, out ReportDiagnostic severity)
        {
            severity = entry ?? ReportDiagnostic.Default;
            return entry.HasValue;
        }
    }

    private sealed class ConfigOptionsProvider(SyntaxTree file, Dictionary<string, string> fileOptions) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new ConfigOptions(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new ConfigOptions(tree == file ? fileOptions : new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;
    }

    private sealed class ConfigOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
