using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
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
        var restriction = GetRestriction(diagnostic);
        if (!await MemberInsertion.CanAddAsync(document, node, GetMembers(restriction), cancellationToken).ConfigureAwait(false))
        {
            // No creation to add to, or the members are already written (placeholders the user has to replace).
            return null;
        }

        return "Restrict the grant to its source: add " + restriction.DescribeMembers();
    }

    protected override Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var restriction = GetRestriction(diagnostic);
        var partition = diagnostic.Properties.GetValueOrDefault(ConfusedDeputyRule.PartitionProperty) ?? "aws";
        var service = diagnostic.Properties.GetValueOrDefault(ConfusedDeputyRule.ServiceProperty);
        var members = new List<MemberToAdd>();
        foreach (var member in GetMembers(restriction))
        {
            members.Add(member switch
            {
                GrantMembers.SourceArn => new MemberToAdd(
                    member,
                    name => ScopeVariables.IsSourceArnName(name, restriction.ArnNameHints),
                    string.Format(CultureInfo.InvariantCulture, restriction.ArnFormat!, partition),
                    (model, creation, _) => CdkResources.FindSourceArn(model, creation.SpanStart, service)),
                GrantMembers.SourceAccount => new MemberToAdd(
                    member,
                    ScopeVariables.IsAccountName,
                    SourceRestriction.AccountPlaceholder,
                    CdkResources.StackAccount),
                _ => new MemberToAdd(member, ScopeVariables.IsSkillIdName, restriction.EventSourceTokenPlaceholder!),
            });
        }

        return MemberInsertion.AddAsync(document, node, members, cancellationToken);
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
