using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LambdaPermissionAnalyzers.CodeFixes.Editing;

/// <summary>
/// Adds and removes member assignments in an object initializer, keeping its layout: one member per line
/// stays one per line with the same indentation and trailing-comma style; a one-line initializer stays on
/// one line; an object created without an initializer gets a one-line one.
/// </summary>
internal static class InitializerEditor
{
    /// <summary>A <c>Member = value</c> entry for an initializer.</summary>
    public static ExpressionSyntax Assignment(string member, ExpressionSyntax value)
        => AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            IdentifierName(member),
            Token(TriviaList(Space), SyntaxKind.EqualsToken, TriviaList(Space)),
            value.WithoutTrivia());

    /// <summary>Whether the initializer of <paramref name="creation"/> already assigns <paramref name="member"/>.</summary>
    public static bool Assigns(BaseObjectCreationExpressionSyntax creation, string member)
        => creation.Initializer is { } initializer
           && initializer.Expressions.Any(e => e is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } && name.Identifier.ValueText == member);

    public static BaseObjectCreationExpressionSyntax AddAssignments(BaseObjectCreationExpressionSyntax creation, IReadOnlyList<ExpressionSyntax> assignments)
    {
        if (creation.Initializer is { } initializer)
        {
            return creation.WithInitializer(Add(initializer, assignments));
        }

        var created = InitializerExpression(
            SyntaxKind.ObjectInitializerExpression,
            Token(TriviaList(Space), SyntaxKind.OpenBraceToken, TriviaList(Space)),
            SeparatedList(assignments, Enumerable.Repeat(CommaSpace(), assignments.Count - 1)),
            Token(TriviaList(Space), SyntaxKind.CloseBraceToken, TriviaList()));
        var trailing = creation.GetTrailingTrivia();
        return creation.WithoutTrailingTrivia().WithInitializer(created).WithTrailingTrivia(trailing);
    }

    /// <summary>
    /// Removes the entry <paramref name="entry"/>, with its separator, as a person would: what sits on the entry's own
    /// line goes with it; comment lines above it stay (now above the next entry or the closing brace); a comment after
    /// the comma of the previous entry stays on that entry's line; a one-line initializer keeps its spacing and gets no
    /// trailing comma it did not have.
    /// </summary>
    public static InitializerExpressionSyntax Remove(InitializerExpressionSyntax initializer, ExpressionSyntax entry)
    {
        // The braces around the entries and separators: [{, e0, ",", e1, ..., }].
        var all = new List<SyntaxNodeOrToken> { initializer.OpenBraceToken };
        all.AddRange(initializer.Expressions.GetWithSeparators());
        all.Add(initializer.CloseBraceToken);
        var at = all.IndexOf(entry);
        if (at < 0)
        {
            return initializer;
        }

        var last = all.Count - 1;
        if (all[at + 1].IsToken && at + 1 < last)
        {
            // A comma follows the entry: remove both; the next entry (or the closing brace) takes what stays.
            var separator = all[at + 1];
            var previous = all[at - 1];
            var next = all[at + 2];
            SyntaxTriviaList carried;
            if (EndsLine(previous.GetTrailingTrivia()))
            {
                // The entry starts its line: keep the lines above it; when the next entry shares its line, that entry
                // takes the entry's place (and its indentation).
                carried = EndsLine(separator.GetTrailingTrivia()) ? LinesBefore(entry.GetLeadingTrivia()) : entry.GetLeadingTrivia();
            }
            else
            {
                // The entry shares its line with the previous one: that line keeps its end (and a comment on it).
                if (EndsLine(separator.GetTrailingTrivia()))
                {
                    all[at - 1] = previous.WithTrailingTrivia(separator.GetTrailingTrivia());
                }

                carried = TriviaList();
            }

            all[at + 2] = next.WithLeadingTrivia(carried.AddRange(next.GetLeadingTrivia()));
            all.RemoveRange(at, 2);
        }
        else
        {
            // The last entry without a trailing comma (or the only entry): remove it and the comma before it.
            var before = all[at - 1];
            var close = all[last];
            var hasComma = at - 1 > 0;
            var previous = hasComma ? all[at - 2] : default;
            var closeOnEntryLine = !EndsLine(entry.GetTrailingTrivia());
            SyntaxTriviaList carried;
            SyntaxTriviaList previousKeeps;
            if (hasComma && EndsLine(previous.GetTrailingTrivia()))
            {
                // ", C = 3" on a line of its own (leading commas): the line goes, the lines above it stay.
                carried = closeOnEntryLine ? before.GetLeadingTrivia() : LinesBefore(before.GetLeadingTrivia());
                previousKeeps = TriviaList();
            }
            else if (EndsLine(before.GetTrailingTrivia()))
            {
                if (hasComma && closeOnEntryLine && !HasComment(before.GetTrailingTrivia()) && LinesBefore(entry.GetLeadingTrivia()).Count == 0)
                {
                    // "B = 2,\n    C = 3 }": the brace moves up to the previous entry's line.
                    carried = TriviaList();
                    previousKeeps = before.GetLeadingTrivia().AddRange(entry.GetTrailingTrivia());
                }
                else
                {
                    // On its own line: the lines above it stay above the closing brace; the previous entry keeps the
                    // comment after its comma and its line end.
                    carried = closeOnEntryLine ? entry.GetLeadingTrivia() : LinesBefore(entry.GetLeadingTrivia());
                    previousKeeps = before.GetLeadingTrivia().AddRange(before.GetTrailingTrivia());
                }
            }
            else
            {
                // On the previous entry's line ("{ A = 1, B = 2 }"): that entry takes the end of the line.
                carried = TriviaList();
                previousKeeps = before.GetLeadingTrivia().AddRange(entry.GetTrailingTrivia());
            }

            all[last] = close.WithLeadingTrivia(carried.AddRange(close.GetLeadingTrivia()));
            if (hasComma)
            {
                all[at - 2] = previous.WithTrailingTrivia(previous.GetTrailingTrivia().AddRange(previousKeeps));
                all.RemoveRange(at - 1, 2);
            }
            else
            {
                all.RemoveAt(at);
            }
        }

        return initializer
            .WithOpenBraceToken(all[0].AsToken())
            .WithExpressions(SeparatedList<ExpressionSyntax>(all.GetRange(1, all.Count - 2)))
            .WithCloseBraceToken(all[all.Count - 1].AsToken());
    }

    /// <summary>Whether the trivia ends a line (an end of line, or a directive, which holds its own).</summary>
    internal static bool EndsLine(SyntaxTriviaList trivia)
        => trivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia) || t.IsDirective);

    private static bool HasComment(SyntaxTriviaList trivia)
        => trivia.Any(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia) || t.IsDirective);

    /// <summary>The whole lines of a leading trivia (comment lines, blank lines, directives), without the last line's indentation.</summary>
    internal static SyntaxTriviaList LinesBefore(SyntaxTriviaList leading)
    {
        for (var i = leading.Count - 1; i >= 0; i--)
        {
            if (leading[i].IsKind(SyntaxKind.EndOfLineTrivia) || leading[i].IsDirective)
            {
                return TriviaList(leading.Take(i + 1));
            }
        }

        return TriviaList();
    }

    private static InitializerExpressionSyntax Add(InitializerExpressionSyntax initializer, IReadOnlyList<ExpressionSyntax> assignments)
    {
        var list = initializer.Expressions.GetWithSeparators().ToList();
        var hasTrailingComma = list.Count > 0 && list[list.Count - 1].IsToken;

        if (!IsMultiLine(initializer))
        {
            if (list.Count > 0 && !hasTrailingComma)
            {
                var last = list[list.Count - 1].AsNode()!;
                list[list.Count - 1] = last.WithoutTrailingTrivia();
                list.Add(CommaSpace());
            }

            for (var i = 0; i < assignments.Count; i++)
            {
                list.Add(assignments[i]);
                if (i < assignments.Count - 1)
                {
                    list.Add(CommaSpace());
                }
                else if (hasTrailingComma)
                {
                    list.Add(Token(SyntaxKind.CommaToken));
                }
            }

            var open = initializer.OpenBraceToken.TrailingTrivia.Count == 0
                ? initializer.OpenBraceToken.WithTrailingTrivia(Space)
                : initializer.OpenBraceToken;
            var close = initializer.CloseBraceToken.LeadingTrivia.Count == 0
                ? initializer.CloseBraceToken.WithLeadingTrivia(Space)
                : initializer.CloseBraceToken;
            return initializer.WithOpenBraceToken(open)
                .WithExpressions(SeparatedList<ExpressionSyntax>(list))
                .WithCloseBraceToken(close);
        }

        var endOfLine = FindEndOfLine(initializer);
        var indentation = GetEntryIndentation(initializer);
        var lineEnd = TriviaList(endOfLine);
        if (list.Count > 0 && !hasTrailingComma)
        {
            var last = list[list.Count - 1].AsNode()!;
            list[list.Count - 1] = last.WithoutTrailingTrivia();
            list.Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(last.GetTrailingTrivia()));
        }

        for (var i = 0; i < assignments.Count; i++)
        {
            var entry = assignments[i].WithLeadingTrivia(indentation);
            if (i < assignments.Count - 1 || hasTrailingComma)
            {
                list.Add(entry);
                list.Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(lineEnd));
            }
            else
            {
                list.Add(entry.WithTrailingTrivia(lineEnd));
            }
        }

        var openBrace = initializer.OpenBraceToken;
        if (initializer.Expressions.Count == 0 && !openBrace.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia))
        {
            openBrace = openBrace.WithTrailingTrivia(lineEnd);
        }

        return initializer.WithOpenBraceToken(openBrace).WithExpressions(SeparatedList<ExpressionSyntax>(list));
    }

    private static SyntaxToken CommaSpace() => Token(TriviaList(), SyntaxKind.CommaToken, TriviaList(Space));

    private static bool IsMultiLine(InitializerExpressionSyntax initializer)
        => initializer.WithoutTrivia().ToFullString().IndexOf('\n') >= 0;

    private static SyntaxTrivia FindEndOfLine(SyntaxNode node)
    {
        foreach (var trivia in node.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return CarriageReturnLineFeed;
    }

    /// <summary>The whitespace that starts an entry's line: the first entry's, or the brace's plus four spaces.</summary>
    private static SyntaxTriviaList GetEntryIndentation(InitializerExpressionSyntax initializer)
    {
        if (initializer.Expressions.Count > 0)
        {
            return TriviaList(initializer.Expressions[0].GetLeadingTrivia().Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
        }

        var braceIndentation = initializer.CloseBraceToken.LeadingTrivia.LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToString();
        return TriviaList(Whitespace(braceIndentation + "    "));
    }
}
