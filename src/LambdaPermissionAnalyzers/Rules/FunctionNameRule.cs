using System.Collections.Immutable;
using System.Globalization;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>LPA0003: a known FunctionName the API will reject (empty, too long, not a name or ARN).</summary>
internal sealed class FunctionNameRule : GrantRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.InvalidFunctionName,
        title: "Function name is not valid",
        messageFormat: "FunctionName '{0}' {1}; the Lambda API will reject this request",
        RuleCategories.Correctness,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "FunctionName must be a function name (at most 64 characters), a name with a version or alias, a partial ARN or a function ARN, within the SDK's maximum length.",
        helpLinkUri: HelpLinks.For(RuleIds.InvalidFunctionName));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        var maxLength = grant.FunctionNameMaxLength ?? FunctionNames.DefaultMaxLength;
        foreach (var write in grant.Writes)
        {
            if (write.Member != GrantMembers.FunctionName)
            {
                continue;
            }

            var problem = write.Value.Kind switch
            {
                ValueKind.Known when write.Value.Text is { } text => CheckKnown(text, maxLength),
                ValueKind.PartlyKnown => CheckPartlyKnown(write.Value, maxLength),
                _ => null,
            };

            if (problem is not null)
            {
                context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, Shorten(write.Value.Display()), problem));
            }
        }
    }

    private static string? CheckKnown(string name, int maxLength)
    {
        if (name.Length == 0)
        {
            return "is empty";
        }

        if (name.Length > maxLength)
        {
            return string.Format(CultureInfo.InvariantCulture, "is {0} characters long; the SDK allows at most {1}", name.Length, maxLength);
        }

        if (name.IndexOf(':') < 0 && name.Length > FunctionNames.MaxBareNameLength)
        {
            return string.Format(CultureInfo.InvariantCulture, "is {0} characters long; a function name without an ARN is limited to {1}", name.Length, FunctionNames.MaxBareNameLength);
        }

        if (FunctionNames.FindImpossibleCharacter(name) is { } character)
        {
            return DescribeCharacter(character);
        }

        return FunctionNames.MatchesPattern(name)
            ? null
            : "is not a function name, a name with a version or alias, a partial ARN (123456789012:function:name) or a function ARN (arn:aws:lambda:region:account:function:name)";
    }

    /// <summary>Only what the literal parts prove, whatever the holes hold.</summary>
    private static string? CheckPartlyKnown(GrantValue value, int maxLength)
    {
        var literalLength = 0;
        foreach (var part in value.Parts)
        {
            if (part is null)
            {
                continue;
            }

            literalLength += part.Length;
            if (FunctionNames.FindImpossibleCharacter(part) is { } character)
            {
                return DescribeCharacter(character);
            }
        }

        return literalLength > maxLength
            ? string.Format(CultureInfo.InvariantCulture, "is longer than {0} characters in its literal parts alone; the SDK allows at most {0}", maxLength)
            : null;
    }

    private static string DescribeCharacter(char character) => character switch
    {
        ' ' => "contains a space, which a function name or ARN cannot contain",
        '\t' or '\r' or '\n' => "contains a line break or tab, which a function name or ARN cannot contain",
        _ => "contains '" + character + "', which a function name or ARN cannot contain",
    };

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
}
