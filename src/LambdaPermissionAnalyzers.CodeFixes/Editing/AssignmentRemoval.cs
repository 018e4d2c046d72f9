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
                return root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia) ?? root;
            default:
                return root;
        }
    }

    private static SyntaxNode? FindRemovable(SyntaxNode value)
    {
        if (value.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is not { } assignment)
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
