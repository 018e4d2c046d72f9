using System;
using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// LPA0300: a layer permission with Principal <c>*</c> and no OrganizationId: every AWS account can use the layer
/// version (and read its code). Reported on the Principal value.
/// </summary>
internal sealed class PublicLayerRule : GrantRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.PublicLayer,
        title: "Layer version is shared with every AWS account",
        messageFormat: "Principal '*' without OrganizationId lets every AWS account use {0} and download its content; add OrganizationId to share it with your organization only, or name the account",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "AddLayerVersionPermission with Principal * grants lambda:GetLayerVersion to all AWS accounts, unless OrganizationId limits it to the accounts of one organization.",
        helpLinkUri: HelpLinks.For(RuleIds.PublicLayer),
        customTags: RuleTags.Missing);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override bool AppliesTo(GrantKind kind) => kind.Action == GrantAction.AddLayerStatement;

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        if (!grant.AllWritesVisible || grant[GrantMembers.OrganizationId].MayBeSet)
        {
            return;
        }

        var layer = grant[GrantMembers.LayerName].Value;
        var version = grant[GrantMembers.VersionNumber].Value;
        var which = (layer.IsKnown ? layer.Text : null) is { } name
            ? "layer version '" + name + (version.IsKnown && version.Text is { } number ? ":" + number : string.Empty) + "'"
            : "this layer version";
        foreach (var write in grant[GrantMembers.Principal].Writes)
        {
            if (Principals.IsEveryone(write.Value))
            {
                context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, which));
            }
        }
    }
}
