using System;
using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// LPA0202: since October 2025 a new public function URL needs two grants: <c>lambda:InvokeFunctionUrl</c> with auth
/// type <c>NONE</c>, and its companion <c>lambda:InvokeFunction</c> with <c>InvokedViaFunctionUrl = true</c>, or callers
/// get 403 Forbidden. Reported on a sent public URL grant whose method sends no possible companion (with the send
/// call as additional location, where the fix inserts it), and on a sent <c>CreateFunctionUrlConfigRequest</c> with
/// AuthType <c>NONE</c> whose method sends no possible URL grant, naming which grants are missing.
/// </summary>
/// <remarks>
/// Any other grant of the method that could be the missing one, because its action, function, qualifier or
/// <c>InvokedViaFunctionUrl</c> is not known, silences the rule: an unknown value is never a violation.
/// </remarks>
internal sealed class FunctionUrlCompanionRule : GrantSetRule
{
    /// <summary>Diagnostic property: <c>true</c> when the referenced SDK has no InvokedViaFunctionUrl member (no fix then).</summary>
    public const string SdkTooOldProperty = "SdkTooOld";

    private const string CompanionGrant = "companion grant with Action 'lambda:InvokeFunction' and InvokedViaFunctionUrl = true";

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MissingFunctionUrlInvokeGrant,
        title: "Public function URL grant lacks its lambda:InvokeFunction companion",
        messageFormat: "{0} for the same function in this method; since October 2025 callers of a new function URL get 403 Forbidden without both grants; {1}",
        RuleCategories.Correctness,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Since October 2025, new function URLs require both lambda:InvokeFunctionUrl and lambda:InvokeFunction permissions. A public URL needs two statements with Principal *: lambda:InvokeFunctionUrl with FunctionUrlAuthType NONE, and lambda:InvokeFunction with InvokedViaFunctionUrl = true (which limits it to calls through the URL).",
        helpLinkUri: HelpLinks.For(RuleIds.MissingFunctionUrlInvokeGrant),
        customTags: RuleTags.Missing);

    private static readonly ImmutableDictionary<string, string?> SdkTooOld = ImmutableDictionary<string, string?>.Empty.Add(SdkTooOldProperty, "true");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(ImmutableArray<Grant> grants, in GrantRuleContext context)
    {
        foreach (var grant in grants)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (IsPublicUrlGrant(grant))
            {
                if (!HasPossible(grant, grants, IsPossibleCompanion))
                {
                    Report(context, grant, "This public function URL grant (lambda:InvokeFunctionUrl, FunctionUrlAuthType NONE) has no " + CompanionGrant, "send the companion grant after this one");
                }
            }
            else if (IsPublicUrlConfig(grant) && grant.Kind.Library.AddsFunctionUrlGrantsFrom is { } update)
            {
                // CDK sends the URL's grants itself: both since 2.220.0, only lambda:InvokeFunctionUrl before.
                if (!grant.HasMember(GrantMembers.InvokedViaFunctionUrl) && !HasPossible(grant, grants, IsPossibleCompanion))
                {
                    Report(
                        context,
                        grant,
                        "This public function URL (AuthType NONE) gets only the lambda:InvokeFunctionUrl grant from this version of the AWS CDK, and no lambda:InvokeFunction grant with InvokedViaFunctionUrl = true",
                        update);
                }
            }
            else if (IsPublicUrlConfig(grant) && !HasPossible(grant, grants, IsPossibleUrlGrant))
            {
                // With a URL grant in the method, that grant answers for its companion.
                var what = HasPossible(grant, grants, IsPossibleCompanion)
                    ? "This public function URL (AuthType NONE) gets no lambda:InvokeFunctionUrl grant (Principal *, FunctionUrlAuthType NONE)"
                    : "This public function URL (AuthType NONE) gets no lambda:InvokeFunctionUrl grant (Principal *, FunctionUrlAuthType NONE) and no lambda:InvokeFunction grant with InvokedViaFunctionUrl = true";
                Report(context, grant, what, "send both with AddPermission after creating the URL");
            }
        }
    }

    private static void Report(in GrantRuleContext context, Grant grant, string what, string advice)
    {
        if (!grant.HasMember(GrantMembers.InvokedViaFunctionUrl) && grant.Kind.AddsFunctionStatement)
        {
            advice = grant.Kind.Library.LacksInvokedViaFunctionUrl;
            context.Report(Diagnostic.Create(Descriptor, grant.Location, new[] { grant.SendLocation! }, SdkTooOld, what, advice));
            return;
        }

        context.Report(Diagnostic.Create(Descriptor, grant.Location, new[] { grant.SendLocation! }, null, what, advice));
    }

    /// <summary>Sent as written, <c>lambda:InvokeFunctionUrl</c>, and auth type certainly <c>NONE</c>.</summary>
    private static bool IsPublicUrlGrant(Grant grant)
        => grant.Kind.AddsFunctionStatement
           && grant.AllWritesVisible
           && LambdaActions.Is(grant[GrantMembers.Action].Value, LambdaActions.InvokeFunctionUrl)
           && FunctionUrlAuthTypes.IsNone(grant[GrantMembers.FunctionUrlAuthType].Value);

    /// <summary>A function URL created with auth type certainly <c>NONE</c>.</summary>
    private static bool IsPublicUrlConfig(Grant grant)
        => grant.Kind.Action == GrantAction.CreateFunctionUrl
           && grant.AllWritesVisible
           && FunctionUrlAuthTypes.IsNone(grant[GrantMembers.AuthType].Value);

    private static bool HasPossible(Grant grant, ImmutableArray<Grant> grants, Func<Grant, bool> candidate)
    {
        foreach (var other in grants)
        {
            if (other != grant && other.Kind.AddsFunctionStatement && candidate(other) && FunctionTarget.MayBeSame(grant, other))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPossibleCompanion(Grant other)
        => MayBe(other[GrantMembers.Action], LambdaActions.InvokeFunction) && MayBe(other[GrantMembers.InvokedViaFunctionUrl], "true");

    private static bool IsPossibleUrlGrant(Grant other)
        => MayBe(other[GrantMembers.Action], LambdaActions.InvokeFunctionUrl) && MayBe(other[GrantMembers.FunctionUrlAuthType], FunctionUrlAuthTypes.None);

    /// <summary>The member may hold <paramref name="value"/>: it is written with it, or with something not known.</summary>
    private static bool MayBe(GrantMember member, string value)
        => member.MayBeSet && (member.Value.Kind != ValueKind.Known || member.Value.Equals(value, StringComparison.OrdinalIgnoreCase));
}
