using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Readers;
using LambdaPermissionAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>
/// LPA0202: inserts the companion grant after the statement that sends the public function URL grant (the
/// diagnostic's additional location): the same call, function, principal, qualifier and restrictions, with
/// <c>Action = "lambda:InvokeFunction"</c>, <c>InvokedViaFunctionUrl = true</c>, no <c>FunctionUrlAuthType</c> or
/// <c>RevisionId</c>, and a statement id unique in the method (<c>FunctionURLAllowInvokeAction</c>, the console's name).
/// </summary>
/// <remarks>
/// Offered only where the copy is certain to mean the same: the send is an <see cref="LambdaSymbols.LambdaService"/>
/// <c>AddPermissionAsync</c> that is awaited, or a plain <c>AddPermission</c>, in a statement of a block, and every member
/// of a request built in a local is written once, directly in that block, before the send.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddCompanionGrantCodeFix))]
[Shared]
public sealed class AddCompanionGrantCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0202.AddCompanionGrant";

    public const string CompanionStatementId = "FunctionURLAllowInvokeAction";

    /// <summary>Members of the URL grant that the companion does not repeat (InvokedViaFunctionUrl is added anew).</summary>
    private static readonly ImmutableHashSet<string> NotCopied = ImmutableHashSet.Create(GrantMembers.FunctionUrlAuthType, GrantMembers.RevisionId, GrantMembers.InvokedViaFunctionUrl);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MissingFunctionUrlInvokeGrant);

    protected override string EquivalenceKey => Key;

    protected override async Task<string?> GetTitleAsync(Document document, FixTarget target, CancellationToken cancellationToken)
        => !target.Diagnostic.Properties.ContainsKey(FunctionUrlCompanionRule.SdkTooOldProperty)
           && await Companion.FindAsync(document, target, cancellationToken).ConfigureAwait(false) is not null
            ? "Add the companion lambda:InvokeFunction grant (InvokedViaFunctionUrl = true)"
            : null;

    protected override async Task<Document> FixAsync(Document document, FixTarget target, CancellationToken cancellationToken)
    {
        var companion = await Companion.FindAsync(document, target, cancellationToken).ConfigureAwait(false);
        if (companion is null)
        {
            return document;
        }

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        editor.InsertAfter(companion.SendStatement, companion.Build(editor.Generator));
        return editor.GetChangedDocument();
    }

    /// <summary>The URL grant as sent: its send statement, its request and the members to copy.</summary>
    private sealed class Companion
    {
        private Companion(INamedTypeSymbol requestType, BaseObjectCreationExpressionSyntax creation, StatementSyntax sendStatement, ExpressionSyntax sendExpression, ExpressionSyntax argument, List<(string Member, ExpressionSyntax Value)> members, bool multiLine)
        {
            RequestType = requestType;
            Creation = creation;
            SendStatement = sendStatement;
            SendExpression = sendExpression;
            Argument = argument;
            Members = members;
            MultiLine = multiLine;
        }

        private INamedTypeSymbol RequestType { get; }

        private BaseObjectCreationExpressionSyntax Creation { get; }

        /// <summary>The statement the companion goes after.</summary>
        public StatementSyntax SendStatement { get; }

        /// <summary>The send as written: <c>await lambda.AddPermissionAsync(request).ConfigureAwait(false)</c>.</summary>
        private ExpressionSyntax SendExpression { get; }

        /// <summary>The request argument inside <see cref="SendExpression"/>.</summary>
        private ExpressionSyntax Argument { get; }

        /// <summary>The members to copy, in the order they are written.</summary>
        private List<(string Member, ExpressionSyntax Value)> Members { get; }

        /// <summary>The request is laid out on several lines (a multi-line initializer, or statement by statement).</summary>
        private bool MultiLine { get; }

        public static async Task<Companion?> FindAsync(Document document, FixTarget target, CancellationToken cancellationToken)
        {
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var send = target.AdditionalNodes.FirstOrDefault()?.FirstAncestorOrSelf<InvocationExpressionSyntax>();
            var operation = send is null ? null : semanticModel?.GetOperation(send, cancellationToken) as IInvocationOperation;
            if (semanticModel is null || send is null || operation?.TargetMethod.Name is not ("AddPermission" or "AddPermissionAsync"))
            {
                return null;
            }

            var sdk = LambdaSymbols.TryCreate(semanticModel.Compilation);
            var argument = sdk is not null && sdk.IsLambdaServiceMethod(operation.TargetMethod) ? RequestArgument(operation, sdk) : null;
            var creation = argument is null ? null : GrantSyntax.FindCreation(target.Node, semanticModel, cancellationToken);
            if (sdk is null || argument is null || creation is null)
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

            var multiLine = creation.Initializer is { } init && IsMultiLine(init);
            if (argument.WithoutParentheses() != creation)
            {
                // A request in a local: its property sets, directly in the block, up to the send.
                var passed = argument.WithoutParentheses() as IdentifierNameSyntax;
                var local = passed is null ? null : semanticModel.GetSymbolInfo(passed, cancellationToken).Symbol as ILocalSymbol;
                if (local is null || !ReadStatements(creation, local, send, members))
                {
                    return null;
                }

                multiLine = true;
            }

            return Create(sdk.AddPermissionRequest, creation, send, argument, members, multiLine);
        }

        /// <summary>The companion statement: the send again, with a request built like the original.</summary>
        public StatementSyntax Build(SyntaxGenerator generator)
        {
            var entries = new List<ExpressionSyntax>();
            foreach (var (member, value) in Members)
            {
                var copy = member switch
                {
                    GrantMembers.StatementId => (ExpressionSyntax)generator.LiteralExpression(StatementIds.MakeUnique(CompanionStatementId, SendStatement)),
                    GrantMembers.Action => (ExpressionSyntax)generator.LiteralExpression(LambdaActions.InvokeFunction),
                    _ => value.WithoutTrivia(),
                };
                entries.Add(Entry(member, copy));
            }

            if (!Members.Any(m => m.Member == GrantMembers.StatementId))
            {
                entries.Insert(System.Math.Min(1, entries.Count), Entry(GrantMembers.StatementId, (ExpressionSyntax)generator.LiteralExpression(StatementIds.MakeUnique(CompanionStatementId, SendStatement))));
            }

            entries.Add(Entry(GrantMembers.InvokedViaFunctionUrl, (ExpressionSyntax)generator.TrueLiteralExpression()));

            // The user's spelling of the type, or target-typed new() in the call as the original; else the type, simplified.
            BaseObjectCreationExpressionSyntax request = Creation switch
            {
                ObjectCreationExpressionSyntax explicitNew => ObjectCreationExpression(explicitNew.Type.WithoutTrivia()),
                _ when Argument.WithoutParentheses() == Creation => ImplicitObjectCreationExpression(),
                _ => ObjectCreationExpression((TypeSyntax)generator.TypeExpression(RequestType).WithAdditionalAnnotations(Simplifier.Annotation)),
            };
            // Plain tokens where the original's are kept as they are: the formatter must not break an initializer written on one line.
            var arguments = ArgumentList().WithOpenParenToken(Token(TriviaList(), SyntaxKind.OpenParenToken, TriviaList())).WithCloseParenToken(Token(TriviaList(), SyntaxKind.CloseParenToken, TriviaList()));
            request = request.WithArgumentList(request is ImplicitObjectCreationExpressionSyntax ? arguments : null).WithInitializer(Initializer(entries));
            var statement = ExpressionStatement(SendExpression.ReplaceNode(Argument, request).WithoutTrivia())
                .WithTrailingTrivia(SendStatement.GetTrailingTrivia());
            if (MultiLine)
            {
                // The formatter indents the new lines as the code around them.
                return statement.WithAdditionalAnnotations(Formatter.Annotation);
            }

            // On one line, as written: the formatter would break the initializer up; only the indentation is copied.
            return statement.WithLeadingTrivia(SendStatement.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault() is { RawKind: (int)SyntaxKind.WhitespaceTrivia } indentation
                ? TriviaList(indentation)
                : TriviaList());
        }

        /// <summary>One entry per member; on several lines, each ends with a comma, as the original's do.</summary>
        private InitializerExpressionSyntax Initializer(List<ExpressionSyntax> entries)
        {
            if (!MultiLine)
            {
                var commas = entries.Skip(1).Select(_ => Token(TriviaList(), SyntaxKind.CommaToken, TriviaList(Space)));
                return InitializerExpression(SyntaxKind.ObjectInitializerExpression, SeparatedList(entries, commas))
                    .WithOpenBraceToken(Token(TriviaList(Space), SyntaxKind.OpenBraceToken, TriviaList(Space)))
                    .WithCloseBraceToken(Token(TriviaList(Space), SyntaxKind.CloseBraceToken, TriviaList()));
            }

            var lineBreak = LineBreak(SendStatement);
            var separators = entries.Select(_ => Token(SyntaxKind.CommaToken).WithTrailingTrivia(lineBreak));
            return InitializerExpression(SyntaxKind.ObjectInitializerExpression, SeparatedList(entries, separators))
                .WithOpenBraceToken(Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(lineBreak).WithTrailingTrivia(lineBreak));
        }

        /// <summary><c>Member = value</c> with plain (not elastic) trivia, which the formatter leaves as it is.</summary>
        private static ExpressionSyntax Entry(string member, ExpressionSyntax value)
            => AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                IdentifierName(Identifier(TriviaList(), member, TriviaList())),
                Token(TriviaList(Space), SyntaxKind.EqualsToken, TriviaList(Space)),
                value.WithoutTrivia());

        /// <summary>The argument the request is passed as (the send may take a cancellation token too).</summary>
        private static ExpressionSyntax? RequestArgument(IInvocationOperation send, LambdaSymbols sdk)
        {
            foreach (var argument in send.Arguments)
            {
                if (SymbolEqualityComparer.Default.Equals(argument.Parameter?.Type, sdk.AddPermissionRequest) && argument.Syntax is ArgumentSyntax syntax)
                {
                    return syntax.Expression;
                }
            }

            return null;
        }

        /// <summary>
        /// The local's property sets (<see cref="StatementWrites"/>), each written once, up to the statement of
        /// <paramref name="send"/>, whose only use of the local is the request argument; false when the local is used in any other way.
        /// </summary>
        private static bool ReadStatements(BaseObjectCreationExpressionSyntax creation, ILocalSymbol local, InvocationExpressionSyntax send, List<(string Member, ExpressionSyntax Value)> members)
        {
            var statements = StatementWrites.Find(creation);
            var use = statements?.FirstOtherUse;
            if (statements is null
                || use is null
                || statements.Local != local.Name
                || !use.Span.Contains(send.Span)
                || use.DescendantNodes().OfType<IdentifierNameSyntax>().Count(n => n.Identifier.ValueText == local.Name) != 1
                || !send.ArgumentList.Arguments.Any(a => a.Expression is IdentifierNameSyntax { Identifier.ValueText: var name } && name == local.Name))
            {
                return false;
            }

            foreach (var (member, value) in statements.Members)
            {
                if (!Add(members, member, value))
                {
                    return false;
                }
            }

            return true;
        }

        private static Companion? Create(INamedTypeSymbol requestType, BaseObjectCreationExpressionSyntax creation, InvocationExpressionSyntax invocation, ExpressionSyntax argument, List<(string Member, ExpressionSyntax Value)> members, bool multiLine)
        {
            if (!members.Any(m => m.Member == GrantMembers.FunctionName) || !members.Any(m => m.Member == GrantMembers.Principal))
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

            var kept = members.Where(m => !NotCopied.Contains(m.Member)).ToList();
            return new Companion(requestType, creation, statement, send, argument, kept, multiLine);
        }

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

        private static bool IsMultiLine(InitializerExpressionSyntax initializer)
            => initializer.GetLocation().GetLineSpan() is var span && span.StartLinePosition.Line != span.EndLinePosition.Line;

        private static SyntaxTrivia LineBreak(SyntaxNode node)
            => node.GetTrailingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: (int)SyntaxKind.EndOfLineTrivia } lineBreak
                ? lineBreak
                : ElasticCarriageReturnLineFeed;
    }
}
