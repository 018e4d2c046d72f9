using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace LambdaPermissionAnalyzers.Knowledge;

/// <summary>
/// The one table of AWS services that invoke functions through a service principal: for each, the ARN service of
/// the resources that call, the documented ARN format, whether SourceAccount is needed or refused, the word a
/// generated statement id uses, the variable names that hold its source ARN, and the CDK construct interface whose
/// property gives that ARN. Rules and fixes read every service fact here.
/// </summary>
/// <remarks>
/// Sources (docs/rules/LPA0100.md, LPA0101.md, LPA0102.md): Lambda's resource-based policy guide (S3 needs
/// SourceAccount because bucket names can be re-created by another account; SNS denies access when SourceAccount
/// is set; Secrets Manager rotation recommends SourceAccount alone; Alexa uses EventSourceToken) and each service's
/// ARN reference.
/// </remarks>
internal static class AwsServices
{
    private static readonly Dictionary<string, AwsService> ByLabel = Index(
        Arn("s3", "s3", "arn:{0}:s3:::<bucket-name>", "S3", needsAccount: true, hints: new[] { "bucket", "s3" }, cdk: ("Amazon.CDK.AWS.S3.IBucket", "BucketArn")),
        Arn("sns", "sns", "arn:{0}:sns:<region>:<account-id>:<topic-name>", "Sns", refusesAccount: true, hints: new[] { "topic", "sns" }, cdk: ("Amazon.CDK.AWS.SNS.ITopic", "TopicArn")),
        Arn("events", "events", "arn:{0}:events:<region>:<account-id>:rule/<rule-name>", "EventBridge", hints: new[] { "rule", "eventRule", "events" }, cdk: ("Amazon.CDK.AWS.Events.IRule", "RuleArn")),
        Arn("apigateway", "execute-api", "arn:{0}:execute-api:<region>:<account-id>:<api-id>/<stage>/<method>/<resource-path>", "ApiGateway", hints: new[] { "api", "restApi", "httpApi", "executeApi", "apiGateway" }),
        Arn("logs", "logs", "arn:{0}:logs:<region>:<account-id>:log-group:<log-group-name>:*", "Logs", hints: new[] { "logGroup", "logs" }, cdk: ("Amazon.CDK.AWS.Logs.ILogGroup", "LogGroupArn")),
        Arn("elasticloadbalancing", "elasticloadbalancing", "arn:{0}:elasticloadbalancing:<region>:<account-id>:targetgroup/<target-group-name>/<target-group-id>", "ElasticLoadBalancing", hints: new[] { "targetGroup", "loadBalancer", "alb" }),
        Arn("iot", "iot", "arn:{0}:iot:<region>:<account-id>:rule/<rule-name>", "IoT", hints: new[] { "iotRule", "topicRule", "iot" }),
        Arn("cognito-idp", "cognito-idp", "arn:{0}:cognito-idp:<region>:<account-id>:userpool/<user-pool-id>", "Cognito", hints: new[] { "userPool", "cognito" }, cdk: ("Amazon.CDK.AWS.Cognito.IUserPool", "UserPoolArn")),
        Arn("ses", "ses", "arn:{0}:ses:<region>:<account-id>:receipt-rule-set/<rule-set-name>:receipt-rule/<rule-name>", "Ses", needsAccount: true, hints: new[] { "receiptRule", "ses" }),
        Arn("bedrock", "bedrock", "arn:{0}:bedrock:<region>:<account-id>:agent/<agent-id>", "Bedrock", hints: new[] { "agent", "bedrock" }),
        Arn("cloudfront", "cloudfront", "arn:{0}:cloudfront::<account-id>:distribution/<distribution-id>", "CloudFront", hints: new[] { "distribution", "cloudFront" }),
        Arn("lex", "lex", "arn:{0}:lex:<region>:<account-id>:intent:<intent-name>:*", "Lex", hints: new[] { "intent", "lex", "bot" }),
        new AwsService("secretsmanager", "secretsmanager", SourceRestriction.AccountOnly, "SecretsManager", null),
        new AwsService("alexa-appkit", null, SourceRestriction.Alexa, "AlexaSkill", null),
        new AwsService("alexa-connectedhome", null, SourceRestriction.Alexa, "AlexaSmartHome", null));

    /// <summary>The row of a principal's service label (<c>s3</c>, <c>apigateway</c>, <c>alexa-appkit</c>), or <see langword="null"/> for a service this table does not know.</summary>
    public static AwsService? Find(string? label)
        => label is not null && ByLabel.TryGetValue(label, out var service) ? service : null;

    /// <summary>The row whose resources have ARNs of <paramref name="arnService"/> (<c>execute-api</c> gives <c>apigateway</c>).</summary>
    public static AwsService? FindByArnService(string? arnService)
    {
        foreach (var service in ByLabel.Values)
        {
            if (arnService is not null && string.Equals(service.ArnService, arnService, StringComparison.Ordinal))
            {
                return service;
            }
        }

        return null;
    }

    /// <summary>Every row, for tests and generated documentation.</summary>
    public static IEnumerable<AwsService> All => ByLabel.Values;

    private static AwsService Arn(
        string label,
        string arnService,
        string arnFormat,
        string statementIdWord,
        bool needsAccount = false,
        bool refusesAccount = false,
        string[]? hints = null,
        (string Interface, string Property)? cdk = null)
        => new(
            label,
            arnService,
            new SourceRestriction(arnFormat, null, ImmutableArray.Create(hints ?? Array.Empty<string>()), needsAccount, acceptsAccount: !refusesAccount),
            statementIdWord,
            cdk is { } source ? new CdkArnSource(source.Interface, source.Property) : null);

    private static Dictionary<string, AwsService> Index(params AwsService[] services)
    {
        var index = new Dictionary<string, AwsService>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            index.Add(service.Label, service);
        }

        return index;
    }
}

/// <summary>One row of <see cref="AwsServices"/>.</summary>
internal sealed class AwsService
{
    public AwsService(string label, string? arnService, SourceRestriction restriction, string statementIdWord, CdkArnSource? cdkArnSource)
    {
        Label = label;
        ArnService = arnService;
        Restriction = restriction;
        StatementIdWord = statementIdWord;
        CdkArnSource = cdkArnSource;
    }

    /// <summary>The principal's first label: <c>s3</c> in <c>s3.amazonaws.com</c>.</summary>
    public string Label { get; }

    /// <summary>The service part of the ARNs of the resources that call through this principal (<c>execute-api</c> for <c>apigateway</c>); <see langword="null"/> when they are not restricted by ARN.</summary>
    public string? ArnService { get; }

    /// <summary>What stops other accounts' resources from invoking a function through this principal.</summary>
    public SourceRestriction Restriction { get; }

    /// <summary>The word a generated statement id uses: <c>AllowS3Invoke</c>.</summary>
    public string StatementIdWord { get; }

    /// <summary>The CDK construct interface and property that give a source ARN of this service, when CDK has one.</summary>
    public CdkArnSource? CdkArnSource { get; }
}

/// <summary>A CDK construct interface (by metadata name, in <c>Amazon.CDK.Lib</c>) and its ARN property: <c>IBucket.BucketArn</c>.</summary>
internal sealed class CdkArnSource
{
    public CdkArnSource(string interfaceName, string property)
    {
        InterfaceName = interfaceName;
        Property = property;
    }

    public string InterfaceName { get; }

    public string Property { get; }
}
