using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaPermissionAnalyzers.CodeFixes.Editing;

/// <summary>
/// Adds members to a grant in the style it is written in: <c>request.Member = value;</c> statements when the grant's
/// local is written by statements before its send, else entries of its initializer (created when there is none).
/// </summary>
internal static class GrantMemberEditor
{
    /// <summary>Whether the grant's initializer, or a statement that writes its local before the send, assigns <paramref name="member"/>.</summary>
    public static bool Assigns(BaseObjectCreationExpressionSyntax creation, string member)
        => InitializerEditor.Assigns(creation, member) || StatementWrites.Find(creation)?.Assigns(member) == true;

    /// <summary>Where a value for an added member must be in scope: after the last statement write, else at the creation.</summary>
    public static int ValuePosition(BaseObjectCreationExpressionSyntax creation)
        => StatementWrites.Find(creation) is { IsStatementStyle: true } writes ? writes.InsertionPosition : creation.SpanStart;

    /// <summary><paramref name="root"/> (which holds <paramref name="creation"/>) with the members added.</summary>
    public static SyntaxNode Add(SyntaxNode root, BaseObjectCreationExpressionSyntax creation, IReadOnlyList<(string Member, ExpressionSyntax Value)> members)
    {
        if (members.Count == 0)
        {
            return root;
        }

        if (StatementWrites.Find(creation) is { IsStatementStyle: true } writes)
        {
            return writes.Add(root, members);
        }

        var assignments = new List<ExpressionSyntax>();
        foreach (var (member, value) in members)
        {
            assignments.Add(InitializerEditor.Assignment(member, value));
        }

        return root.ReplaceNode(creation, InitializerEditor.AddAssignments(creation, assignments));
    }
}
