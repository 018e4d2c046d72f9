using System;
using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// LPA0203: a function URL's CORS setting allows the origin <c>*</c> with credentials. Lambda answers such a URL
/// with the caller's own Origin and <c>Access-Control-Allow-Credentials: true</c>, so every website can send
/// credentialed requests to it and read the responses. Reported on the <c>*</c>.
/// </summary>
internal sealed class CredentialedWildcardOriginRule : GrantRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.CredentialedWildcardOrigin,
        title: "Function URL CORS trusts every origin with credentials",
        messageFormat: "{0} '*' is combined with {1} = true: the function URL echoes any caller's Origin with Access-Control-Allow-Credentials, so every website can send credentialed requests and read the responses; list the allowed origins",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "With AllowOrigins * and AllowCredentials true, a function URL reflects the request's Origin header together with Access-Control-Allow-Credentials: true, which browsers accept: any site can make credentialed cross-origin calls (cookies, HTTP authentication) and read the answers.",
        helpLinkUri: HelpLinks.For(RuleIds.CredentialedWildcardOrigin),
        customTags: RuleTags.WrongValue);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override bool AppliesTo(GrantKind kind) => kind.ConfiguresFunctionUrl;

    public override void Analyze(Grant grant, in GrantRuleContext context)
    {
        if (!grant[GrantMembers.CorsAllowCredentials].Value.Equals("true", StringComparison.Ordinal))
        {
            return;
        }

        var spelling = grant.Kind.Spelling;
        var origins = spelling.ToProperty(GrantMembers.CorsAllowOrigins) ?? GrantMembers.CorsAllowOrigins;
        var credentials = spelling.ToProperty(GrantMembers.CorsAllowCredentials) ?? GrantMembers.CorsAllowCredentials;
        foreach (var write in grant[GrantMembers.CorsAllowOrigins].Writes)
        {
            if (write.Value.Equals(CorsOrigins.Any, StringComparison.Ordinal))
            {
                context.Report(Diagnostic.Create(Descriptor, write.ValueLocation, origins, credentials));
            }
        }
    }
}
