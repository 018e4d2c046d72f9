using Amazon.Lambda;
using Amazon.Lambda.Model;

namespace LambdaDeployer;

/// <summary>
/// Adds the statements of the function's resource-based policy that let each event source invoke it. Every
/// grant to an AWS service names its source, so that no other account's bucket, topic or rule can use it.
/// </summary>
public sealed class TriggerWiring(IAmazonLambda lambda, DeploymentSettings settings)
{
    private const string InvokeFunction = "lambda:InvokeFunction";

    /// <summary>What <see cref="WireAllAsync"/> wires, one source per line.</summary>
    public static IReadOnlyList<string> Describe(DeploymentSettings settings) =>
    [
        $"s3://{settings.UploadsBucketName} -> {settings.FunctionName}",
        $"{settings.OrderEventsTopicArn} -> {settings.FunctionName}:{settings.Alias}",
        $"{settings.NightlyRuleArn} -> {settings.FunctionName}",
        $"{settings.ReportsRuleArn} -> {settings.FunctionName}",
        $"API {settings.OrdersApiId} POST /orders -> {settings.FunctionName}",
        $"API {settings.OrdersApiId} test stage -> {settings.FunctionName}",
        $"arn:aws:sns:{settings.Region}:{settings.AccountId}:inventory-changed -> {settings.FunctionName}",
        $"log group {settings.LogGroupName} -> {settings.FunctionName}",
        $"s3://{settings.ExportsBucketName} -> {settings.FunctionName}",
        $"s3://{settings.ImagesBucketName} -> {settings.FunctionName}",
        $"S3 (reports drop) -> {settings.FunctionName}",
        $"account 210987654321 (tools) -> {settings.FunctionName}",
    ];

    public async Task WireAllAsync(CancellationToken cancellationToken = default)
    {
        await WireUploadsBucketAsync(cancellationToken);
        await WireOrderEventsTopicAsync(cancellationToken);
        await WireNightlyRuleAsync(cancellationToken);
        await WireReportsRuleAsync(cancellationToken);
        await WireOrdersApiAsync(cancellationToken);
        await WireTestStageAsync(cancellationToken);
        await WireInventoryTopicAsync(cancellationToken);
        await WireLogSubscriptionAsync(cancellationToken);
        await WireExportsBucketAsync(cancellationToken);
        await WireImagesBucketAsync(cancellationToken);
        await WireThroughHelperAsync(cancellationToken);
    }

    /// <summary>S3: SourceArn names the bucket and SourceAccount its owner (a deleted bucket's name can be taken by another account).</summary>
    public async Task<string> WireUploadsBucketAsync(CancellationToken cancellationToken)
    {
        var response = await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = settings.FunctionName,
            StatementId = "AllowUploadsBucketInvoke",
            Action = InvokeFunction,
            Principal = "s3.amazonaws.com",
            SourceArn = $"arn:aws:s3:::{settings.UploadsBucketName}",
            SourceAccount = settings.AccountId,
        }, cancellationToken);
        return response.Statement;
    }

    /// <summary>SNS: the topic ARN alone (SourceAccount is not supported for SNS and denies access), on the alias the subscription invokes.</summary>
    public async Task WireOrderEventsTopicAsync(CancellationToken cancellationToken)
    {
        var request = new AddPermissionRequest
        {
            FunctionName = settings.FunctionName,
            Qualifier = settings.Alias,
            StatementId = "AllowOrderEventsTopicInvoke",
            Action = InvokeFunction,
            Principal = "sns.amazonaws.com",
        };
        request.SourceArn = settings.OrderEventsTopicArn;
        await lambda.AddPermissionAsync(request, cancellationToken);
    }

    /// <summary>EventBridge: the rule's ARN.</summary>
    public async Task WireNightlyRuleAsync(CancellationToken cancellationToken)
    {
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = settings.FunctionName,
            StatementId = "AllowNightlyRuleInvoke",
            Action = InvokeFunction,
            Principal = "events.amazonaws.com",
            SourceArn = settings.NightlyRuleArn,
        }, cancellationToken);
    }

    /// <summary>EventBridge again, for the weekly reports rule.</summary>
    public async Task WireReportsRuleAsync(CancellationToken cancellationToken)
    {
        // Deliberate mistake (LPA0001): no StatementId and no Action, so Lambda rejects the request.
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = settings.FunctionName,
            Principal = "events.amazonaws.com",
            SourceArn = settings.ReportsRuleArn,
        }, cancellationToken);
    }

    /// <summary>API Gateway: the execute-api ARN of the one route that invokes the function.</summary>
    public async Task WireOrdersApiAsync(CancellationToken cancellationToken)
    {
        var ordersRouteArn = $"arn:aws:execute-api:{settings.Region}:{settings.AccountId}:{settings.OrdersApiId}/*/POST/orders";
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = $"arn:aws:lambda:{settings.Region}:{settings.AccountId}:function:{settings.FunctionName}",
            StatementId = "AllowOrdersApiInvoke",
            Action = InvokeFunction,
            Principal = "apigateway.amazonaws.com",
            SourceArn = ordersRouteArn,
        }, cancellationToken);
    }

    /// <summary>API Gateway's test stage, which calls the unpublished code.</summary>
    public async Task WireTestStageAsync(CancellationToken cancellationToken)
    {
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = settings.FunctionName,
            // Deliberate mistake (LPA0002): Lambda does not accept permissions on $LATEST; the unqualified function covers it.
            Qualifier = "$LATEST",
            StatementId = "AllowTestStageInvoke",
            Action = InvokeFunction,
            Principal = "apigateway.amazonaws.com",
            SourceArn = $"arn:aws:execute-api:{settings.Region}:{settings.AccountId}:{settings.OrdersApiId}/test/*/*",
        }, cancellationToken);
    }

    /// <summary>SNS again: the inventory service's topic, owned by the same account.</summary>
    public async Task WireInventoryTopicAsync(CancellationToken cancellationToken)
    {
        var inventoryTopicArn = $"arn:aws:sns:{settings.Region}:{settings.AccountId}:inventory-changed";
        Console.WriteLine($"Subscribe {settings.FunctionName} to {inventoryTopicArn} once the permission is in place.");

        // Deliberate mistake (LPA0100): no SourceArn, so a topic in any account can invoke the function.
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = settings.FunctionName,
            StatementId = "AllowInventoryTopicInvoke",
            Action = InvokeFunction,
            Principal = "sns.amazonaws.com",
        }, cancellationToken);
    }

    /// <summary>CloudWatch Logs: a subscription filter on the web tier's log group, through the regional principal.</summary>
    public async Task WireLogSubscriptionAsync(CancellationToken cancellationToken)
    {
        var logGroupArn = $"arn:aws:logs:{settings.Region}:{settings.AccountId}:log-group:{settings.LogGroupName}:*";
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = settings.FunctionName,
            StatementId = "AllowLogSubscriptionInvoke",
            Action = InvokeFunction,
            Principal = $"logs.{settings.Region}.amazonaws.com",
            SourceArn = logGroupArn,
            SourceAccount = settings.AccountId,
        }, cancellationToken);
    }

    /// <summary>S3 again: the exports bucket, through the bucket grant factory <see cref="ForBucket"/>.</summary>
    public async Task WireExportsBucketAsync(CancellationToken cancellationToken)
    {
        // Deliberate mistake (LPA0001): ForBucket leaves the StatementId to its callers, and this one sends the grant as it comes; reported on the call.
        await lambda.AddPermissionAsync(ForBucket(settings.FunctionName, settings.ExportsBucketName, settings.AccountId), cancellationToken);
    }

    /// <summary>S3 for the images bucket: the correct form beside it, the factory's grant finished with its StatementId before it is sent.</summary>
    public async Task WireImagesBucketAsync(CancellationToken cancellationToken)
    {
        var request = ForBucket(settings.FunctionName, settings.ImagesBucketName, settings.AccountId);
        request.StatementId = "AllowImagesBucketInvoke";
        await lambda.AddPermissionAsync(request, cancellationToken);
    }

    /// <summary>An S3 grant for one bucket of one account, with no StatementId: each caller names its statement.</summary>
    private static AddPermissionRequest ForBucket(string functionName, string bucketName, string accountId) => new()
    {
        FunctionName = functionName,
        Action = InvokeFunction,
        Principal = "s3.amazonaws.com",
        SourceArn = $"arn:aws:s3:::{bucketName}",
        SourceAccount = accountId,
    };

    /// <summary>
    /// Sources wired through one generic trigger helper, <see cref="WireAsync"/>, which is given only the principal and
    /// the statement id.
    /// </summary>
    public async Task WireThroughHelperAsync(CancellationToken cancellationToken)
    {
        // Deliberate mistake (LPA0100): WireAsync sets neither SourceArn nor SourceAccount, so any account's bucket can invoke the function. Reported on the argument, with no code fix: the restriction belongs in the helper, which does not know the bucket.
        await WireAsync("s3.amazonaws.com", "AllowReportsDropInvoke", cancellationToken);

        // The correct form beside it: an account principal needs no source condition; the account is the restriction.
        await WireAsync("210987654321", "AllowToolsAccountInvoke", cancellationToken);
    }

    /// <summary>Grants <paramref name="principal"/> the right to invoke the function.</summary>
    private async Task WireAsync(string principal, string statementId, CancellationToken cancellationToken)
    {
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = settings.FunctionName,
            StatementId = statementId,
            Action = InvokeFunction,
            Principal = principal,
        }, cancellationToken);
    }
}
