using System;
using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// LPA0103: <c>Principal = "*"</c> with no PrincipalOrgID, SourceArn or SourceAccount: anyone can call the action.
/// The function-URL statements are not reported here (LPA0200 covers a public URL).
/// </summary>
internal sealed class PublicPrincipalRule : GrantRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.PublicPrincipal,
        title: "Grant to every principal without a condition",
        messageFormat: "Principal '*' with no PrincipalOrgID, SourceArn or SourceAccount lets any AWS account or anonymous caller use {0}; restrict it with PrincipalOrgID, or name the account or service",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A statement with Principal * and no condition makes the action public. PrincipalOrgID, SourceArn and SourceAccount each restrict it. Function URL statements are covered by LPA0200.",
        helpLinkUri: HelpLinks.For(RuleIds.PublicPrincipal),
        customTags: RuleTags.Missing);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>Statements that grant rights on a function.</summary>
    public override bool AppliesTo(GrantKind kind) => kind.AddsFunctionStatement;

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        if (!grant.AllWritesVisible
            || grant[GrantMembers.PrincipalOrgID].MayBeSet
            || grant[GrantMembers.SourceArn].MayBeSet
            || grant[GrantMembers.SourceAccount].MayBeSet
            || IsFunctionUrlStatement(grant))
        {
            return;
        }

        var action = grant[GrantMembers.Action].Value;
        var what = action.IsKnown && action.Text is { } text ? "'" + text + "' on this function" : "this function";
        foreach (var write in grant[GrantMembers.Principal].Writes)
        {
            if (Principals.IsEveryone(write.Value))
            {
                context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, what));
            }
        }
    }

    /// <summary>
    /// A function-URL statement: any FunctionUrlAuthType (lambda:InvokeFunctionUrl), or InvokedViaFunctionUrl not known
    /// to be false (the companion lambda:InvokeFunction statement).
    /// </summary>
    private static bool IsFunctionUrlStatement(Grant grant)
    {
        if (grant[GrantMembers.FunctionUrlAuthType].MayBeSet)
        {
            return true;
        }

        var viaUrl = grant[GrantMembers.InvokedViaFunctionUrl];
        return viaUrl.MayBeSet && !viaUrl.Value.Equals("false", StringComparison.Ordinal);
    }
}
