using System;
using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>LPA0002: a grant on <c>$LATEST</c>, through Qualifier or a FunctionName suffix.</summary>
internal sealed class LatestQualifierRule : GrantRule
{
    /// <summary>Diagnostic property: the member that carries <c>$LATEST</c>.</summary>
    public const string MemberProperty = "Member";

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.PermissionOnLatest,
        title: "Permissions cannot be added to $LATEST",
        messageFormat: "{0} '{1}' targets $LATEST; {2}",
        RuleCategories.Correctness,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Lambda does not support adding policies to version $LATEST. Grant on the unqualified function (which covers $LATEST), or on a published version or alias.",
        helpLinkUri: HelpLinks.For(RuleIds.PermissionOnLatest),
        customTags: RuleTags.WrongValue);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>Policy statements; a function URL qualifier must be an alias, which LPA0004 checks.</summary>
    public override bool AppliesTo(GrantKind kind) => kind.Action is GrantAction.AddFunctionStatement or GrantAction.RemoveFunctionStatement;

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        var removal = grant.Kind.Action == GrantAction.RemoveFunctionStatement;
        var why = removal
            ? "$LATEST never has a policy of its own, so there is nothing to remove there: "
            : "Lambda does not support adding permissions to $LATEST, so the request fails: ";
        var purpose = removal ? "to remove the statement from the function's own policy" : "to grant on the function, or name a version or alias";
        foreach (var write in grant.Writes)
        {
            switch (write.Member)
            {
                case GrantMembers.Qualifier when write.Value.Equals(FunctionNames.LatestQualifier, StringComparison.Ordinal):
                    Report(context, write.ValueLocation, write, why + "remove the Qualifier " + purpose);
                    break;

                case GrantMembers.LatestVersion:
                    // CDK: fn.LatestVersion.AddPermission(...) synthesizes no statement at all, only a synth warning.
                    // Reported on the Permission (the receiver lies outside every operation the analyzer reports from).
                    Report(context, grant.Location, write, "this Permission goes to fn.LatestVersion, and CDK adds no permission to $LATEST (it only warns at synth), so nothing is granted: call AddPermission on the function, a version or an alias");
                    break;

                case GrantMembers.FunctionName when write.Value.Kind != ValueKind.Unknown
                                                     && write.Value.KnownSuffix.EndsWith(FunctionNames.LatestSuffix, StringComparison.Ordinal):
                    Report(context, write.ValueLocation, write, why + "remove ':$LATEST' " + purpose);
                    break;
            }
        }
    }

    private static void Report(in GrantRuleContext context, Location location, GrantWrite write, string explanation)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add(MemberProperty, write.Member);
        context.Report(Diagnostic.Create(Descriptor, location, properties, write.Member, write.Value.Display(), explanation));
    }
}
