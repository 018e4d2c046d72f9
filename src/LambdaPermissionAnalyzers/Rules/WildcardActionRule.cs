using System;
using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>LPA0104: <c>Action</c> is <c>lambda:*</c> or <c>*</c>: every operation a function policy can allow.</summary>
internal sealed class WildcardActionRule : GrantRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.WildcardAction,
        title: "Grant of every Lambda action",
        messageFormat: "Action '{0}' grants every operation a function policy can allow, including changing the function's code and configuration; grant lambda:InvokeFunction, or the one action the principal needs",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A function policy can allow invocation and also operations such as UpdateFunctionCode, DeleteFunction or PublishVersion. A wildcard action grants all of them.",
        helpLinkUri: HelpLinks.For(RuleIds.WildcardAction),
        customTags: RuleTags.WrongValue);

    /// <summary>Diagnostic property: the narrow action the fix writes.</summary>
    public const string ReplacementProperty = "Replacement";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>Statements that grant rights on a function.</summary>
    public override bool AppliesTo(GrantKind kind) => kind.AddsFunctionStatement;

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        // A grant that names a function URL auth type is a function URL grant: narrowing it to InvokeFunction would break it.
        var replacement = grant[GrantMembers.FunctionUrlAuthType].Writes.IsEmpty ? LambdaActions.InvokeFunction : LambdaActions.InvokeFunctionUrl;
        var properties = ImmutableDictionary<string, string?>.Empty.Add(ReplacementProperty, replacement);
        foreach (var write in grant[GrantMembers.Action].Writes)
        {
            if (LambdaActions.IsWildcard(write.Value))
            {
                context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, properties, write.Value.Text));
            }
        }
    }
}
