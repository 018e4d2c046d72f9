using System;
using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// LPA0007: a member that has no effect, or a wrong one, with the grant's known action or principal:
/// FunctionUrlAuthType outside <c>lambda:InvokeFunctionUrl</c>, <c>InvokedViaFunctionUrl = true</c> outside
/// <c>lambda:InvokeFunction</c>, EventSourceToken with a principal other than the Alexa ones.
/// </summary>
internal sealed class IneffectiveMemberRule : GrantRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MemberWithoutEffect,
        title: "Member has no effect with this action or principal",
        messageFormat: "{0} {1}; remove it, or change the {2}",
        RuleCategories.Correctness,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "FunctionUrlAuthType only applies to lambda:InvokeFunctionUrl, InvokedViaFunctionUrl only to lambda:InvokeFunction, and EventSourceToken only to the Alexa principals. Elsewhere the condition never matches, or it does something else than intended.",
        helpLinkUri: HelpLinks.For(RuleIds.MemberWithoutEffect),
        customTags: RuleTags.WrongValue);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>Statements that grant rights on a function.</summary>
    public override bool AppliesTo(GrantKind kind) => kind.AddsFunctionStatement;

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        var action = grant[GrantMembers.Action].Value;
        // A wildcard action includes the function URL actions: the conditions narrow it (LPA0104 reports the wildcard).
        if (action.IsKnown && action.Text is { } actionText && !LambdaActions.IsWildcard(actionText))
        {
            if (!string.Equals(actionText, LambdaActions.InvokeFunctionUrl, StringComparison.OrdinalIgnoreCase))
            {
                ReportAll(context, grant[GrantMembers.FunctionUrlAuthType], _ => true,
                    "only applies to lambda:InvokeFunctionUrl, but the action is '" + actionText + "'", "action");
            }

            if (!string.Equals(actionText, LambdaActions.InvokeFunction, StringComparison.OrdinalIgnoreCase))
            {
                ReportAll(context, grant[GrantMembers.InvokedViaFunctionUrl], static value => value.Equals("true", StringComparison.Ordinal),
                    "= true only applies to lambda:InvokeFunction, but the action is '" + actionText + "'", "action");
            }
        }

        var principal = grant[GrantMembers.Principal].Value;
        if (principal.IsKnown && principal.Text is { } principalText && ServicePrincipal.TryParse(principal) is not { IsAlexa: true })
        {
            ReportAll(context, grant[GrantMembers.EventSourceToken], static value => !value.IsNull,
                "only applies to the Alexa principals, but the principal is '" + principalText + "'", "principal");
        }
    }

    private static void ReportAll(in GrantRuleContext context, GrantMember member, Func<GrantValue, bool> applies, string problem, string what)
    {
        foreach (var write in member.Writes)
        {
            if (!write.Value.IsNull && applies(write.Value))
            {
                context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, member.Name, problem, what));
            }
        }
    }
}
