using System;
using System.Text.RegularExpressions;

namespace LambdaPermissionAnalyzers.Knowledge;

/// <summary>
/// The Lambda API's constraints on <c>FunctionName</c> (service model shape <c>NamespacedFunctionName</c>,
/// 2026-07): a name, <c>name:qualifier</c>, a partial ARN or a function ARN; a bare name is limited to 64
/// characters (API documentation), the whole value to the SDK's declared maximum.
/// </summary>
internal static class FunctionNames
{
    public const int MaxBareNameLength = 64;

    /// <summary>The API's maximum since 2025-12-01, used when the SDK declares none.</summary>
    public const int DefaultMaxLength = 256;

    public const string LatestSuffix = ":$LATEST";

    public const string LatestQualifier = "$LATEST";

    // The model's pattern, anchored (the model's patterns are not), with \d narrowed to ASCII digits.
    private static readonly Regex Pattern = new(
        @"\A(?:(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-[0-9]{1}:[0-9]{12}:|(((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-[0-9]{1}:)?([0-9]{12}:)?))(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?)\z",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromMilliseconds(200));

    // FunctionUrlFunctionName: the name itself limited to 64, and no numeric version qualifier (URLs attach to aliases).
    private static readonly Regex UrlConfigPattern = new(
        @"\A(?:(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-[0-9]{1}:)?([0-9]{12}:)?(function:)?([a-zA-Z0-9-_]{1,64})(:((?![0-9]+\z)[0-9a-zA-Z-_]+))?)\z",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromMilliseconds(200));

    public static bool MatchesPattern(string value) => Matches(Pattern, value);

    /// <summary>The pattern of the function URL operations (CreateFunctionUrlConfig, UpdateFunctionUrlConfig).</summary>
    public static bool MatchesUrlConfigPattern(string value) => Matches(UrlConfigPattern, value);

    private static bool Matches(Regex pattern, string value)
    {
        try
        {
            return pattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            // Never report what we could not decide.
            return true;
        }
    }

    /// <summary>The first character that no function name, qualifier or ARN can contain, if any.</summary>
    public static char? FindImpossibleCharacter(string literal)
    {
        foreach (var c in literal)
        {
            var allowed = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' or ':' or '$';
            if (!allowed)
            {
                return c;
            }
        }

        return null;
    }
}
