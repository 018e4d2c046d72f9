using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// LPA0101: SourceArn is set, SourceAccount is not, and the ARN carries no account id (an S3 bucket's ARN never
/// does). A deleted bucket's name can be re-created by another account, which then invokes the function.
/// </summary>
internal sealed class SourceArnAccountRule : GrantRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.SourceArnWithoutAccount,
        title: "Source ARN without an account id needs SourceAccount",
        messageFormat: "SourceArn '{0}' carries no account id and SourceAccount is not set: {1}; add SourceAccount",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An S3 bucket ARN has no account id. If the bucket is deleted, another account can create a bucket with the same name and invoke the function. AWS recommends SourceAccount together with SourceArn.",
        helpLinkUri: HelpLinks.For(RuleIds.SourceArnWithoutAccount),
        customTags: RuleTags.Missing);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>Statements that grant rights on a function.</summary>
    public override bool AppliesTo(GrantKind kind) => kind.AddsFunctionStatement;

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        if (!grant.AllWritesVisible || !grant[GrantMembers.SourceAccount].IsAbsent)
        {
            return;
        }

        var principal = ServicePrincipal.TryParse(grant[GrantMembers.Principal].Value);
        var service = AwsServices.Find(principal?.Service);
        if (service is { Restriction.AcceptsSourceAccount: false } || principal is { IsAlexa: true })
        {
            // SNS denies access when SourceAccount is set (LPA0102); Alexa is scoped by EventSourceToken.
            return;
        }

        // S3: bucket ARNs never carry an account id, and a deleted bucket's name can be taken by another account.
        var isBucket = service is { Restriction.ArnCarriesAccount: false };
        foreach (var write in grant[GrantMembers.SourceArn].Writes)
        {
            if (write.Value.IsNull)
            {
                continue;
            }

            var arn = ArnParts.TryParse(write.Value);
            if (arn is { Account: "" })
            {
                Report(context, write, isBucket || AwsServices.FindByArnService(arn.Value.Service) is { Restriction.ArnCarriesAccount: false }
                    ? "if the bucket is deleted, another account can create one with the same name and invoke this function"
                    : "resources of the same name in other accounts match it");
            }
            else if (isBucket && arn?.Account is null)
            {
                Report(context, write, "S3 bucket ARNs never carry one, so if the bucket is deleted, another account can create one with the same name and invoke this function");
            }
        }
    }

    private static void Report(in GrantRuleContext context, GrantWrite write, string consequence)
        => context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, write.Value.Display(), consequence));
}
