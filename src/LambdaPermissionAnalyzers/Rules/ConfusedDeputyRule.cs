using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// LPA0100: a service principal with neither SourceArn nor SourceAccount, or an Alexa principal without
/// EventSourceToken: the confused deputy. A placeholder such as <c>&lt;account-id&gt;</c> restricts nothing,
/// so the rule keeps firing until it is replaced.
/// </summary>
internal sealed class ConfusedDeputyRule : GrantRule
{
    /// <summary>Diagnostic property: the service label (<c>s3</c>, <c>alexa-appkit</c>), absent when not known.</summary>
    public const string ServiceProperty = "Service";

    /// <summary>Diagnostic property: the ARN partition (<c>aws</c>, <c>aws-cn</c>).</summary>
    public const string PartitionProperty = "Partition";

    /// <summary>Diagnostic property: <c>true</c> for the Alexa principals.</summary>
    public const string AlexaProperty = "Alexa";

    /// <summary>Diagnostic property: present when the diagnostic is on a placeholder left in a restriction (no fix can fill it in).</summary>
    public const string PlaceholderProperty = "Placeholder";

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.UnrestrictedServicePrincipal,
        title: "Service principal is not restricted to a source",
        messageFormat: "Principal '{0}' {1}",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "If you grant permission to a service principal without specifying the source, other accounts could configure resources in their account to invoke your function (the confused deputy). Restrict the grant with SourceArn and/or SourceAccount, or EventSourceToken for Alexa.",
        helpLinkUri: HelpLinks.For(RuleIds.UnrestrictedServicePrincipal));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        if (!grant.AllWritesVisible)
        {
            return;
        }

        foreach (var write in grant.Writes)
        {
            if (write.Member != GrantMembers.Principal || ServicePrincipal.TryParse(write.Value) is not { } principal)
            {
                continue;
            }

            var restriction = SourceRestriction.For(principal);
            var members = principal.IsAlexa
                ? new[] { grant[GrantMembers.EventSourceToken] }
                : new[] { grant[GrantMembers.SourceArn], grant[GrantMembers.SourceAccount] };
            if (Restricts(members[0]) || (members.Length > 1 && Restricts(members[1])))
            {
                // Restricted, but a placeholder left beside the real value still has to be filled in.
                ReportPlaceholders(context, principal, members);
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

    private static void ReportPlaceholders(in GrantRuleContext context, ServicePrincipal principal, GrantMember[] members)
    {
        foreach (var member in members)
        {
            foreach (var write in member.Writes)
            {
                // A placeholder the API would reject is LPA0004's; one it would accept (arn:aws:s3:::<bucket-name>) is reported here.
                if (Placeholders.HasMarker(write.Value) && !BreaksApiConstraint(member.Name, write.Value))
                {
                    var message = "is restricted, but " + member.Name + " is still the placeholder '" + write.Value.Display() + "'; replace it with the real value";
                    var properties = ImmutableDictionary<string, string?>.Empty.Add(PlaceholderProperty, member.Name);
                    context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, properties, principal.Display, message));
                }
            }
        }
    }

    private static bool BreaksApiConstraint(string member, GrantValue value)
        => value.Text is { } text && MemberConstraint.For(member)?.Check(text, required: false) is not null;

    /// <summary>Written with something other than placeholders (an unknown value counts as a real restriction).</summary>
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
            if (!write.Value.IsNull && !Placeholders.HasMarker(write.Value))
            {
                return true;
            }
        }

        return false;
    }
}
