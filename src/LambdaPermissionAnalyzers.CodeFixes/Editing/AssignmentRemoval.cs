using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaPermissionAnalyzers.CodeFixes.Editing;

/// <summary>Removes the assignment of a member: an initializer entry, or a <c>request.Member = value;</c> statement.</summary>
internal static class AssignmentRemoval
{
    /// <summary>Whether the assignment around <paramref name="value"/> can be removed and leave valid code.</summary>
    public static bool CanRemove(SyntaxNode value) => FindRemovable(value) is not null;

    /// <summary>The root without the assignment around <paramref name="value"/> (unchanged when it cannot be removed).</summary>
    public static SyntaxNode Remove(SyntaxNode root, SyntaxNode value)
    {
        switch (FindRemovable(value))
        {
            case AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer } entry:
                return root.ReplaceNode(initializer, InitializerEditor.Remove(initializer, entry));
            case ExpressionStatementSyntax statement:
                return RemoveStatement(root, statement);
            default:
                return root;
        }
    }

    /// <summary>
    /// Removes the statement with what sits on its own line (a comment after it); the comment lines above it stay, above
    /// the next statement or the closing brace. When the statement shares its line with the one before, that line keeps its end.
    /// </summary>
    private static SyntaxNode RemoveStatement(SyntaxNode root, ExpressionStatementSyntax statement)
    {
        var tracked = root.TrackNodes(statement);
        var current = tracked.GetCurrentNode(statement)!;
        var previous = current.GetFirstToken().GetPreviousToken(includeZeroWidth: true);
        var next = current.GetLastToken().GetNextToken(includeZeroWidth: true);
        var leading = current.GetLeadingTrivia();
        var trailing = current.GetTrailingTrivia();
        var startsLine = previous.RawKind == 0 || InitializerEditor.EndsLine(previous.TrailingTrivia);
        var endsLine = InitializerEditor.EndsLine(trailing);

        var replacements = new Dictionary<SyntaxToken, SyntaxToken>();
        if (startsLine && next.RawKind != 0)
        {
            // The lines above the statement stay; when the next statement shares its line, it takes the statement's place.
            var carried = endsLine ? InitializerEditor.LinesBefore(leading) : leading;
            replacements.Add(next, next.WithLeadingTrivia(carried.AddRange(next.LeadingTrivia)));
        }
        else if (!startsLine && endsLine)
        {
            replacements.Add(previous, previous.WithTrailingTrivia(trailing));
        }

        var edited = tracked.ReplaceTokens(replacements.Keys, (original, _) => replacements[original]);
        return edited.RemoveNode(edited.GetCurrentNode(statement)!, SyntaxRemoveOptions.KeepNoTrivia) ?? root;
    }

    private static SyntaxNode? FindRemovable(SyntaxNode value)
    {
        var assignment = value.FirstAncestorOrSelf<AssignmentExpressionSyntax>();
        if (assignment is null)
        {
            return null;
        }

        return assignment.Parent switch
        {
            InitializerExpressionSyntax => assignment,
            ExpressionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax } statement => statement,
            _ => null,
        };
    }
}
