using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LambdaPermissionAnalyzers.CodeFixes.Editing;

/// <summary>
/// A grant built statement by statement: the local its creation initializes, and the <c>local.Member = value;</c>
/// statements that follow the declaration in the same block, up to the first other use of the local (the send, a
/// return, a call that takes it).
/// </summary>
internal sealed class StatementWrites
{
    private readonly List<ExpressionStatementSyntax> _writes;

    private StatementWrites(string local, List<ExpressionStatementSyntax> writes, StatementSyntax? firstOtherUse)
    {
        Local = local;
        _writes = writes;
        FirstOtherUse = firstOtherUse;
    }

    /// <summary>The first statement after the declaration that uses the local otherwise than by a member write (usually the send).</summary>
    public StatementSyntax? FirstOtherUse { get; }

    /// <summary>The members the statements write, in order, with the written values.</summary>
    public IEnumerable<(string Member, ExpressionSyntax Value)> Members
        => _writes.Select(write => (WrittenMember(write, Local)!, ((AssignmentExpressionSyntax)write.Expression).Right));

    /// <summary>The name of the local the grant is built in.</summary>
    public string Local { get; }

    /// <summary>Whether the grant is built in statements: at least one <c>local.Member = value;</c> follows the declaration.</summary>
    public bool IsStatementStyle => _writes.Count > 0;

    /// <summary>
    /// The writes to the local that <paramref name="creation"/> initializes, when it initializes a local declared in a
    /// block (or switch section); <see langword="null"/> otherwise.
    /// </summary>
    public static StatementWrites? Find(BaseObjectCreationExpressionSyntax creation)
    {
        var declarator = (creation.WithEnclosingParentheses().Parent as EqualsValueClauseSyntax)?.Parent as VariableDeclaratorSyntax;
        var declaration = declarator?.Parent?.Parent as LocalDeclarationStatementSyntax;
        if (declarator is null || declaration is null)
        {
            return null;
        }

        SyntaxList<StatementSyntax> statements;
        switch (declaration.Parent)
        {
            case BlockSyntax block:
                statements = block.Statements;
                break;
            case SwitchSectionSyntax section:
                statements = section.Statements;
                break;
            default:
                return null;
        }

        var local = declarator.Identifier.ValueText;
        var writes = new List<ExpressionStatementSyntax>();
        StatementSyntax? firstOtherUse = null;
        for (var i = statements.IndexOf(declaration) + 1; i < statements.Count; i++)
        {
            if (WrittenMember(statements[i], local) is not null)
            {
                writes.Add((ExpressionStatementSyntax)statements[i]);
            }
            else if (statements[i].DescendantNodes().OfType<IdentifierNameSyntax>().Any(name => name.Identifier.ValueText == local))
            {
                // The first other use (the send): members written after it are not part of the grant sent.
                firstOtherUse = statements[i];
                break;
            }
        }

        return new StatementWrites(local, writes, firstOtherUse);
    }

    /// <summary>Whether a statement before the send writes <paramref name="member"/>.</summary>
    public bool Assigns(string member) => _writes.Any(write => WrittenMember(write, Local) == member);

    /// <summary>
    /// <paramref name="root"/> with <c>local.Member = value;</c> statements right after the last write, on their own lines
    /// with its indentation and line ending (on its line, when it shares its line with the next statement).
    /// </summary>
    public SyntaxNode Add(SyntaxNode root, IReadOnlyList<(string Member, ExpressionSyntax Value)> members)
    {
        var last = _writes[_writes.Count - 1];
        var trailing = last.GetTrailingTrivia();
        var endOfLine = trailing.FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var (leading, after) = endOfLine.IsKind(SyntaxKind.EndOfLineTrivia)
            ? (TriviaList(Whitespace(Indentation(last))), TriviaList(endOfLine))
            : (TriviaList(), TriviaList(Space));

        var statements = new List<StatementSyntax>();
        foreach (var (member, value) in members)
        {
            statements.Add(ExpressionStatement(AssignmentExpression(
                    SyntaxKind.SimpleAssignmentExpression,
                    MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(Local), IdentifierName(member)),
                    Token(TriviaList(Space), SyntaxKind.EqualsToken, TriviaList(Space)),
                    value.WithoutTrivia()))
                .WithLeadingTrivia(leading)
                .WithTrailingTrivia(after));
        }

        return root.InsertNodesAfter(last, statements);
    }

    /// <summary>The point where added statements go: after the last write (what is declared before it is in scope there).</summary>
    public int InsertionPosition => _writes[_writes.Count - 1].Span.End;

    private static string? WrittenMember(StatementSyntax statement, string local)
        => statement is ExpressionStatementSyntax
        {
            Expression: AssignmentExpressionSyntax
            {
                RawKind: (int)SyntaxKind.SimpleAssignmentExpression,
                Left: MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Expression: IdentifierNameSyntax receiver, Name: IdentifierNameSyntax name },
            },
        }
           && receiver.Identifier.ValueText == local
            ? name.Identifier.ValueText
            : null;

    /// <summary>The whitespace that starts the line <paramref name="node"/> starts on.</summary>
    private static string Indentation(SyntaxNode node)
    {
        var text = node.SyntaxTree.GetText();
        var line = text.ToString(text.Lines.GetLineFromPosition(node.SpanStart).Span);
        return line.Substring(0, line.Length - line.TrimStart().Length);
    }
}
