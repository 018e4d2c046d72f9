using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>
/// LPA0202: inserts the companion grant after the statement that sends the public function URL grant: the same
/// call, function, principal, qualifier and restrictions, with <c>Action = "lambda:InvokeFunction"</c>,
/// <c>InvokedViaFunctionUrl = true</c>, no <c>FunctionUrlAuthType</c> or <c>RevisionId</c>, and a statement id
/// unique in the method (<c>FunctionURLAllowInvokeAction</c>, the console's name).
/// </summary>
/// <remarks>
/// Offered only where the copy is certain to mean the same: the send is an awaited <c>AddPermissionAsync</c> or a
/// plain <c>AddPermission</c> in a statement of a block, and every member of a request built in a local is
/// written once, directly in that block, before the send.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddCompanionGrantCodeFix))]
[Shared]
public sealed class AddCompanionGrantCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0202.AddCompanionGrant";

    public const string CompanionStatementId = "FunctionURLAllowInvokeAction";

    /// <summary>Members of the URL grant that the companion does not repeat (InvokedViaFunctionUrl is added anew).</summary>
    private static readonly string[] NotCopied = { GrantMembers.FunctionUrlAuthType, GrantMembers.RevisionId, GrantMembers.InvokedViaFunctionUrl };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MissingFunctionUrlInvokeGrant);

    protected override string EquivalenceKey => Key;

    protected override Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult(
            !diagnostic.Properties.ContainsKey(FunctionUrlCompanionRule.SdkTooOldProperty)
            && Companion.TryCreate(node) is not null
                ? "Add the companion lambda:InvokeFunction grant (InvokedViaFunctionUrl = true)"
                : null);

    protected override async Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || Companion.TryCreate(node) is not { } companion)
        {
            return document;
        }

        return document.WithSyntaxRoot(root.InsertNodesAfter(companion.SendStatement, new[] { companion.Build() }));
    }

    /// <summary>What the companion statement is made of, read from the syntax of the URL grant.</summary>
    private sealed class Companion
    {
        private Companion(BaseObjectCreationExpressionSyntax creation, StatementSyntax sendStatement, ExpressionSyntax sendExpression, ExpressionSyntax argument, List<(string Member, ExpressionSyntax Value)> members, bool multiLine)
        {
            Creation = creation;
            SendStatement = sendStatement;
            SendExpression = sendExpression;
            Argument = argument;
            Members = members;
            MultiLine = multiLine;
        }

        public BaseObjectCreationExpressionSyntax Creation { get; }

        /// <summary>The statement the companion goes after.</summary>
        public StatementSyntax SendStatement { get; }

        /// <summary>The send as written: <c>await lambda.AddPermissionAsync(request).ConfigureAwait(false)</c>.</summary>
        public ExpressionSyntax SendExpression { get; }

        /// <summary>The request argument inside <see cref="SendExpression"/>.</summary>
        public ExpressionSyntax Argument { get; }

        public List<(string Member, ExpressionSyntax Value)> Members { get; }

        public bool MultiLine { get; }

        public static Companion? TryCreate(SyntaxNode node)
        {
            if (node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is not { } creation)
            {
                return null;
            }

            var members = new List<(string Member, ExpressionSyntax Value)>();
            if (creation.Initializer is { } initializer)
            {
                foreach (var entry in initializer.Expressions)
                {
                    if (entry is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax name, Right: var value } || !Add(members, name.Identifier.ValueText, value))
                    {
                        return null;
                    }
                }
            }

            if (Unwrap(creation).Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } argument)
            {
                return Create(creation, invocation, argument.Expression, members, creation.Initializer is { } init && IsMultiLine(init));
            }

            // A request in a local: its property sets, directly in the block, up to the send.
            if (Unwrap(creation).Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                || declarator.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>() is not { Parent: BlockSyntax block } declaration)
            {
                return null;
            }

            var local = declarator.Identifier.ValueText;
            var statements = block.Statements;
            for (var i = statements.IndexOf(declaration) + 1; i < statements.Count; i++)
            {
                var statement = statements[i];
                if (statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver, Name: var member }, Right: var value } }
                    && receiver.Identifier.ValueText == local)
                {
                    if (!Add(members, member.Identifier.ValueText, value))
                    {
                        return null;
                    }

                    continue;
                }

                foreach (var call in statement.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
                {
                    if (call.ArgumentList.Arguments.Count == 1
                        && call.ArgumentList.Arguments[0].Expression is IdentifierNameSyntax passed
                        && passed.Identifier.ValueText == local
                        && IsSendName(call))
                    {
                        return Create(creation, call, passed, members, multiLine: true);
                    }
                }

                if (statement.DescendantNodes().OfType<IdentifierNameSyntax>().Any(name => name.Identifier.ValueText == local))
                {
                    // Written or used in a way this fix does not copy.
                    return null;
                }
            }

            return null;
        }

        /// <summary>The companion statement, laid out like the original request.</summary>
        public StatementSyntax Build()
        {
            var indentation = Indentation(SendStatement);
            var braceIndentation = indentation;
            var entryIndentation = indentation + "    ";
            if (Creation.Initializer is { } initializer && IsMultiLine(initializer) && Argument == Creation)
            {
                braceIndentation = Indentation(initializer.OpenBraceToken);
                entryIndentation = initializer.Expressions.Count > 0 ? Indentation(initializer.Expressions[0].GetFirstToken()) : braceIndentation + "    ";
            }

            var entries = new List<string>();
            foreach (var (member, value) in Members)
            {
                entries.Add(member switch
                {
                    GrantMembers.StatementId => member + " = \"" + StatementIds.MakeUnique(CompanionStatementId, SendStatement) + "\"",
                    GrantMembers.Action => member + " = \"" + LambdaActions.InvokeFunction + "\"",
                    _ => member + " = " + value.WithoutTrivia().ToFullString(),
                });
            }

            if (!Members.Any(m => m.Member == GrantMembers.StatementId))
            {
                entries.Insert(Math.Min(1, entries.Count), GrantMembers.StatementId + " = \"" + StatementIds.MakeUnique(CompanionStatementId, SendStatement) + "\"");
            }

            entries.Add(GrantMembers.InvokedViaFunctionUrl + " = true");

            var newLine = SendStatement.GetTrailingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var lineBreak = newLine == default ? "\n" : newLine.ToFullString();
            var type = Creation is ObjectCreationExpressionSyntax explicitNew ? "new " + explicitNew.Type.WithoutTrivia().ToFullString() : "new()";
            var text = new StringBuilder(type);
            if (MultiLine)
            {
                text.Append(lineBreak).Append(braceIndentation).Append('{').Append(lineBreak);
                foreach (var entry in entries)
                {
                    text.Append(entryIndentation).Append(entry).Append(',').Append(lineBreak);
                }

                text.Append(braceIndentation).Append('}');
            }
            else
            {
                text.Append(" { ").Append(string.Join(", ", entries)).Append(" }");
            }

            var companion = SyntaxFactory.ParseExpression(text.ToString());
            var expression = SendExpression.ReplaceNode(Argument, companion).WithoutTrivia();
            return SyntaxFactory.ExpressionStatement(expression)
                .WithLeadingTrivia(SyntaxFactory.Whitespace(indentation))
                .WithTrailingTrivia(newLine == default ? SyntaxFactory.ElasticCarriageReturnLineFeed : newLine);
        }

        private static Companion? Create(BaseObjectCreationExpressionSyntax creation, InvocationExpressionSyntax invocation, ExpressionSyntax argument, List<(string Member, ExpressionSyntax Value)> members, bool multiLine)
        {
            if (!IsSendName(invocation) || !members.Any(m => m.Member == GrantMembers.FunctionName) || !members.Any(m => m.Member == GrantMembers.Principal))
            {
                return null;
            }

            // The send as a whole: through ConfigureAwait(...) and await, which the companion repeats.
            ExpressionSyntax send = invocation;
            var awaited = false;
            while (true)
            {
                if (send.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Parent: InvocationExpressionSyntax configureAwait } access && access.Expression == send)
                {
                    send = configureAwait;
                }
                else if (send.Parent is AwaitExpressionSyntax awaitExpression)
                {
                    send = awaitExpression;
                    awaited = true;
                }
                else if (send.Parent is ParenthesizedExpressionSyntax parenthesized)
                {
                    send = parenthesized;
                }
                else
                {
                    break;
                }
            }

            var isAsync = invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AddPermissionAsync" };
            if (isAsync != awaited)
            {
                // A task that is returned or stored, or an awaited sync call: not a statement to repeat.
                return null;
            }

            var statement = send.Parent switch
            {
                ExpressionStatementSyntax expressionStatement => expressionStatement,
                EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax declaration } } } => (StatementSyntax)declaration,
                _ => null,
            };

            if (statement?.Parent is not BlockSyntax)
            {
                // An expression body, a top-level statement, an embedded statement: no place for a second statement.
                return null;
            }

            var kept = members.Where(m => Array.IndexOf(NotCopied, m.Member) < 0).ToList();
            return new Companion(creation, statement, send, argument, kept, multiLine);
        }

        private static bool IsSendName(InvocationExpressionSyntax invocation)
            => invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AddPermission" or "AddPermissionAsync" };

        /// <summary>Adds a member once; a second write of the same member makes the copy uncertain.</summary>
        private static bool Add(List<(string Member, ExpressionSyntax Value)> members, string member, ExpressionSyntax value)
        {
            if (members.Any(m => m.Member == member))
            {
                return false;
            }

            members.Add((member, value));
            return true;
        }

        private static SyntaxNode Unwrap(SyntaxNode expression)
        {
            while (expression.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized;
            }

            return expression;
        }

        private static bool IsMultiLine(InitializerExpressionSyntax initializer)
            => initializer.GetLocation().GetLineSpan() is var span && span.StartLinePosition.Line != span.EndLinePosition.Line;

        private static string Indentation(SyntaxNode node) => Indentation(node.GetFirstToken());

        private static string Indentation(SyntaxToken token)
        {
            var text = token.SyntaxTree!.GetText();
            var line = text.Lines.GetLineFromPosition(token.SpanStart);
            var start = line.Start;
            var end = start;
            while (end < token.SpanStart && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            return text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(start, end - start));
        }
    }
}
