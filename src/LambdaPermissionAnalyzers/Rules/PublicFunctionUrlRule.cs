using System;
using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>LPA0200: function URL auth type <c>NONE</c>, in any spelling, in a URL grant or a URL configuration: the URL is public.</summary>
internal sealed class PublicFunctionUrlRule : GrantRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.PublicFunctionUrl,
        title: "Function URL without authentication",
        messageFormat: "{0} '{1}' makes the function URL public: anyone can invoke the function without signing the request; use AWS_IAM unless the function is meant to be public",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "With auth type NONE, Lambda does not authenticate requests to the function URL. Only the resource-based policy limits who can call it, and a public URL grant uses Principal *.",
        helpLinkUri: HelpLinks.For(RuleIds.PublicFunctionUrl),
        customTags: RuleTags.WrongValue);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>Function URL grants (FunctionUrlAuthType) and function URL configurations (AuthType).</summary>
    public override bool AppliesTo(GrantKind kind) => kind.AddsFunctionStatement || kind.ConfiguresFunctionUrl;

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        foreach (var write in grant.Writes)
        {
            if (write.Member is GrantMembers.FunctionUrlAuthType or GrantMembers.AuthType
                && FunctionUrlAuthTypes.IsNone(write.Value))
            {
                context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, write.Member, write.Value.Text));
            }
        }
    }
}
