using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Tests;

/// <summary>
/// Every rule is traceable: a unique id, a help link to its page, its page and its release row. The rule tables of README.md
/// and docs/configuration.md are compared whole by <see cref="Documentation.GeneratedDocumentsTests"/>.
/// </summary>
public class DescriptorTests
{
    private static readonly string RepositoryRoot = typeof(DescriptorTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in new GrantAnalyzer().SupportedDiagnostics)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void The_rule_table_lists_every_rule_class_once_in_the_order_of_their_first_id()
    {
        // GrantRules lists the rules instead of finding them by reflection at run time (that scan cost every build, with or
        // without AWS); this scan, in the tests only, is what keeps the list whole.
        var classes = typeof(GrantAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && (typeof(LambdaPermissionAnalyzers.Rules.GrantRule).IsAssignableFrom(type) || typeof(LambdaPermissionAnalyzers.Rules.GrantSetRule).IsAssignableFrom(type)))
            .Select(type => type.FullName)
            .Order()
            .ToList();
        var listed = LambdaPermissionAnalyzers.Rules.GrantRules.Single.Select(rule => rule.GetType().FullName)
            .Concat(LambdaPermissionAnalyzers.Rules.GrantRules.Sets.Select(rule => rule.GetType().FullName))
            .ToList();
        Assert.Equal(classes, listed.Order());

        var singleIds = LambdaPermissionAnalyzers.Rules.GrantRules.Single.Select(rule => rule.SupportedDiagnostics[0].Id).ToList();
        var setIds = LambdaPermissionAnalyzers.Rules.GrantRules.Sets.Select(rule => rule.SupportedDiagnostics[0].Id).ToList();
        Assert.Equal(singleIds.Order(System.StringComparer.Ordinal), singleIds);
        Assert.Equal(setIds.Order(System.StringComparer.Ordinal), setIds);
    }

    [Fact]
    public void Ids_are_unique_and_come_from_the_central_class()
    {
        var ids = new GrantAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());

        var central = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        Assert.Equal(central.Order(), ids.Order());
        Assert.All(ids, id => Assert.Matches("^LPA[0-9]{4}$", id));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_links_to_its_docs_page_which_exists(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Equal($"https://github.com/lambda-permission-analyzers/LambdaPermissionAnalyzers/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);

        var page = Path.Combine(RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        var firstLine = File.ReadLines(page).First();
        Assert.Equal($"# {id}: {descriptor.Title}", firstLine);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_has_its_row_in_the_unshipped_release(string id)
    {
        var descriptor = Descriptor(id);
        var rows = File.ReadAllLines(Path.Combine(RepositoryRoot, "AnalyzerReleases.Unshipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(RepositoryRoot, "AnalyzerReleases.Shipped.md")));
        Assert.Contains(rows, row => Regex.IsMatch(row, $@"^{id}\s*\|\s*{descriptor.Category}\s*\|\s*{descriptor.DefaultSeverity}\s*\|"));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Messages_and_descriptions_are_sentences_a_developer_reads(string id)
    {
        var descriptor = Descriptor(id);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
        Assert.DoesNotMatch(@"\.$", descriptor.MessageFormat.ToString());
        Assert.True(descriptor.IsEnabledByDefault);
    }

    private static DiagnosticDescriptor Descriptor(string id) => new GrantAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);
}
