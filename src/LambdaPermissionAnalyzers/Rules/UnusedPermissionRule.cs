using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// LPA0301: a CDK <c>Permission</c> is created and never passed to <c>AddPermission</c> (discarded, or a local that is
/// only written): a Permission is plain data, so nothing is granted. Reported on the type name of the <c>new</c>.
/// </summary>
internal sealed class UnusedPermissionRule : GrantRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.UnusedCdkPermission,
        title: "CDK Permission is never added to a function",
        messageFormat: "This Permission is never passed to AddPermission, so nothing is granted; call fn.AddPermission(id, permission), or remove it",
        RuleCategories.Correctness,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Amazon.CDK.AWS.Lambda.Permission only describes a statement: the statement exists once the Permission is passed to IFunction.AddPermission. A Permission that is discarded, or kept in a local that is never read, grants nothing.",
        helpLinkUri: HelpLinks.For(RuleIds.UnusedCdkPermission));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override bool AppliesTo(GrantKind kind) => kind == GrantKind.CdkPermission;

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        if (grant.IsUnused)
        {
            context.Report(Diagnostic.Create(Descriptor, grant.Location));
        }
    }
}
