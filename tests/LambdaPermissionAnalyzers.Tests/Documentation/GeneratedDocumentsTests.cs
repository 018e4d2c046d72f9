using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Xunit.Abstractions;

namespace LambdaPermissionAnalyzers.Tests.Documentation;

/// <summary>
/// The rule tables of README.md and docs/configuration.md and the fix check's id lists in eng/sample.sh are generated
/// (<see cref="GeneratedDocuments"/>): each region must equal, whole, what the descriptors and code fix providers give.
/// With <c>LPA_UPDATE_DOCS=1</c> a stale region is rewritten instead.
/// </summary>
public class GeneratedDocumentsTests(ITestOutputHelper output)
{
    private static readonly string RepositoryRoot = typeof(GeneratedDocumentsTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static TheoryData<string> GeneratedFiles() => new(GeneratedDocuments.Regions.Select(r => r.Name));

    public static TheoryData<string> RuleIds() => new(GeneratedDocuments.Rules().Select(r => r.Id));

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_region_is_up_to_date(string name)
    {
        var region = GeneratedDocuments.Regions.Single(r => r.Name == name);
        var path = region.Path;
        var file = Path.Combine(RepositoryRoot, path);
        var text = File.ReadAllText(file);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline).ToList();
        var begin = SingleLine(lines, region.Begin, path);
        var end = SingleLine(lines, region.End, path);
        Assert.True(begin < end, $"{path}: '{region.End}' (line {end + 1}) comes before '{region.Begin}' (line {begin + 1})");

        var actual = lines.GetRange(begin + 1, end - begin - 1);
        var expected = region.Render(GeneratedDocuments.Rules());
        if (actual.SequenceEqual(expected, StringComparer.Ordinal))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(GeneratedDocuments.UpdateVariable) == "1")
        {
            lines.RemoveRange(begin + 1, actual.Count);
            lines.InsertRange(begin + 1, expected);
            File.WriteAllText(file, string.Join(newline, lines));
            output.WriteLine($"{path}: rewrote the generated region (lines {begin + 2}-{begin + 1 + expected.Count})");
            return;
        }

        Assert.Fail(
            $"{path}: the generated region (lines {begin + 2}-{end}) is stale. Regenerate it with:" + Environment.NewLine
            + $"  {GeneratedDocuments.UpdateCommand}" + Environment.NewLine
            + "'-' is the file, '+' what the descriptors and code fixes give:" + Environment.NewLine
            + Diff(actual, expected));
    }

    [Fact]
    public void Every_fixable_id_is_a_rule_id()
    {
        var ids = GeneratedDocuments.Rules().Select(r => r.Id);
        Assert.Empty(GeneratedDocuments.FixableIds().Except(ids).Order(StringComparer.Ordinal));
    }

    /// <summary>The table at the top of each rule page is written by hand; its category, severity and code fix rows must agree.</summary>
    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_page_header_agrees_with_the_descriptor_and_code_fixes(string id)
    {
        var rule = GeneratedDocuments.Rules().Single(r => r.Id == id);
        var header = File.ReadLines(Path.Combine(RepositoryRoot, rule.PagePath)).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Contains($"| Category | {rule.Category} |", header);
        Assert.Contains($"| Severity (default) | {rule.Severity} |", header);
        var codeFix = Assert.Single(header, l => l.StartsWith("| Code fix | ", StringComparison.Ordinal));
        Assert.StartsWith(rule.HasCodeFix ? "| Code fix | Yes" : "| Code fix | No |", codeFix, StringComparison.Ordinal);
    }

    private static int SingleLine(List<string> lines, string marker, string path)
    {
        var found = Enumerable.Range(0, lines.Count).Where(i => lines[i] == marker).ToList();
        Assert.True(found.Count == 1, $"{path}: expected the marker line '{marker}' once, found it {found.Count} times");
        return found[0];
    }

    /// <summary>
    /// A line diff (longest common subsequence): '-' only in <paramref name="before"/>, '+' only in <paramref name="after"/>,
    /// ' ' unchanged, shown only within <paramref name="context"/> lines of a change ("..." for the lines left out).
    /// </summary>
    private static string Diff(IReadOnlyList<string> before, IReadOnlyList<string> after, int context = 2)
    {
        var common = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                common[i, j] = before[i] == after[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var lines = new List<(char Mark, string Text)>();
        int b = 0, a = 0;
        while (b < before.Count || a < after.Count)
        {
            if (b < before.Count && a < after.Count && before[b] == after[a])
            {
                lines.Add((' ', before[b++]));
                a++;
            }
            else if (b < before.Count && (a == after.Count || common[b + 1, a] >= common[b, a + 1]))
            {
                lines.Add(('-', before[b++]));
            }
            else
            {
                lines.Add(('+', after[a++]));
            }
        }

        var changed = Enumerable.Range(0, lines.Count).Where(i => lines[i].Mark != ' ').ToList();
        var diff = new StringBuilder();
        var skipped = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (changed.Exists(c => Math.Abs(c - i) <= context))
            {
                diff.Append(lines[i].Mark).Append(' ').AppendLine(lines[i].Text);
                skipped = false;
            }
            else if (!skipped)
            {
                diff.AppendLine("  ...");
                skipped = true;
            }
        }

        return diff.ToString();
    }
}
