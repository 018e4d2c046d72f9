using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>LPA0001: a sent grant lacks a member the API requires, or sets it to null.</summary>
internal sealed class RequiredMembersRule : GrantRule
{
    /// <summary>Diagnostic property: the missing members that have a safe value to add, comma-separated.</summary>
    public const string FixableMembersProperty = "FixableMembers";

    /// <summary>Diagnostic property: the Action the fix adds (<c>lambda:InvokeFunction</c>, or <c>lambda:GetLayerVersion</c> for a layer).</summary>
    public const string ActionProperty = "Action";

    /// <summary>Diagnostic property: <c>true</c> when the grant comes from a factory and is reported on the factory call.</summary>
    public const string FactoryProperty = "Factory";

    /// <summary>Diagnostic property: the principal's service label (<c>s3</c>), when known, to name the statement.</summary>
    public const string ServiceProperty = "Service";

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MissingRequiredMember,
        title: "Permission request lacks a required member",
        messageFormat: "{0} is sent without {1}; {2}",
        RuleCategories.Correctness,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "AddPermission requires FunctionName, StatementId, Action and Principal; RemovePermission FunctionName and StatementId; AddLayerVersionPermission LayerName, VersionNumber, StatementId, Action and Principal; CreateFunctionUrlConfig FunctionName and AuthType. The SDK does not check them on the client, so a missing one fails only when the request reaches Lambda.",
        helpLinkUri: HelpLinks.For(RuleIds.MissingRequiredMember),
        customTags: RuleTags.Missing);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        if (!grant.AllWritesVisible)
        {
            return;
        }

        var missing = new List<string>();
        var fixable = new List<string>();
        foreach (var name in grant.Kind.RequiredMembers)
        {
            var member = grant[name];
            var setToNull = !member.Writes.IsEmpty && member.Writes.All(static write => write.Value.IsNull);
            if (!member.IsAbsent && !setToNull)
            {
                continue;
            }

            missing.Add(setToNull ? name + " (set to null)" : IsSetLate(grant, name) ? name + " (set only after the send)" : name);
            // A removal names an existing statement: no id can be made up for it.
            if (name is GrantMembers.StatementId or GrantMembers.Action && !setToNull && grant.Kind.Action is not (GrantAction.RemoveFunctionStatement or GrantAction.RemoveLayerStatement))
            {
                fixable.Add(name);
            }
        }

        if (missing.Count == 0)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(FixableMembersProperty, string.Join(",", fixable))
            .Add(ActionProperty, grant.Kind.Action == GrantAction.AddLayerStatement ? LambdaActions.GetLayerVersion : LambdaActions.InvokeFunction);
        if (ServicePrincipal.TryParse(grant[GrantMembers.Principal].Value) is { Service: { } service })
        {
            properties = properties.Add(ServiceProperty, service);
        }

        var subject = grant.Kind.DisplayName;
        if (grant.Flow.Origin is { Role: CallRole.Returns } factory)
        {
            properties = properties.Add(FactoryProperty, "true");
            subject += " from " + factory.Callee.Name;
        }

        context.Report(Diagnostic.Create(Descriptor, grant.Location, properties, subject, Join(missing), grant.Kind.Library.Rejection));
    }

    private static bool IsSetLate(Grant grant, string member)
    {
        foreach (var write in grant.Flow.LateWrites)
        {
            if (write.Member == member)
            {
                return true;
            }
        }

        return false;
    }

    private static string Join(List<string> items) => items.Count == 1
        ? items[0]
        : string.Join(", ", items.GetRange(0, items.Count - 1)) + " and " + items[items.Count - 1];
}
