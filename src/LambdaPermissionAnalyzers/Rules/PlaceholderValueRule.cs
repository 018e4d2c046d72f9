using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// LPA0106: a grant still holds a placeholder (<c>&lt;bucket-name&gt;</c>) or an example value of the AWS
/// documentation (account <c>123456789012</c>): the statement restricts to, or grants, something that is not
/// yours. Off in test projects, where such values are the point; options in <see cref="Options"/>.
/// </summary>
/// <remarks>
/// A value the API would reject is LPA0004's (or LPA0003's, for a function name), so it is not reported twice.
/// </remarks>
internal sealed class PlaceholderValueRule : GrantRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.PlaceholderValue,
        title: "Grant holds a placeholder or documentation example value",
        messageFormat: "{0} '{1}' holds {2}; {3}",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Placeholders and the AWS documentation's example values (account 123456789012, organization o-a1b2c3d4e5, bucket amzn-s3-demo-bucket) name resources that are not yours. Left in a grant, they either grant access to a stranger's account or restrict to something that never calls the function.",
        helpLinkUri: HelpLinks.For(RuleIds.PlaceholderValue),
        customTags: RuleTags.WrongValue);

    /// <summary>The members whose values name accounts, organizations or resources.</summary>
    private static readonly string[] Members =
    {
        GrantMembers.FunctionName, GrantMembers.Principal, GrantMembers.SourceArn, GrantMembers.SourceAccount,
        GrantMembers.PrincipalOrgID, GrantMembers.EventSourceToken, GrantMembers.LayerName, GrantMembers.OrganizationId,
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        ExampleValueSettings? settings = null;
        foreach (var write in grant.Writes)
        {
            if (write.Value.Kind == ValueKind.Unknown || write.Value.IsNull || System.Array.IndexOf(Members, write.Member) < 0)
            {
                continue;
            }

            if (settings is null)
            {
                if (context.IsTestProject && !context.GetFlag(Options.ReportInTestProjects, defaultValue: false))
                {
                    return;
                }

                settings = new ExampleValueSettings(
                    ExampleValueSettings.ParseList(context.GetOption(Options.AdditionalValues)),
                    ExampleValueSettings.ParseList(context.GetOption(Options.IgnoredValues)));
            }

            if (Placeholders.Find(write.Value, settings) is { } placeholder && !BreaksApiConstraint(grant, write.Member, write.Value))
            {
                var advice = write.Member == GrantMembers.Principal && placeholder.Kind != PlaceholderKind.Marker
                    ? "the grant gives access to an account that is not yours; use the real principal"
                    : "replace it with the real value before this grant is sent";
                context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, write.Member, write.Value.Display(), placeholder.Describe(), advice));
            }
        }
    }

    /// <summary>LPA0003 or LPA0004 reports the value already (the API rejects it): not reported twice.</summary>
    private static bool BreaksApiConstraint(Grant grant, string member, GrantValue value)
        => member == GrantMembers.FunctionName
            ? FunctionNameRule.Check(grant, value) is not null
            : InvalidValueRule.CheckMember(grant, member, value) is not null;

    /// <summary>The rule's .editorconfig keys.</summary>
    public static class Options
    {
        /// <summary><c>true</c> to report in projects that reference xunit, NUnit or MSTest too (default <c>false</c>).</summary>
        public const string ReportInTestProjects = "LPA0106.report_in_test_projects";

        /// <summary>More values to report, separated by commas (for example a team's dummy account id).</summary>
        public const string AdditionalValues = "LPA0106.additional_values";

        /// <summary>Built-in example values that are real in this project, separated by commas.</summary>
        public const string IgnoredValues = "LPA0106.ignored_values";
    }
}
