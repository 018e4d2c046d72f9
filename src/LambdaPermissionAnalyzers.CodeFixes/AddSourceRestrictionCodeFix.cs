using System;
using System.Composition;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>
/// LPA0100: adds the restriction the principal's service needs (S3: SourceArn and SourceAccount; SNS: SourceArn;
/// Secrets Manager: SourceAccount; Alexa: EventSourceToken; ...). Uses the one in-scope string variable whose name
/// fits, else a placeholder in the service's documented format, which stays reported until replaced.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddSourceRestrictionCodeFix))]
[Shared]
public sealed class AddSourceRestrictionCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0100.AddSourceRestriction";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnrestrictedServicePrincipal);

    protected override string EquivalenceKey => Key;

    protected override async Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (diagnostic.Properties.ContainsKey(ConfusedDeputyRule.PlaceholderProperty))
        {
            // Only the user knows the value a placeholder stands for.
            return null;
        }

        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var restriction = GetRestriction(diagnostic);
        if (GrantSyntax.FindCreation(node, semanticModel, cancellationToken) is not { } creation
            || GetMembers(restriction).TrueForAll(member => InitializerEditor.Assigns(creation, member)))
        {
            // No creation to add to, or the members are already written (placeholders the user has to replace).
            return null;
        }

        return "Restrict the grant to its source: add " + restriction.DescribeMembers();
    }

    protected override async Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null || GrantSyntax.FindCreation(node, semanticModel, cancellationToken) is not { } creation)
        {
            return document;
        }

        var restriction = GetRestriction(diagnostic);
        var partition = diagnostic.Properties.GetValueOrDefault(ConfusedDeputyRule.PartitionProperty) ?? "aws";
        var position = creation.SpanStart;
        var assignments = new List<ExpressionSyntax>();
        foreach (var member in GetMembers(restriction))
        {
            if (InitializerEditor.Assigns(creation, member))
            {
                continue;
            }

            var (fits, placeholder) = member switch
            {
                GrantMembers.SourceArn => (
                    (Func<string, bool>)(name => ScopeVariables.IsSourceArnName(name, restriction.ArnNameHints)),
                    string.Format(CultureInfo.InvariantCulture, restriction.ArnFormat!, partition)),
                GrantMembers.SourceAccount => (ScopeVariables.IsAccountName, SourceRestriction.AccountPlaceholder),
                _ => ((Func<string, bool>)ScopeVariables.IsSkillIdName, restriction.EventSourceTokenPlaceholder!),
            };

            ExpressionSyntax value = ScopeVariables.FindSingle(semanticModel, position, fits) is { } variable
                ? IdentifierName(variable)
                : LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(placeholder));
            assignments.Add(InitializerEditor.Assignment(member, value));
        }

        return assignments.Count == 0
            ? document
            : document.WithSyntaxRoot(root.ReplaceNode(creation, InitializerEditor.AddAssignments(creation, assignments)));
    }

    private static SourceRestriction GetRestriction(Diagnostic diagnostic)
        => SourceRestriction.For(
            diagnostic.Properties.GetValueOrDefault(ConfusedDeputyRule.ServiceProperty),
            diagnostic.Properties.GetValueOrDefault(ConfusedDeputyRule.AlexaProperty) == "true");

    private static List<string> GetMembers(SourceRestriction restriction)
    {
        var members = new List<string>();
        if (restriction.NeedsEventSourceToken)
        {
            members.Add(GrantMembers.EventSourceToken);
        }

        if (restriction.NeedsSourceArn)
        {
            members.Add(GrantMembers.SourceArn);
        }

        if (restriction.NeedsSourceAccount)
        {
            members.Add(GrantMembers.SourceAccount);
        }

        return members;
    }
}
