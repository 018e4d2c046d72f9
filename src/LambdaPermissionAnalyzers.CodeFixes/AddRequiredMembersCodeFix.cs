using System;
using System.Composition;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>
/// LPA0001: adds the missing members that have a safe value: a <c>StatementId</c> derived from the principal's
/// service and unique in the method, and <c>Action = "lambda:InvokeFunction"</c> (<c>lambda:GetLayerVersion</c> for a
/// layer). FunctionName, Principal and the id of a statement to remove cannot be guessed.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRequiredMembersCodeFix))]
[Shared]
public sealed class AddRequiredMembersCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0001.AddRequiredMembers";

    public const string InvokeFunctionAction = "lambda:InvokeFunction";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MissingRequiredMember);

    protected override string EquivalenceKey => Key;

    protected override Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult(GetTitle(node, diagnostic));

    private static string? GetTitle(SyntaxNode node, Diagnostic diagnostic)
    {
        var members = GetFixableMembers(diagnostic);
        // A factory's grant is reported on the call: the members belong in the factory or after the call, not in an enclosing object.
        if (members.Count == 0 || node is InvocationExpressionSyntax || node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is not { } creation)
        {
            return null;
        }

        members.RemoveAll(member => InitializerEditor.Assigns(creation, member));
        return members.Count == 0 ? null : "Add " + string.Join(" and ", members);
    }

    protected override async Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is not { } creation)
        {
            return document;
        }

        var assignments = new List<ExpressionSyntax>();
        foreach (var member in GetFixableMembers(diagnostic))
        {
            if (InitializerEditor.Assigns(creation, member))
            {
                continue;
            }

            var value = member == GrantMembers.StatementId
                ? StatementIds.CreateUnique(diagnostic.Properties.GetValueOrDefault(RequiredMembersRule.ServiceProperty), creation)
                : diagnostic.Properties.GetValueOrDefault(RequiredMembersRule.ActionProperty) ?? InvokeFunctionAction;
            assignments.Add(InitializerEditor.Assignment(member, LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(value))));
        }

        return assignments.Count == 0
            ? document
            : document.WithSyntaxRoot(root.ReplaceNode(creation, InitializerEditor.AddAssignments(creation, assignments)));
    }

    private static List<string> GetFixableMembers(Diagnostic diagnostic)
        => new((diagnostic.Properties.GetValueOrDefault(RequiredMembersRule.FixableMembersProperty) ?? string.Empty)
            .Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries));
}
