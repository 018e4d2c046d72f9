using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// LPA0105: a SourceArn whose wildcards defeat the restriction (Lambda compares it with StringLike): <c>*</c> in the
/// account field, or a resource that is only <c>*</c>. API Gateway's stage and method wildcards are normal.
/// </summary>
internal sealed class WildcardSourceArnRule : GrantRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.WildcardSourceArn,
        title: "Source ARN wildcard matches other accounts' resources",
        messageFormat: "SourceArn '{0}' {1}, so it restricts nothing; name the resource",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Lambda compares SourceArn with StringLike, so * matches anything. A wildcard account field matches every account; a resource of only * matches every resource of the service.",
        helpLinkUri: HelpLinks.For(RuleIds.WildcardSourceArn),
        customTags: RuleTags.WrongValue);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>Statements that grant rights on a function.</summary>
    public override bool AppliesTo(GrantKind kind) => kind.AddsFunctionStatement;

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        foreach (var write in grant[GrantMembers.SourceArn].Writes)
        {
            if (!ArnParts.TryParse(write.Value, out var arn))
            {
                continue;
            }

            string? problem = null;
            if (arn.Account is { } account && account.IndexOf('*') >= 0)
            {
                problem = "has a wildcard in its account field and matches resources in every account";
            }
            else if (arn.Resource == "*")
            {
                problem = "matches every " + (arn.Service ?? "resource") + " resource";
            }

            if (problem is not null)
            {
                context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, write.Value.Display(), problem));
            }
        }
    }
}
