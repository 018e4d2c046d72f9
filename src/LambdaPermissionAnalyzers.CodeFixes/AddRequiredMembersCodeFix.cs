using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>
/// LPA0001: adds the missing members that have a safe value: a <c>StatementId</c> derived from the principal's
/// service and unique in the method, and <c>Action = "lambda:InvokeFunction"</c> (<c>lambda:GetLayerVersion</c> for a
/// layer). FunctionName, Principal and the id of a statement to remove cannot be guessed. On a factory's grant
/// (reported on the factory call) the members go into the factory's <c>new</c> when no call site writes them itself,
/// else after the call (<c>request.StatementId = "…";</c>) when the call's result is stored in a local.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRequiredMembersCodeFix))]
[Shared]
public sealed class AddRequiredMembersCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0001.AddRequiredMembers";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MissingRequiredMember);

    protected override string EquivalenceKey => Key;

    protected override async Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var members = GetFixableMembers(diagnostic);
        if (members.Count == 0)
        {
            return null;
        }

        if (node is InvocationExpressionSyntax call)
        {
            var target = diagnostic.Properties.ContainsKey(RequiredMembersRule.FactoryProperty)
                ? await FindFactoryTargetAsync(document, call, members, cancellationToken).ConfigureAwait(false)
                : null;
            if (target is null)
            {
                return null;
            }

            members.RemoveAll(member => target.Assigns(member));
            return members.Count == 0 ? null : "Add " + string.Join(" and ", members) + (target.Creation is not null ? " in " + target.FactoryName : " after the call");
        }

        var creation = node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>();
        if (creation is null)
        {
            return null;
        }

        members.RemoveAll(member => GrantMemberEditor.Assigns(creation, member));
        return members.Count == 0 ? null : "Add " + string.Join(" and ", members);
    }

    protected override async Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        if (node is InvocationExpressionSyntax call)
        {
            var members = GetFixableMembers(diagnostic);
            var target = await FindFactoryTargetAsync(document, call, members, cancellationToken).ConfigureAwait(false);
            if (target is null)
            {
                return document;
            }

            members.RemoveAll(member => target.Assigns(member));
            if (members.Count == 0)
            {
                return document;
            }

            if (target.Creation is { } factoryCreation)
            {
                var entries = new List<ExpressionSyntax>();
                foreach (var member in members)
                {
                    entries.Add(InitializerEditor.Assignment(member, Value(member, diagnostic, factoryCreation)));
                }

                return document.WithSyntaxRoot(root.ReplaceNode(factoryCreation, InitializerEditor.AddAssignments(factoryCreation, entries)));
            }

            var statement = target.Statement!;
            var block = (BlockSyntax)statement.Parent!;
            var added = new List<StatementSyntax>();
            foreach (var member in members)
            {
                added.Add(ExpressionStatement(AssignmentExpression(
                        SyntaxKind.SimpleAssignmentExpression,
                        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(target.Local!), IdentifierName(member)),
                        Value(member, diagnostic, call)))
                    .WithLeadingTrivia(statement.GetLeadingTrivia())
                    .WithTrailingTrivia(statement.GetTrailingTrivia()));
            }

            var index = block.Statements.IndexOf(statement);
            return document.WithSyntaxRoot(root.ReplaceNode(block, block.WithStatements(block.Statements.InsertRange(index + 1, added))));
        }

        var creation = node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>();
        if (creation is null)
        {
            return document;
        }

        // In the grant's style: its initializer, or statements when its local is built statement by statement.
        var assignments = new List<(string Member, ExpressionSyntax Value)>();
        foreach (var member in GetFixableMembers(diagnostic))
        {
            if (!GrantMemberEditor.Assigns(creation, member))
            {
                assignments.Add((member, Value(member, diagnostic, creation)));
            }
        }

        return assignments.Count == 0
            ? document
            : document.WithSyntaxRoot(GrantMemberEditor.Add(root, creation, assignments));
    }

    private static LiteralExpressionSyntax Value(string member, Diagnostic diagnostic, SyntaxNode location)
        => LiteralExpression(
            SyntaxKind.StringLiteralExpression,
            Literal(member == GrantMembers.StatementId
                ? StatementIds.CreateUnique(diagnostic.Properties.GetValueOrDefault(RequiredMembersRule.ServiceProperty), location)
                : diagnostic.Properties.GetValueOrDefault(RequiredMembersRule.ActionProperty) ?? LambdaActions.InvokeFunction));

    /// <summary>
    /// Where the members go: the factory's <c>new</c> (in this document) when no call site writes them itself, else after
    /// this call when its result is stored in a local. <see langword="null"/> when neither is possible.
    /// </summary>
    private static async Task<FactoryTarget?> FindFactoryTargetAsync(Document document, InvocationExpressionSyntax call, List<string> members, CancellationToken cancellationToken)
    {
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var factory = semanticModel is null ? null : FactorySyntax.FindFactory(semanticModel, call, cancellationToken);
        if (factory is null)
        {
            return null;
        }

        var creation = FactorySyntax.FindReturnedCreation(factory, call.SyntaxTree, cancellationToken);
        var everyCallNeeds = true;
        foreach (var member in members)
        {
            everyCallNeeds &= await FactorySyntax.EveryCallSiteNeedsAsync(factory, document.Project.Solution, member, cancellationToken).ConfigureAwait(false);
        }

        var local = FactorySyntax.StoredIn(call);
        var statement = local?.Parent?.Parent as LocalDeclarationStatementSyntax;
        if (creation is not null && (everyCallNeeds || statement?.Parent is not BlockSyntax))
        {
            return new FactoryTarget(factory.Name, creation, null);
        }

        return statement?.Parent is BlockSyntax ? new FactoryTarget(factory.Name, null, local) : null;
    }

    private static List<string> GetFixableMembers(Diagnostic diagnostic)
        => new((diagnostic.Properties.GetValueOrDefault(RequiredMembersRule.FixableMembersProperty) ?? string.Empty)
            .Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The factory's <c>new</c>, or the local the call's result is stored in.</summary>
    private sealed class FactoryTarget
    {
        private readonly VariableDeclaratorSyntax? _declarator;

        public FactoryTarget(string factoryName, BaseObjectCreationExpressionSyntax? creation, VariableDeclaratorSyntax? declarator)
        {
            FactoryName = factoryName;
            Creation = creation;
            _declarator = declarator;
        }

        public string FactoryName { get; }

        public BaseObjectCreationExpressionSyntax? Creation { get; }

        /// <summary>The declaration of the local (in a block), when the members go after the call.</summary>
        public LocalDeclarationStatementSyntax? Statement => _declarator?.Parent?.Parent as LocalDeclarationStatementSyntax;

        public string? Local => _declarator?.Identifier.ValueText;

        /// <summary>Whether the member is already written where this fix would write it.</summary>
        public bool Assigns(string member)
        {
            if (Creation is not null)
            {
                return InitializerEditor.Assigns(Creation, member);
            }

            foreach (var sibling in ((BlockSyntax)Statement!.Parent!).Statements)
            {
                if (sibling is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } access } }
                    && receiver.Identifier.ValueText == Local
                    && access.Name.Identifier.ValueText == member)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
