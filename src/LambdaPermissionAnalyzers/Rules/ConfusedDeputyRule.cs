using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// LPA0100: a service principal with neither SourceArn nor SourceAccount, or an Alexa principal without
/// EventSourceToken: the confused deputy. A restriction that is still a placeholder (<c>arn:aws:s3:::&lt;bucket-name&gt;</c>)
/// counts as written: LPA0106 (or LPA0004, when the API would reject it) reports the placeholder itself.
/// </summary>
internal sealed class ConfusedDeputyRule : GrantRule
{
    /// <summary>Diagnostic property: the service label (<c>s3</c>, <c>alexa-appkit</c>), absent when not known.</summary>
    public const string ServiceProperty = "Service";

    /// <summary>Diagnostic property: the ARN partition (<c>aws</c>, <c>aws-cn</c>).</summary>
    public const string PartitionProperty = "Partition";

    /// <summary>Diagnostic property: <c>true</c> for the Alexa principals.</summary>
    public const string AlexaProperty = "Alexa";

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.UnrestrictedServicePrincipal,
        title: "Service principal is not restricted to a source",
        messageFormat: "Principal '{0}' {1}",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "If you grant permission to a service principal without specifying the source, other accounts could configure resources in their account to invoke your function (the confused deputy). Restrict the grant with SourceArn and/or SourceAccount, or EventSourceToken for Alexa.",
        helpLinkUri: HelpLinks.For(RuleIds.UnrestrictedServicePrincipal),
        customTags: RuleTags.Missing);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>Statements that grant rights on a function.</summary>
    public override bool AppliesTo(GrantKind kind) => kind.AddsFunctionStatement;

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        if (!grant.AllWritesVisible)
        {
            return;
        }

        foreach (var write in grant[GrantMembers.Principal].Writes)
        {
            var principal = ServicePrincipal.TryParse(write.Value);
            if (principal is null)
            {
                continue;
            }

            var restriction = SourceRestriction.For(principal);
            var members = principal.IsAlexa
                ? new[] { grant[GrantMembers.EventSourceToken] }
                : new[] { grant[GrantMembers.SourceArn], grant[GrantMembers.SourceAccount] };
            if (Restricts(members[0]) || (members.Length > 1 && Restricts(members[1])))
            {
                continue;
            }

            var message = principal.IsAlexa
                ? "is an Alexa principal, but the grant sets no EventSourceToken: any Alexa skill can invoke this function; set EventSourceToken to your skill id"
                : "is an AWS service, but the grant sets neither SourceArn nor SourceAccount: resources in other AWS accounts can invoke this function through that service; add "
                  + restriction.DescribeMembers();

            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(PartitionProperty, principal.Partition)
                .Add(AlexaProperty, principal.IsAlexa ? "true" : "false");
            if (principal.Service is { } service)
            {
                properties = properties.Add(ServiceProperty, service);
            }

            context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, properties, principal.Display, message));
        }
    }

    /// <summary>Written with something other than null (an unknown value or a placeholder counts as a restriction).</summary>
    private static bool Restricts(GrantMember member)
    {
        if (member.IsAbsent)
        {
            return false;
        }

        if (member.Writes.IsEmpty)
        {
            return true;
        }

        foreach (var write in member.Writes)
        {
            if (!write.Value.IsNull)
            {
                return true;
            }
        }

        return false;
    }
}
