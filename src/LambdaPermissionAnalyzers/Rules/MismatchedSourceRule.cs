using System;
using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// LPA0102: a source restriction that cannot match: the SourceArn names another service than the principal's,
/// SourceAccount is set for SNS (documented to deny access), or the SourceArn's account differs from SourceAccount.
/// </summary>
internal sealed class MismatchedSourceRule : GrantRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MismatchedSource,
        title: "Source restriction cannot match the principal",
        messageFormat: "{0} '{1}' {2}",
        RuleCategories.Correctness,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Lambda checks SourceArn and SourceAccount against the resource that calls through the service principal. An ARN of another service, SourceAccount with SNS, or two different accounts never match, so the service cannot invoke the function.",
        helpLinkUri: HelpLinks.For(RuleIds.MismatchedSource));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>Statements that grant rights on a function.</summary>
    public override bool AppliesTo(GrantKind kind) => kind.AddsFunctionStatement;

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        var principal = ServicePrincipal.TryParse(grant[GrantMembers.Principal].Value);
        var service = AwsServices.Find(principal?.Service);
        var sourceAccount = grant[GrantMembers.SourceAccount];

        foreach (var write in grant[GrantMembers.SourceArn].Writes)
        {
            if (!ArnParts.TryParse(write.Value, out var arn))
            {
                continue;
            }

            // Services the table does not know are never reported.
            if (principal is not null && service?.ArnService is { } expected
                && arn.Service is { } actual && !string.Equals(actual, expected, StringComparison.Ordinal))
            {
                Report(context, write, $"is an ARN of {actual}, but requests from '{principal.Display}' come from {expected} resources (arn:{principal.Partition}:{expected}:...), so the restriction never matches and the service cannot invoke the function");
            }

            if (arn.Account is { Length: 12 } arnAccount && sourceAccount.Value.IsKnown && sourceAccount.Value.Text is { Length: 12 } account
                && !string.Equals(arnAccount, account, StringComparison.Ordinal))
            {
                foreach (var accountWrite in sourceAccount.Writes)
                {
                    Report(context, accountWrite, $"differs from the account {arnAccount} in SourceArn '{write.Value.Display()}'; no resource can match both, so the service cannot invoke the function");
                }
            }
        }

        if (service is { Restriction.AcceptsSourceAccount: false })
        {
            foreach (var write in sourceAccount.Writes)
            {
                if (!write.Value.IsNull)
                {
                    Report(context, write, "is set for SNS, which does not support it: Lambda denies the topic's invocations; restrict the grant with the topic's SourceArn only");
                }
            }
        }
    }

    private static void Report(in GrantRuleContext context, GrantWrite write, string problem)
        => context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, write.Member, write.Value.Display(), problem));
}
