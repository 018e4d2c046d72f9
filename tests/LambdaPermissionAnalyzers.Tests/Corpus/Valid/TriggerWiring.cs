using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lambda;
using Amazon.Lambda.Model;

namespace Corpus.Valid;

public sealed record TriggerSettings(string FunctionName, string AccountId, string Region, string BucketName, string TopicArn, string RuleArn, string ApiId);

/// <summary>Every trigger wired the documented way: each service principal restricted to its source.</summary>
public sealed class TriggerWiring
{
    private const string InvokeAction = "lambda:InvokeFunction";
    private readonly IAmazonLambda _lambda;
    private readonly TriggerSettings _settings;

    public TriggerWiring(IAmazonLambda lambda, TriggerSettings settings)
    {
        _lambda = lambda;
        _settings = settings;
    }

    public async Task WireAllAsync(CancellationToken cancellationToken)
    {
        await _lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = _settings.FunctionName,
            StatementId = "AllowS3Invoke",
            Action = InvokeAction,
            Principal = "s3.amazonaws.com",
            SourceArn = $"arn:aws:s3:::{_settings.BucketName}",
            SourceAccount = _settings.AccountId,
        }, cancellationToken);

        await _lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = _settings.FunctionName,
            StatementId = "AllowSnsInvoke",
            Action = InvokeAction,
            Principal = "sns.amazonaws.com",
            SourceArn = _settings.TopicArn,
        }, cancellationToken);

        var rule = new AddPermissionRequest();
        rule.FunctionName = _settings.FunctionName;
        rule.StatementId = "AllowEventBridgeInvoke";
        rule.Action = InvokeAction;
        rule.Principal = "events.amazonaws.com";
        rule.SourceArn = _settings.RuleArn;
        await _lambda.AddPermissionAsync(rule, cancellationToken);

        await _lambda.AddPermissionAsync(new()
        {
            FunctionName = $"{_settings.FunctionName}:live",
            StatementId = "AllowApiGatewayInvoke",
            Action = InvokeAction,
            Principal = "apigateway.amazonaws.com",
            SourceArn = $"arn:aws:execute-api:{_settings.Region}:{_settings.AccountId}:{_settings.ApiId}/*/POST/orders",
        }, cancellationToken);

        await _lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = _settings.FunctionName,
            StatementId = "AllowLogsInvoke",
            Action = InvokeAction,
            Principal = $"logs.{_settings.Region}.amazonaws.com",
            SourceArn = $"arn:aws:logs:{_settings.Region}:{_settings.AccountId}:log-group:/app/orders:*",
            SourceAccount = _settings.AccountId,
        }, cancellationToken);

        await _lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = _settings.FunctionName,
            StatementId = "AllowSecretsManagerRotation",
            Action = InvokeAction,
            Principal = "secretsmanager.amazonaws.com",
            SourceAccount = _settings.AccountId,
        }, cancellationToken);
    }

    public Task<AddPermissionResponse> WireAlexaAsync(string skillId) => _lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = _settings.FunctionName,
        StatementId = "AllowAlexaSkill",
        Action = InvokeAction,
        Principal = "alexa-appkit.amazon.com",
        EventSourceToken = skillId,
    });

    public async Task WireManyAsync(IEnumerable<(string Sid, string Principal, string SourceArn)> triggers)
    {
        foreach (var (sid, principal, sourceArn) in triggers)
        {
            var request = new AddPermissionRequest
            {
                FunctionName = _settings.FunctionName,
                StatementId = sid,
                Action = InvokeAction,
                Principal = principal,
            };

            if (!string.IsNullOrEmpty(sourceArn))
            {
                request.SourceArn = sourceArn;
            }

            await _lambda.AddPermissionAsync(request);
        }
    }
}
