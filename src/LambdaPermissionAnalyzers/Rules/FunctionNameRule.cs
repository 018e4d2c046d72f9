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
        messageFormat: "FunctionName '{0}' {1}",
        RuleCategories.Correctness,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "FunctionName must be a function name (at most 64 characters), a name with a version or alias, a partial ARN or a function ARN, within the SDK's maximum length.",
        helpLinkUri: HelpLinks.For(RuleIds.InvalidFunctionName),
        customTags: RuleTags.WrongValue);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>Every request that names a function.</summary>
    public override bool AppliesTo(GrantKind kind) => kind.TargetsFunction;

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        foreach (var write in grant.Writes)
        {
            if (write.Member == GrantMembers.FunctionName && Check(grant, write.Value) is { } problem)
            {
                context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, Shorten(write.Value.Display()), problem));
            }
        }
    }

    private const string Rejected = "; the Lambda API will reject this request";

    /// <summary>What is wrong with a function name written to <paramref name="grant"/>, or <see langword="null"/> when the API would accept it (or it is not known).</summary>
    internal static string? Check(Grant grant, GrantValue value) => value.Kind switch
    {
        ValueKind.Known when value.Text is { } text => CheckKnown(text, grant),
        ValueKind.PartlyKnown => CheckPartlyKnown(value, grant),
        _ => null,
    };

    /// <summary>
    /// The longest name the grant's SDK build accepts (the limit it declares, else the API's) when <paramref name="length"/>
    /// is over it, else <see langword="null"/>. Every build has declared 140 or 256, more than any bare name, so a name no
    /// longer than a bare name's limit is never over it and the SDK's attributes are not read for it.
    /// </summary>
    private static int? ExceededMaxLength(int length, Grant grant)
    {
        if (length <= FunctionNames.MaxBareNameLength)
        {
            return null;
        }

        var maxLength = grant.FunctionNameMaxLength ?? grant.Kind.ApiFunctionNameMaxLength;
        return length > maxLength ? maxLength : null;
    }

    private static string? CheckKnown(string name, Grant grant)
    {
        var kind = grant.Kind;
        if (name.Length == 0)
        {
            return "is empty" + Rejected;
        }

        if (ExceededMaxLength(name.Length, grant) is { } maxLength)
        {
            return DescribeLength(name.Length, maxLength, kind, atLeast: false);
        }

        if (name.IndexOf(':') < 0 && name.Length > FunctionNames.MaxBareNameLength)
        {
            return string.Format(CultureInfo.InvariantCulture, "is {0} characters long, but a function name without an ARN is limited to {1}", name.Length, FunctionNames.MaxBareNameLength) + Rejected;
        }

        if (FunctionNames.FindImpossibleCharacter(name) is { } character)
        {
            return DescribeCharacter(character);
        }

        if (kind.ConfiguresFunctionUrl && FunctionNameParts.GetName(name) is { Length: > FunctionNames.MaxBareNameLength } ownName)
        {
            // The function URL API's pattern limits the name to 64 characters in every form, ARNs included.
            return string.Format(CultureInfo.InvariantCulture, "names a function of {0} characters, but a function name is limited to {1}", ownName.Length, FunctionNames.MaxBareNameLength) + Rejected;
        }

        if (kind.ConfiguresFunctionUrl)
        {
            return FunctionNames.MatchesUrlConfigPattern(name)
                ? null
                : "is not a function name (at most 64 characters), a name with an alias, a partial ARN or a function ARN; function URLs do not attach to version numbers" + Rejected;
        }

        return FunctionNames.MatchesPattern(name)
            ? null
            : "is not a function name, a name with a version or alias, a partial ARN (123456789012:function:name) or a function ARN (arn:aws:lambda:region:account:function:name)" + Rejected;
    }

    /// <summary>
    /// Over the SDK's declared maximum. Builds that declare 140 predate the API's 256 (2025-12): say so, since the
    /// service itself may accept the name.
    /// </summary>
    private static string DescribeLength(int length, int maxLength, GrantKind kind, bool atLeast) => maxLength < kind.ApiFunctionNameMaxLength
        ? string.Format(CultureInfo.InvariantCulture, (atLeast ? "is at least {0}" : "is {0}") + " characters long, more than the {1} this version of AWSSDK.Lambda declares; use a shorter name or ARN, or update AWSSDK.Lambda (the API allows {2} since December 2025)", length, maxLength, FunctionNames.DefaultMaxLength)
        : string.Format(CultureInfo.InvariantCulture, atLeast ? "is at least {0} characters long, more than the {1} the API allows" : "is {0} characters long, more than the {1} the API allows", length, maxLength) + Rejected;

    /// <summary>Only what the literal parts prove, whatever the holes hold.</summary>
    private static string? CheckPartlyKnown(GrantValue value, Grant grant)
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

        return ExceededMaxLength(literalLength, grant) is { } maxLength ? DescribeLength(literalLength, maxLength, grant.Kind, atLeast: true) : null;
    }

    private static string DescribeCharacter(char character) => character switch
    {
        ' ' => "contains a space, which a function name or ARN cannot contain",
        '\t' or '\r' or '\n' => "contains a line break or tab, which a function name or ARN cannot contain",
        _ => "contains '" + character + "', which a function name or ARN cannot contain",
    } + Rejected;

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
}
