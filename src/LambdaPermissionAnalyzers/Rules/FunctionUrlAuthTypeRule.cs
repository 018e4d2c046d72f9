using System;
using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>LPA0201: <c>lambda:InvokeFunctionUrl</c> granted without FunctionUrlAuthType.</summary>
internal sealed class FunctionUrlAuthTypeRule : GrantRule
{
    /// <summary>Diagnostic property: present when the referenced SDK has no FunctionUrlAuthType to add.</summary>
    public const string SdkTooOldProperty = "SdkTooOld";

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.FunctionUrlGrantWithoutAuthType,
        title: "Function URL grant without an auth type",
        messageFormat: "Action '{0}' is granted without FunctionUrlAuthType; {1}",
        RuleCategories.Correctness,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A lambda:InvokeFunctionUrl statement applies only to requests through a function URL whose auth type matches its FunctionUrlAuthType condition. Without it, the grant does not say which URL configuration it is for.",
        helpLinkUri: HelpLinks.For(RuleIds.FunctionUrlGrantWithoutAuthType),
        customTags: RuleTags.Missing);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>Statements that grant rights on a function.</summary>
    public override bool AppliesTo(GrantKind kind) => kind.AddsFunctionStatement;

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        if (!grant.AllWritesVisible || !grant[GrantMembers.FunctionUrlAuthType].IsAbsent)
        {
            return;
        }

        var sdkHasMember = grant.HasMember(GrantMembers.FunctionUrlAuthType);
        foreach (var write in grant[GrantMembers.Action].Writes)
        {
            if (!LambdaActions.Is(write.Value, LambdaActions.InvokeFunctionUrl))
            {
                continue;
            }

            var properties = sdkHasMember
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(SdkTooOldProperty, "true");
            var advice = sdkHasMember
                ? "set it to the auth type of the function URL (AWS_IAM, or NONE for a public URL)"
                : "this version of AWSSDK.Lambda has no FunctionUrlAuthType: update AWSSDK.Lambda and set it to the auth type of the function URL";
            context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, properties, write.Value.Text, advice));
        }
    }
}
