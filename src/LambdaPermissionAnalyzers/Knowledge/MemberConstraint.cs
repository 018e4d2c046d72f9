using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using LambdaPermissionAnalyzers.Model;

namespace LambdaPermissionAnalyzers.Knowledge;

/// <summary>
/// The Lambda API's constraint on one AddPermission member (service model 2026-07, patterns anchored as the
/// service applies them), with the rule in plain words for messages.
/// </summary>
internal sealed class MemberConstraint
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private static readonly Dictionary<string, MemberConstraint> ByMember = new(StringComparer.Ordinal)
    {
        [GrantMembers.StatementId] = new(
            @"[a-zA-Z0-9\-_]+", 1, 100,
            "can contain only letters, digits, '-' and '_'",
            c => IsLetterOrDigit(c) || c is '-' or '_'),
        [GrantMembers.Action] = new(
            @"lambda:[*]|lambda:[a-zA-Z]+|[*]", 1, 10000,
            "is not an action of the form lambda:InvokeFunction, lambda:* or *",
            c => IsLetter(c) || c is ':' or '*'),
        [GrantMembers.Principal] = new(
            @"[^\s]+", 1, 2048,
            "contains whitespace, which no principal can contain",
            c => !char.IsWhiteSpace(c)),
        [GrantMembers.SourceArn] = new(
            @"arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-[0-9]{1})?:([0-9]{12})?:(.*)", 0, 10000,
            "is not an ARN of the form arn:partition:service:region:account-id:resource",
            null),
        [GrantMembers.SourceAccount] = new(
            @"[0-9]{12}", 0, 12,
            "is not a 12-digit account id",
            c => c is >= '0' and <= '9'),
        [GrantMembers.PrincipalOrgID] = new(
            @"o-[a-z0-9]{10,32}", 12, 34,
            "is not an organization id ('o-' followed by 10 to 32 lowercase letters or digits)",
            c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'),
        [GrantMembers.EventSourceToken] = new(
            @"[a-zA-Z0-9._\-]+", 0, 256,
            "can contain only letters, digits, '.', '_' and '-'",
            c => IsLetterOrDigit(c) || c is '.' or '_' or '-'),
        [GrantMembers.Qualifier] = new(
            @"\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9\-_$]+", 1, 128,
            "is not a version number or an alias name (letters, digits, '-' and '_')",
            c => IsLetterOrDigit(c) || c is '-' or '_' or '$' or '.'),
    };

    /// <summary>Where another operation constrains a member differently (service model shapes of 2026-07).</summary>
    private static readonly Dictionary<(GrantAction, string), MemberConstraint> ByOperation = new()
    {
        // RemovePermission's NamespacedStatementId allows '.' (ids written by other tools).
        [(GrantAction.RemoveFunctionStatement, GrantMembers.StatementId)] = new(
            @"[a-zA-Z0-9\-_.]+", 1, 100,
            "can contain only letters, digits, '-', '_' and '.'",
            c => IsLetterOrDigit(c) || c is '-' or '_' or '.'),
        [(GrantAction.AddLayerStatement, GrantMembers.Action)] = new(
            @"lambda:GetLayerVersion", 0, 22,
            "is not lambda:GetLayerVersion, the only action a layer permission can grant",
            null),
        [(GrantAction.AddLayerStatement, GrantMembers.Principal)] = new(
            @"[0-9]{12}|\*|arn:(aws[a-zA-Z-]*):iam::[0-9]{12}:root", 0, 10000,
            "is not a 12-digit account id, * or an account root ARN (arn:aws:iam::<account-id>:root); a layer cannot be shared with a role, a user or a service",
            c => IsLetterOrDigit(c) || c is '*' or ':' or '-'),
        [(GrantAction.AddLayerStatement, GrantMembers.OrganizationId)] = new(
            @"o-[a-z0-9]{10,32}", 0, 34,
            "is not an organization id ('o-' followed by 10 to 32 lowercase letters or digits)",
            c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'),
        [(GrantAction.AddLayerStatement, GrantMembers.LayerName)] = new(
            @"(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-[0-9]{1}:[0-9]{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+", 1, 140,
            "is not a layer name (letters, digits, '-' and '_') or a layer ARN (arn:aws:lambda:region:account:layer:name)",
            c => IsLetterOrDigit(c) || c is '-' or '_' or ':'),
        // FunctionUrlQualifier: an alias only, never a version number or $LATEST.
        [(GrantAction.CreateFunctionUrl, GrantMembers.Qualifier)] = UrlQualifier(),
        [(GrantAction.UpdateFunctionUrl, GrantMembers.Qualifier)] = UrlQualifier(),
    };

    private readonly Regex _pattern;
    private readonly Func<char, bool>? _allowed;

    private MemberConstraint(string pattern, int minLength, int maxLength, string rule, Func<char, bool>? allowed)
    {
        _pattern = new Regex(@"\A(?:" + pattern + @")\z", RegexOptions.CultureInvariant, MatchTimeout);
        MinLength = minLength;
        MaxLength = maxLength;
        Rule = rule;
        _allowed = allowed;
    }

    public int MinLength { get; }

    public int MaxLength { get; }

    /// <summary>What the value breaks, in plain words ("is not a 12-digit account id").</summary>
    public string Rule { get; }

    /// <summary>The AddPermission constraint of <paramref name="member"/>.</summary>
    public static MemberConstraint? For(string member) => ByMember.TryGetValue(member, out var constraint) ? constraint : null;

    /// <summary>The constraint of <paramref name="member"/> in the operation of <paramref name="kind"/>.</summary>
    public static MemberConstraint? For(GrantKind kind, string member)
        => ByOperation.TryGetValue((kind.Action, member), out var constraint) ? constraint : For(member);

    private static MemberConstraint UrlQualifier() => new(
        @"(?![0-9]+\z)[0-9a-zA-Z\-_]+", 1, 128,
        "is not an alias name: a function URL attaches to the function or an alias, never to a version number or $LATEST",
        c => IsLetterOrDigit(c) || c is '-' or '_');

    /// <summary>What is wrong with a known value, or <see langword="null"/> when the API accepts it.</summary>
    public string? Check(string value, bool required)
    {
        if (value.Length == 0)
        {
            return required || MinLength > 0 ? "is empty, but the API requires a value" : (Matches(value) ? null : Rule);
        }

        // The pattern first: "is not a 12-digit account id" says more than "is 14 characters long".
        if (!Matches(value))
        {
            return Rule;
        }

        if (value.Length < MinLength)
        {
            return string.Format(CultureInfo.InvariantCulture, "is {0} characters long, shorter than the {1} the API requires", value.Length, MinLength);
        }

        return value.Length > MaxLength
            ? string.Format(CultureInfo.InvariantCulture, "is {0} characters long, more than the {1} the API allows", value.Length, MaxLength)
            : null;
    }

    /// <summary>What the literal parts of a partly known value prove wrong, whatever the holes hold.</summary>
    public string? CheckLiteralParts(GrantValue value)
    {
        if (_allowed is null)
        {
            return null;
        }

        var literalLength = 0;
        foreach (var part in value.Parts)
        {
            if (part is null)
            {
                continue;
            }

            literalLength += part.Length;
            foreach (var c in part)
            {
                if (!_allowed(c))
                {
                    return Rule;
                }
            }
        }

        return literalLength > MaxLength
            ? string.Format(CultureInfo.InvariantCulture, "is at least {0} characters long, more than the {1} the API allows", literalLength, MaxLength)
            : null;
    }

    private bool Matches(string value)
    {
        try
        {
            return _pattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    private static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsLetterOrDigit(char c) => IsLetter(c) || c is >= '0' and <= '9';
}
