using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using LambdaPermissionAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LambdaPermissionAnalyzers.Tests.Documentation;

/// <summary>One rule as the documents show it: its descriptor, and whether an exported code fix provider fixes it.</summary>
internal sealed record RuleEntry(string Id, string Title, string Category, DiagnosticSeverity Severity, string HelpLinkUri, bool HasCodeFix, IReadOnlyList<string> Tags)
{
    private const string HelpLinkPrefix = "https://github.com/lambda-permission-analyzers/LambdaPermissionAnalyzers/blob/main/";

    /// <summary>The rule's page relative to the repository root (<c>docs/rules/LPA0001.md</c>), taken from the help link.</summary>
    public string PagePath => HelpLinkUri.StartsWith(HelpLinkPrefix, StringComparison.Ordinal)
        ? HelpLinkUri[HelpLinkPrefix.Length..]
        : throw new InvalidOperationException($"{Id}: the help link '{HelpLinkUri}' does not start with '{HelpLinkPrefix}'");
}

/// <summary>A region of a repository file between two marker lines, rendered from the rules.</summary>
/// <param name="Name">The region's name in test results: the file and the marker.</param>
/// <param name="Path">The file, relative to the repository root, with '/' separators.</param>
/// <param name="Begin">The whole line that opens the region.</param>
/// <param name="End">The whole line that closes the region.</param>
/// <param name="Render">The region's lines (without the markers).</param>
internal sealed record GeneratedRegion(string Name, string Path, string Begin, string End, Func<IReadOnlyList<RuleEntry>, IReadOnlyList<string>> Render)
{
    public override string ToString() => Name;
}

/// <summary>
/// The documents generated from the single sources of truth: the descriptors of <see cref="GrantAnalyzer"/> and the
/// code fix providers exported by the LambdaPermissionAnalyzers.CodeFixes assembly. <see cref="GeneratedDocumentsTests"/>
/// compares each region with its file, or rewrites it when <c>LPA_UPDATE_DOCS=1</c>.
/// </summary>
internal static class GeneratedDocuments
{
    public const string UpdateVariable = "LPA_UPDATE_DOCS";

    public const string UpdateCommand = UpdateVariable + "=1 dotnet test LambdaPermissionAnalyzers.sln --filter GeneratedDocuments";

    public static IReadOnlyList<GeneratedRegion> Regions { get; } =
    [
        new(
            "README.md rules table",
            "README.md",
            "<!-- rules-table:begin: generated from the descriptors and code fixes, see CONTRIBUTING.md -->",
            "<!-- rules-table:end -->",
            rules => Table(
                ["Id", "Severity", "Title", "Code fix"],
                rules.Select(r => new[] { Link(r.Id, r.PagePath), Severity(r), r.Title, YesNo(r.HasCodeFix) }))),
        new(
            "README.md value and missing-member rules",
            "README.md",
            "<!-- rule-reach:begin: generated from the descriptors' custom tags, see CONTRIBUTING.md -->",
            "<!-- rule-reach:end -->",
            rules =>
            [
                .. Wrap(
                    $"- Rules about a wrong *value* ({Ids(rules, RuleTags.WrongValue)}) check a known value written to any grant object: "
                    + "one created in the method, a parameter, a field or property, a factory's result, a collection element. "
                    + "A write after the last send is ignored."),
                .. Wrap(
                    $"- Rules about something *missing* ({Ids(rules, RuleTags.Missing)}) fire only when every write to the grant "
                    + "before it is sent is visible: the grant is created in the method, or comes from a factory it calls, and is "
                    + "sent there; it may pass through helpers (below), but a grant stored, returned, captured by a lambda, passed "
                    + "by `ref` or handed to any other method before it is sent is not reported."),
            ]),
        new(
            "docs/configuration.md rules table",
            "docs/configuration.md",
            "<!-- rules-table:begin: generated from the descriptors and code fixes, see CONTRIBUTING.md -->",
            "<!-- rules-table:end -->",
            rules => Table(
                ["Id", "Title", "Category", "Default severity", "Code fix"],
                rules.Select(r => new[] { Link(r.Id, RelativeTo("docs/", r.PagePath)), r.Title, r.Category, Severity(r), YesNo(r.HasCodeFix) }))),
        new(
            "eng/sample.sh fix ids",
            "eng/sample.sh",
            "# generated:fix-ids:begin (from the descriptors and code fixes, see CONTRIBUTING.md)",
            "# generated:fix-ids:end",
            rules =>
            [
                $"fixed_ids=({string.Join(' ', rules.Where(r => r.HasCodeFix).Select(r => r.Id))})",
                $"unfixable_ids=({string.Join(' ', rules.Where(r => !r.HasCodeFix).Select(r => r.Id))})",
            ]),
        AnalysisMode("Strict", "error"),
        AnalysisMode("None", "none"),
    ];

    /// <summary>The severity of every rule in the global config of an analysis mode (LambdaPermissionAnalysisMode).</summary>
    private static GeneratedRegion AnalysisMode(string mode, string severity)
    {
        var marker = "generated:" + mode.ToLowerInvariant() + "-severities";
        return new(
            $"{mode} analysis mode",
            $"src/LambdaPermissionAnalyzers.Package/configuration/LambdaPermissionAnalyzers.{mode}.globalconfig",
            $"# {marker}:begin (from the descriptors, see CONTRIBUTING.md)",
            $"# {marker}:end",
            rules => rules.Select(r => $"dotnet_diagnostic.{r.Id}.severity = {severity}").ToList());
    }

    /// <summary>Every rule of <see cref="GrantAnalyzer"/>, ordered by id.</summary>
    public static IReadOnlyList<RuleEntry> Rules()
    {
        var fixable = FixableIds();
        return new GrantAnalyzer().SupportedDiagnostics
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => new RuleEntry(
                d.Id,
                d.Title.ToString(CultureInfo.InvariantCulture),
                d.Category,
                d.DefaultSeverity,
                d.HelpLinkUri,
                fixable.Contains(d.Id),
                d.CustomTags.ToList()))
            .ToList();
    }

    /// <summary>The ids listed in <c>FixableDiagnosticIds</c> by the non-abstract types of the code fix assembly that carry <c>[ExportCodeFixProvider]</c>.</summary>
    public static IReadOnlySet<string> FixableIds() => typeof(GrantCodeFixProvider).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
        .ToHashSet(StringComparer.Ordinal);

    private static string Severity(RuleEntry rule) => rule.Severity.ToString();

    private static string Ids(IReadOnlyList<RuleEntry> rules, string tag) => string.Join(", ", rules.Where(r => r.Tags.Contains(tag)).Select(r => r.Id));

    /// <summary>A list item wrapped at 110 columns, continuation lines indented by two spaces, as the README's prose is.</summary>
    private static List<string> Wrap(string text)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > 110)
            {
                lines.Add(line.ToString());
                line.Clear().Append("  ");
            }

            if (line.Length > 0 && line.ToString() != "  ")
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static string YesNo(bool value) => value ? "Yes" : "No";

    private static string Link(string text, string path) => $"[{text}]({path})";

    private static string RelativeTo(string folder, string path) => path.StartsWith(folder, StringComparison.Ordinal)
        ? path[folder.Length..]
        : throw new InvalidOperationException($"'{path}' is not under '{folder}'");

    /// <summary>A markdown table with a blank line before and after it, so that the marker comments stay separate blocks.</summary>
    private static List<string> Table(string[] header, IEnumerable<string[]> rows)
    {
        var lines = new List<string> { string.Empty, Row(header), "|" + string.Concat(header.Select(_ => "---|")) };
        lines.AddRange(rows.Select(Row));
        lines.Add(string.Empty);
        return lines;

        static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |";
    }
}
