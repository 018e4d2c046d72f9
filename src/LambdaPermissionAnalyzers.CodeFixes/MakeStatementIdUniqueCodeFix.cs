using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using LambdaPermissionAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>
/// LPA0006: gives the second statement an id no other string of the method uses (<c>AllowS3Invoke2</c>). In a loop, the
/// id gets a per-iteration suffix: the loop's integral counter (<c>$"AllowS3Invoke-{i}"</c>), or a counter declared
/// before the loop (<c>$"AllowS3Invoke-{statementNumber++}"</c>). Ids stay within 100 characters of <c>[a-zA-Z0-9-_]</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeStatementIdUniqueCodeFix))]
[Shared]
public sealed class MakeStatementIdUniqueCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0006.MakeUnique";

    /// <summary>Room for a '-' and an int's digits and sign.</summary>
    private const int SuffixRoom = 12;

    private const string CounterName = "statementNumber";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.DuplicateStatementId);

    protected override string EquivalenceKey => Key;

    protected override Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var literal = node as LiteralExpressionSyntax;
        if (literal is null || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return Task.FromResult<string?>(null);
        }

        if (!IsInLoop(diagnostic))
        {
            return Task.FromResult<string?>("Make the statement id unique");
        }

        return Task.FromResult<string?>(
            diagnostic.Properties.ContainsKey(DuplicateStatementIdRule.IterationVariableProperty) || EnclosingLoop(literal) is not null
                ? "Make the statement id unique per iteration"
                : null);
    }

    protected override async Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var literal = node as LiteralExpressionSyntax;
        if (root is null || literal is null)
        {
            return document;
        }

        if (!IsInLoop(diagnostic))
        {
            var unique = StatementIds.MakeUnique(literal.Token.ValueText, literal);
            return document.WithSyntaxRoot(root.ReplaceNode(literal, literal.WithToken(Literal(unique).WithTriviaFrom(literal.Token))));
        }

        var prefix = literal.Token.ValueText;
        if (prefix.Length > 100 - SuffixRoom)
        {
            prefix = prefix.Substring(0, 100 - SuffixRoom);
        }

        if (diagnostic.Properties.GetValueOrDefault(DuplicateStatementIdRule.IterationVariableProperty) is { } variable)
        {
            return document.WithSyntaxRoot(root.ReplaceNode(literal, Interpolated(prefix, IdentifierName(variable)).WithTriviaFrom(literal)));
        }

        var loop = EnclosingLoop(literal);
        if (loop is null)
        {
            return document;
        }

        // A counter declared just before the loop, incremented as the id is built.
        var counter = UniqueName(root, loop);
        var declaration = LocalDeclarationStatement(
                VariableDeclaration(IdentifierName("var"))
                    .AddVariables(VariableDeclarator(counter).WithInitializer(EqualsValueClause(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(0))))))
            .WithLeadingTrivia(loop.GetLeadingTrivia())
            .WithTrailingTrivia(EndOfLineOf(loop));
        var editedLoop = loop.ReplaceNode(
            literal,
            Interpolated(prefix, PostfixUnaryExpression(SyntaxKind.PostIncrementExpression, IdentifierName(counter))).WithTriviaFrom(literal));
        if (loop.Parent is BlockSyntax block)
        {
            var index = block.Statements.IndexOf(loop);
            var statements = block.Statements.RemoveAt(index).Insert(index, editedLoop).Insert(index, declaration);
            return document.WithSyntaxRoot(root.ReplaceNode(block, block.WithStatements(statements)));
        }

        if (loop.Parent is GlobalStatementSyntax global && global.Parent is CompilationUnitSyntax unit)
        {
            var members = unit.Members;
            var index = members.IndexOf(global);
            members = members.RemoveAt(index).Insert(index, global.WithStatement(editedLoop)).Insert(index, GlobalStatement(declaration));
            return document.WithSyntaxRoot(root.ReplaceNode(unit, unit.WithMembers(members)));
        }

        return document;
    }

    private static bool IsInLoop(Diagnostic diagnostic) => diagnostic.Properties.ContainsKey(DuplicateStatementIdRule.InLoopProperty);

    /// <summary>The loop statement around the id, when it sits in a block (a counter can be declared before it).</summary>
    private static StatementSyntax? EnclosingLoop(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax:
                    return null;
                case ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
                    when ancestor.Parent is BlockSyntax or GlobalStatementSyntax:
                    return (StatementSyntax)ancestor;
            }
        }

        return null;
    }

    private static InterpolatedStringExpressionSyntax Interpolated(string prefix, ExpressionSyntax suffix)
        => InterpolatedStringExpression(
            Token(SyntaxKind.InterpolatedStringStartToken),
            List(new InterpolatedStringContentSyntax[]
            {
                // The parser's value text of interpolated text keeps doubled braces (and resolves the other escapes).
                InterpolatedStringText(Token(TriviaList(), SyntaxKind.InterpolatedStringTextToken, Escape(prefix) + "-", DoubleBraces(prefix) + "-", TriviaList())),
                Interpolation(suffix),
            }));

    /// <summary>The file's own line break.</summary>
    private static SyntaxTrivia EndOfLineOf(SyntaxNode node)
    {
        foreach (var trivia in node.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return EndOfLine("\n");
    }

    private static string Escape(string text) => DoubleBraces(text.Replace("\\", "\\\\").Replace("\"", "\\\""));

    private static string DoubleBraces(string text) => text.Replace("{", "{{").Replace("}", "}}");

    private static string UniqueName(SyntaxNode root, SyntaxNode near)
    {
        var taken = root.DescendantTokens().Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Select(token => token.ValueText).ToImmutableHashSet();
        var name = CounterName;
        for (var i = 2; taken.Contains(name); i++)
        {
            name = CounterName + i;
        }

        return name;
    }
}
