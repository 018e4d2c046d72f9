using System;
using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>LPA0005: FunctionName carries a qualifier and Qualifier names a different known one.</summary>
internal sealed class ConflictingQualifierRule : GrantRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.ConflictingQualifiers,
        title: "Function name and Qualifier name different versions",
        messageFormat: "Qualifier '{0}' differs from the qualifier ':{1}' in FunctionName '{2}'; the Lambda API will reject this request: remove the Qualifier or the suffix",
        RuleCategories.Correctness,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A function name may carry a version or alias (name:alias, or an ARN ending in :alias). If Qualifier is also set, the two must agree; otherwise Lambda rejects the request.",
        helpLinkUri: HelpLinks.For(RuleIds.ConflictingQualifiers),
        customTags: RuleTags.WrongValue);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>Every request that names a function.</summary>
    public override bool AppliesTo(GrantKind kind) => kind.TargetsFunction;

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        var functionName = grant[GrantMembers.FunctionName].Value;
        var name = functionName.Kind == ValueKind.Known ? functionName.Text : null;
        var suffix = name is null ? null : FunctionNameParts.GetQualifier(name);
        if (name is null || suffix is null)
        {
            return;
        }

        foreach (var write in grant[GrantMembers.Qualifier].Writes)
        {
            if (write.Value.Kind == ValueKind.Known && write.Value.Text is { Length: > 0 } qualifier
                && !string.Equals(qualifier, suffix, StringComparison.Ordinal))
            {
                context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, qualifier, suffix, name));
            }
        }
    }
}
