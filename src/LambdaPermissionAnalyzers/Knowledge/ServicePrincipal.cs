using System;
using LambdaPermissionAnalyzers.Model;

namespace LambdaPermissionAnalyzers.Knowledge;

/// <summary>
/// A principal that is an AWS service: a known or partly known value ending in <c>.amazonaws.com</c> or
/// <c>.amazonaws.com.cn</c> (regional forms such as <c>logs.eu-west-1.amazonaws.com</c> included), or one of
/// the Alexa principals, which end in <c>.amazon.com</c> and are scoped by <c>EventSourceToken</c>.
/// A 12-digit account, an IAM ARN and <c>*</c> are not service principals.
/// </summary>
internal sealed class ServicePrincipal
{
    private const string GlobalSuffix = ".amazonaws.com";
    private const string ChinaSuffix = ".amazonaws.com.cn";
    public const string AlexaSkillsKit = "alexa-appkit.amazon.com";
    public const string AlexaSmartHome = "alexa-connectedhome.amazon.com";

    private ServicePrincipal(string display, string? service, bool isChina, bool isAlexa)
    {
        Display = display;
        Service = service;
        IsChina = isChina;
        IsAlexa = isAlexa;
    }

    /// <summary>The principal as written, with <c>{…}</c> for unknown parts.</summary>
    public string Display { get; }

    /// <summary>The service's name, the first label (<c>s3</c>, <c>logs</c>), or <see langword="null"/> when that part is not known.</summary>
    public string? Service { get; }

    /// <summary>A principal of the China partition (<c>.amazonaws.com.cn</c>): ARNs there start with <c>arn:aws-cn:</c>.</summary>
    public bool IsChina { get; }

    /// <summary><c>alexa-appkit.amazon.com</c> or <c>alexa-connectedhome.amazon.com</c>.</summary>
    public bool IsAlexa { get; }

    /// <summary>The ARN partition of the principal's resources.</summary>
    public string Partition => IsChina ? "aws-cn" : "aws";

    public static ServicePrincipal? TryParse(GrantValue principal)
    {
        if (principal.Kind == ValueKind.Known && principal.Text is { } text)
        {
            if (string.Equals(text, AlexaSkillsKit, StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, AlexaSmartHome, StringComparison.OrdinalIgnoreCase))
            {
                return new ServicePrincipal(text, text.Substring(0, text.IndexOf('.')).ToLowerInvariant(), isChina: false, isAlexa: true);
            }

            if (HasServiceSuffix(text, out var isChina) && text.IndexOf('.') is var dot and > 0
                && text.IndexOfAny(Whitespace) < 0)
            {
                return new ServicePrincipal(text, text.Substring(0, dot).ToLowerInvariant(), isChina, isAlexa: false);
            }

            return null;
        }

        if (principal.Kind == ValueKind.PartlyKnown && HasServiceSuffix(principal.KnownSuffix, out var partlyChina, afterHole: true))
        {
            // $"logs.{region}.amazonaws.com": the service is known when the first literal names it.
            var prefix = principal.KnownPrefix;
            var dot = prefix.IndexOf('.');
            var service = dot > 0 ? prefix.Substring(0, dot).ToLowerInvariant() : null;
            return new ServicePrincipal(principal.Display(), service, partlyChina, isAlexa: false);
        }

        return null;
    }

    private static readonly char[] Whitespace = { ' ', '\t', '\r', '\n' };

    /// <summary>
    /// Whether <paramref name="text"/> ends in a service domain with a name before it; after a hole
    /// (<c>$"{service}.amazonaws.com"</c>) the name may be all in the hole.
    /// </summary>
    private static bool HasServiceSuffix(string text, out bool isChina, bool afterHole = false)
    {
        var minimumExtra = afterHole ? 0 : 1;
        isChina = text.EndsWith(ChinaSuffix, StringComparison.OrdinalIgnoreCase) && text.Length >= ChinaSuffix.Length + minimumExtra;
        return isChina || (text.EndsWith(GlobalSuffix, StringComparison.OrdinalIgnoreCase) && text.Length >= GlobalSuffix.Length + minimumExtra);
    }
}
