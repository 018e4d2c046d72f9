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

    /// <summary>Removes the entry <paramref name="entry"/>, with its separator, from its initializer.</summary>
    public static InitializerExpressionSyntax Remove(InitializerExpressionSyntax initializer, ExpressionSyntax entry)
    {
        var expressions = initializer.Expressions;
        var index = expressions.IndexOf(entry);
        var removed = expressions.Remove(entry);
        if (!IsMultiLine(initializer) && removed.Count > 0 && index == expressions.Count - 1 && removed.SeparatorCount == removed.Count - 1)
        {
            // "{ A = 1, B = 2 }" without B: keep the space before the brace.
            removed = removed.Replace(removed.Last(), removed.Last().WithTrailingTrivia(entry.GetTrailingTrivia()));
        }

        return initializer.WithExpressions(removed);
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
