using System;
using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// LPA0202: a public function URL grant (<c>lambda:InvokeFunctionUrl</c> with auth type <c>NONE</c>) is sent, and no
/// grant of the method can be its companion (<c>lambda:InvokeFunction</c> with <c>InvokedViaFunctionUrl = true</c>
/// for the same function). Since October 2025 a new function URL needs both, or callers get 403 Forbidden.
/// Reported on the URL grant's type name, with the send call as additional location (where the fix inserts).
/// </summary>
/// <remarks>
/// Any other grant of the method that could be the companion, because its action, function, qualifier or
/// <c>InvokedViaFunctionUrl</c> is not known, silences the rule: an unknown value is never a violation.
/// </remarks>
internal sealed class FunctionUrlCompanionRule : GrantSetRule
{
    /// <summary>Diagnostic property: <c>true</c> when the referenced SDK has no InvokedViaFunctionUrl member (no fix then).</summary>
    public const string SdkTooOldProperty = "SdkTooOld";

    public const string InvokeFunction = "lambda:InvokeFunction";
    public const string InvokeFunctionUrl = "lambda:InvokeFunctionUrl";

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MissingFunctionUrlInvokeGrant,
        title: "Public function URL grant lacks its lambda:InvokeFunction companion",
        messageFormat: "This public function URL grant (lambda:InvokeFunctionUrl, auth type NONE) has no companion grant with Action 'lambda:InvokeFunction' and InvokedViaFunctionUrl = true for the same function in this method; since October 2025 callers of a new function URL get 403 Forbidden without it; {0}",
        RuleCategories.Correctness,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Since October 2025, new function URLs require both lambda:InvokeFunctionUrl and lambda:InvokeFunction permissions. A public URL needs a second statement: Principal *, Action lambda:InvokeFunction, InvokedViaFunctionUrl = true (which limits it to calls through the URL).",
        helpLinkUri: HelpLinks.For(RuleIds.MissingFunctionUrlInvokeGrant));

    private static readonly ImmutableDictionary<string, string?> SdkTooOld = ImmutableDictionary<string, string?>.Empty.Add(SdkTooOldProperty, "true");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(ImmutableArray<Grant> grants, in GrantRuleContext context)
    {
        foreach (var grant in grants)
        {
            if (!IsPublicUrlGrant(grant) || HasPossibleCompanion(grant, grants))
            {
                continue;
            }

            var hasMember = grant.HasMember(GrantMembers.InvokedViaFunctionUrl);
            var advice = hasMember
                ? "send the companion grant after this one"
                : "the referenced AWSSDK.Lambda has no InvokedViaFunctionUrl property: update AWSSDK.Lambda (3.7.501 or later on the 3.7 line, or a 4.0 release from October 2025 or later) and send the companion grant";
            context.Report(Diagnostic.Create(
                Descriptor,
                grant.Location,
                additionalLocations: new[] { grant.SendLocation! },
                properties: hasMember ? null : SdkTooOld,
                advice));
        }
    }

    /// <summary>Sent, <c>lambda:InvokeFunctionUrl</c>, and auth type certainly <c>NONE</c>.</summary>
    private static bool IsPublicUrlGrant(Grant grant)
        => grant.IsSent
           && grant[GrantMembers.Action].Value.Equals(InvokeFunctionUrl, StringComparison.OrdinalIgnoreCase)
           && grant[GrantMembers.FunctionUrlAuthType].Value.Equals("NONE", StringComparison.OrdinalIgnoreCase);

    private static bool HasPossibleCompanion(Grant urlGrant, ImmutableArray<Grant> grants)
    {
        foreach (var other in grants)
        {
            if (other != urlGrant
                && MayBe(other[GrantMembers.Action], InvokeFunction)
                && MayBe(other[GrantMembers.InvokedViaFunctionUrl], "true")
                && !Differ(urlGrant[GrantMembers.FunctionName], other[GrantMembers.FunctionName])
                && !Differ(urlGrant[GrantMembers.Qualifier], other[GrantMembers.Qualifier]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The member may hold <paramref name="value"/>: it is written with it, or with something not known.</summary>
    private static bool MayBe(GrantMember member, string value)
        => member.MayBeSet && (member.Value.Kind != ValueKind.Known || member.Value.Equals(value, StringComparison.OrdinalIgnoreCase));

    /// <summary>Certainly different values: both known (or absent) and not equal.</summary>
    private static bool Differ(GrantMember left, GrantMember right)
    {
        if (ValueIdentity.Same(left, right))
        {
            return false;
        }

        return IsCertain(left) && IsCertain(right);
    }

    private static bool IsCertain(GrantMember member) => member.IsAbsent || member.Value.IsKnown;
}
