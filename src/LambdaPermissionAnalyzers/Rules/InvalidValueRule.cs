using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// LPA0004: a known value the Lambda API rejects for its member (pattern, length, enum), or an empty string for a
/// required member. FunctionName has its own rule (LPA0003) and <c>$LATEST</c> too (LPA0002).
/// </summary>
internal sealed class InvalidValueRule : GrantRule
{
    /// <summary>Diagnostic property: the mechanically repaired value, when there is one.</summary>
    public const string RepairProperty = "Repair";

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.InvalidMemberValue,
        title: "Permission request member has a value the API rejects",
        messageFormat: "{0} '{1}' {2}",
        RuleCategories.Correctness,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each member of the Lambda permission and function URL requests has a pattern, a length or a set of values in the Lambda API. The SDK does not check them on the client, so a bad value fails only when the request reaches Lambda, with InvalidParameterValueException.",
        helpLinkUri: HelpLinks.For(RuleIds.InvalidMemberValue),
        customTags: RuleTags.WrongValue);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        foreach (var write in grant.Writes)
        {
            var problem = write.Member switch
            {
                GrantMembers.FunctionUrlAuthType or GrantMembers.AuthType => CheckAuthType(write.Value),
                _ => CheckMember(grant, write.Member, write.Value),
            };
            if (problem is null)
            {
                continue;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            if (write.Value.Text is { } text && Repair(grant.Kind, write.Member, text) is { } repaired)
            {
                properties = properties.Add(RepairProperty, repaired);
            }

            context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, properties, write.Member, write.Value.Display(), problem));
        }
    }

    private const string Rejected = "; the Lambda API will reject this request";


    /// <summary>What the member's constraint in this grant's operation says of <paramref name="value"/>, or <see langword="null"/> when it holds.</summary>
    internal static string? CheckMember(Grant grant, string member, GrantValue value)
    {
        var constraint = MemberConstraint.For(grant.Kind, member);
        if (constraint is null)
        {
            return null;
        }

        var problem = value.Kind switch
        {
            ValueKind.Known when value.Text is { } text => constraint.Check(text, grant.Kind.RequiredMembers.Contains(member)),
            ValueKind.PartlyKnown => constraint.CheckLiteralParts(value),
            _ => null,
        };
        return problem is null ? null : problem + Rejected;
    }

    /// <summary>The SDK resolves the string case-insensitively (ConstantClass.FindValue); anything else reaches the API as is.</summary>
    private static string? CheckAuthType(GrantValue value)
        => value.Kind == ValueKind.Known && value.Text is { } text && !FunctionUrlAuthTypes.All.Contains(text, StringComparer.OrdinalIgnoreCase)
            ? "is not NONE or AWS_IAM" + Rejected
            : null;

    /// <summary>The mechanical repairs: no guess about what the value was meant to be.</summary>
    internal static string? Repair(GrantKind kind, string member, string value)
    {
        if (kind.Action == GrantAction.AddLayerStatement && member == GrantMembers.Action)
        {
            return string.Equals(value, "GetLayerVersion", StringComparison.OrdinalIgnoreCase) ? LambdaActions.GetLayerVersion : null;
        }

        if (kind.Action == GrantAction.RemoveFunctionStatement && member == GrantMembers.StatementId)
        {
            // The id of an existing statement: changing it would remove another statement, or none.
            return null;
        }

        switch (member)
        {
            case GrantMembers.StatementId:
                var builder = new StringBuilder(Math.Min(value.Length, 100));
                foreach (var c in value)
                {
                    if (builder.Length == 100)
                    {
                        break;
                    }

                    builder.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' ? c : '-');
                }

                return builder.Length > 0 ? builder.ToString() : null;

            case GrantMembers.SourceAccount:
                var digits = new StringBuilder(12);
                foreach (var c in value)
                {
                    if (c is >= '0' and <= '9')
                    {
                        digits.Append(c);
                    }
                    else if (c is not (' ' or '-' or '.' or '_'))
                    {
                        return null;
                    }
                }

                return digits.Length == 12 ? digits.ToString() : null;

            case GrantMembers.Action:
                return value.Length > 0 && value.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')) ? LambdaActions.Prefix + value : null;

            default:
                return null;
        }
    }
}
