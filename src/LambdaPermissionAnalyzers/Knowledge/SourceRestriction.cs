using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace LambdaPermissionAnalyzers.Knowledge;

/// <summary>
/// What each service principal needs to stop other accounts' resources from invoking a function through it
/// (AWS docs: Lambda resource-based policies; S3 needs SourceAccount because bucket names can be re-created
/// by another account; SNS denies access when SourceAccount is set; Secrets Manager rotation recommends
/// SourceAccount alone; Alexa uses EventSourceToken).
/// </summary>
internal sealed class SourceRestriction
{
    private static readonly SourceRestriction AccountOnly = new(null, null, ImmutableArray<string>.Empty, needsAccount: true);

    private static readonly Dictionary<string, SourceRestriction> ByService = new(StringComparer.Ordinal)
    {
        ["s3"] = Arn("arn:{0}:s3:::<bucket-name>", needsAccount: true, "bucket", "s3"),
        ["sns"] = Arn("arn:{0}:sns:<region>:<account-id>:<topic-name>", needsAccount: false, "topic", "sns"),
        ["events"] = Arn("arn:{0}:events:<region>:<account-id>:rule/<rule-name>", needsAccount: false, "rule", "eventRule", "events"),
        ["apigateway"] = Arn("arn:{0}:execute-api:<region>:<account-id>:<api-id>/<stage>/<method>/<resource-path>", needsAccount: false, "api", "restApi", "httpApi", "executeApi", "apiGateway"),
        ["logs"] = Arn("arn:{0}:logs:<region>:<account-id>:log-group:<log-group-name>:*", needsAccount: false, "logGroup", "logs"),
        ["elasticloadbalancing"] = Arn("arn:{0}:elasticloadbalancing:<region>:<account-id>:targetgroup/<target-group-name>/<target-group-id>", needsAccount: false, "targetGroup", "loadBalancer", "alb"),
        ["iot"] = Arn("arn:{0}:iot:<region>:<account-id>:rule/<rule-name>", needsAccount: false, "iotRule", "topicRule", "iot"),
        ["cognito-idp"] = Arn("arn:{0}:cognito-idp:<region>:<account-id>:userpool/<user-pool-id>", needsAccount: false, "userPool", "cognito"),
        ["ses"] = Arn("arn:{0}:ses:<region>:<account-id>:receipt-rule-set/<rule-set-name>:receipt-rule/<rule-name>", needsAccount: true, "receiptRule", "ses"),
        ["bedrock"] = Arn("arn:{0}:bedrock:<region>:<account-id>:agent/<agent-id>", needsAccount: false, "agent", "bedrock"),
        ["cloudfront"] = Arn("arn:{0}:cloudfront::<account-id>:distribution/<distribution-id>", needsAccount: false, "distribution", "cloudFront"),
        ["lex"] = Arn("arn:{0}:lex:<region>:<account-id>:intent:<intent-name>:*", needsAccount: false, "intent", "lex", "bot"),
        ["secretsmanager"] = AccountOnly,
    };

    private SourceRestriction(string? arnFormat, string? eventSourceTokenPlaceholder, ImmutableArray<string> arnNameHints, bool needsAccount)
    {
        ArnFormat = arnFormat;
        EventSourceTokenPlaceholder = eventSourceTokenPlaceholder;
        ArnNameHints = arnNameHints;
        NeedsSourceAccount = needsAccount;
    }

    /// <summary>The Alexa principals: the skill id as EventSourceToken.</summary>
    public static SourceRestriction Alexa { get; } = new(null, "amzn1.ask.skill.<skill-id>", ImmutableArray<string>.Empty, needsAccount: false);

    /// <summary>The documented ARN format with <c>{0}</c> for the partition, when the service is restricted by SourceArn.</summary>
    public string? ArnFormat { get; }

    public bool NeedsSourceArn => ArnFormat is not null;

    public bool NeedsSourceAccount { get; }

    public bool NeedsEventSourceToken => EventSourceTokenPlaceholder is not null;

    public string? EventSourceTokenPlaceholder { get; }

    /// <summary>Words that, followed by <c>Arn</c>, name a variable holding this service's source ARN (<c>bucketArn</c>).</summary>
    public ImmutableArray<string> ArnNameHints { get; }

    public const string AccountPlaceholder = "<account-id>";

    /// <summary>
    /// The restriction for <paramref name="principal"/>. A service this table does not know gets SourceAccount,
    /// which every service except SNS supports.
    /// </summary>
    public static SourceRestriction For(ServicePrincipal principal) => For(principal.Service, principal.IsAlexa);

    /// <summary>The restriction for a service label (<c>s3</c>), as carried in a diagnostic's properties.</summary>
    public static SourceRestriction For(string? service, bool isAlexa)
    {
        if (isAlexa)
        {
            return Alexa;
        }

        return service is not null && ByService.TryGetValue(service, out var known) ? known : AccountOnly;
    }

    /// <summary>The members to add, in plain words, for messages ("SourceArn and SourceAccount").</summary>
    public string DescribeMembers()
    {
        if (NeedsEventSourceToken)
        {
            return "EventSourceToken";
        }

        return (NeedsSourceArn, NeedsSourceAccount) switch
        {
            (true, true) => "SourceArn and SourceAccount",
            (true, false) => "SourceArn",
            _ => "SourceAccount",
        };
    }

    private static SourceRestriction Arn(string format, bool needsAccount, params string[] hints)
        => new(format, null, ImmutableArray.Create(hints), needsAccount);
}
