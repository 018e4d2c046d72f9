using System.Linq;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>
/// The initializer layouts the fixes keep when they remove or add an entry (one per line with or without trailing
/// commas, leading commas, one line, comments above and after entries, the brace on the last entry's line, no
/// initializer at all). Plain unit tests over parsed syntax: "|" stands for a line break.
/// </summary>
public class InitializerEditorTests
{
    [Theory]
    [InlineData("{|    A = 1,|    B = 2,|    C = 3,|}", "B", "{|    A = 1,|    C = 3,|}")]
    [InlineData("{|    A = 1,|    // about B|    B = 2,|    C = 3,|}", "B", "{|    A = 1,|    // about B|    C = 3,|}")]
    [InlineData("{|    A = 1,|    B = 2, C = 3,|}", "B", "{|    A = 1,|    C = 3,|}")]
    [InlineData("{|    A = 1, B = 2,|    C = 3,|}", "B", "{|    A = 1,|    C = 3,|}")]
    [InlineData("{|    A = 1, // one|    B = 2,|}", "B", "{|    A = 1, // one|}")]
    [InlineData("{|    A = 1,|    B = 2|}", "B", "{|    A = 1|}")]
    [InlineData("{|    A = 1,|    // about B|    B = 2|}", "B", "{|    A = 1|    // about B|}")]
    [InlineData("{|    A = 1,|    B = 2 }", "B", "{|    A = 1 }")]
    [InlineData("{|    A = 1, // one|    B = 2 }", "B", "{|    A = 1 // one|    }")]
    [InlineData("{|    A = 1|    , B = 2|    , C = 3|}", "C", "{|    A = 1|    , B = 2|}")]
    [InlineData("{|    A = 1|    , B = 2|    , C = 3 }", "C", "{|    A = 1|    , B = 2|    }")]
    [InlineData("{ A = 1, B = 2, C = 3 }", "B", "{ A = 1, C = 3 }")]
    [InlineData("{ A = 1, B = 2, C = 3 }", "C", "{ A = 1, B = 2 }")]
    [InlineData("{ A = 1, B = 2, C = 3 }", "A", "{ B = 2, C = 3 }")]
    [InlineData("{ A = 1 }", "A", "{ }")]
    [InlineData("{ A = 1, }", "A", "{ }")]
    public void Removing_an_entry_keeps_the_layout(string before, string member, string after)
    {
        var initializer = Initializer(before);
        var entry = initializer.Expressions.Single(e => ((AssignmentExpressionSyntax)e).Left.ToString() == member);

        var edited = InitializerEditor.Remove(initializer, entry);

        Assert.Equal(after, edited.ToFullString().Replace("\n", "|"));
    }

    [Theory]
    [InlineData("new R()", "new R() { X = 9, Y = 8 }")]
    [InlineData("new R", "new R { X = 9, Y = 8 }")]
    [InlineData("new R { }", "new R { X = 9, Y = 8 }")]
    [InlineData("new R {}", "new R { X = 9, Y = 8 }")]
    [InlineData("new R { A = 1 }", "new R { A = 1, X = 9, Y = 8 }")]
    [InlineData("new R { A = 1, }", "new R { A = 1, X = 9, Y = 8, }")]
    [InlineData("new R|{|    A = 1,|}", "new R|{|    A = 1,|    X = 9,|    Y = 8,|}")]
    [InlineData("new R|{|    A = 1|}", "new R|{|    A = 1,|    X = 9,|    Y = 8|}")]
    [InlineData("new R|{|        A = 1,|        B = 2,|}", "new R|{|        A = 1,|        B = 2,|        X = 9,|        Y = 8,|}")]
    [InlineData("new R|    {|    }", "new R|    {|        X = 9,|        Y = 8|    }")]
    public void Adding_entries_keeps_the_layout(string before, string after)
    {
        var creation = (BaseObjectCreationExpressionSyntax)SyntaxFactory.ParseExpression(before.Replace("|", "\n"));
        var entries = new[] { InitializerEditor.Assignment("X", SyntaxFactory.ParseExpression("9")), InitializerEditor.Assignment("Y", SyntaxFactory.ParseExpression("8")) };

        var edited = InitializerEditor.AddAssignments(creation, entries);

        Assert.Equal(after, edited.ToFullString().Replace("\n", "|"));
    }

    private static InitializerExpressionSyntax Initializer(string text)
        => ((BaseObjectCreationExpressionSyntax)SyntaxFactory.ParseExpression("new R " + text.Replace("|", "\n"))).Initializer!;
}
