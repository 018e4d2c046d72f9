using System;
using LambdaPermissionAnalyzers.Model;

namespace LambdaPermissionAnalyzers.Knowledge;

/// <summary>
/// The actions a Lambda resource-based policy statement grants, as the API spells them. The API resolves them
/// case-insensitively (<c>lambda:invokefunction</c> works); <c>*</c> is the IAM wildcard and is compared as is.
/// </summary>
internal static class LambdaActions
{
    public const string Prefix = "lambda:";

    public const string InvokeFunction = "lambda:InvokeFunction";

    public const string InvokeFunctionUrl = "lambda:InvokeFunctionUrl";

    /// <summary>The one action a layer version permission grants.</summary>
    public const string GetLayerVersion = "lambda:GetLayerVersion";

    /// <summary>Every Lambda action.</summary>
    public const string AllLambda = "lambda:*";

    /// <summary>Every action.</summary>
    public const string All = "*";

    /// <summary>Whether the action is known to be one of the wildcards (<c>*</c>, <c>lambda:*</c>).</summary>
    public static bool IsWildcard(GrantValue action)
        => action.Equals(All, StringComparison.Ordinal) || action.Equals(AllLambda, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="action"/> is one of the wildcards (<c>*</c>, <c>lambda:*</c>).</summary>
    public static bool IsWildcard(string action)
        => string.Equals(action, All, StringComparison.Ordinal) || string.Equals(action, AllLambda, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the action is known to be <paramref name="expected"/>, in any letter case.</summary>
    public static bool Is(GrantValue action, string expected) => action.Equals(expected, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The values of <c>FunctionUrlAuthType</c> (the SDK's <c>Amazon.Lambda.FunctionUrlAuthType</c> constants, CDK's
/// <c>FunctionUrlAuthType</c> enum members), resolved case-insensitively as the SDK does.
/// </summary>
internal static class FunctionUrlAuthTypes
{
    /// <summary>No signature needed: the URL is public.</summary>
    public const string None = "NONE";

    /// <summary>Callers sign with IAM credentials.</summary>
    public const string AwsIam = "AWS_IAM";

    /// <summary>Every value the API accepts.</summary>
    public static readonly string[] All = { None, AwsIam };

    /// <summary>Whether the auth type is known to be <c>NONE</c>, in any letter case.</summary>
    public static bool IsNone(GrantValue authType) => authType.Equals(None, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The CORS origin that stands for every website.</summary>
internal static class CorsOrigins
{
    public const string Any = "*";
}

/// <summary>The principal that stands for everyone.</summary>
internal static class Principals
{
    /// <summary><c>*</c>: every AWS account (and anonymous callers of a public function URL).</summary>
    public const string Everyone = "*";

    public static bool IsEveryone(GrantValue principal) => principal.Equals(Everyone, StringComparison.Ordinal);
}
