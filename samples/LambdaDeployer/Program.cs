// lambda-deployer: wires the event sources of one Lambda function (S3, SNS, EventBridge, API Gateway,
// CloudWatch Logs) and grants a partner account access to it.
//   dotnet run -- --plan    prints what it would wire, without calling AWS
//   dotnet run              adds the permissions (settings: see DeploymentSettings)
//   dotnet run -- --retire-legacy <revision-id>
//                           removes the partner's legacy statements; <revision-id> is the RevisionId that
//                           `aws lambda get-policy` returns for the function just before
using Amazon.Lambda;
using Amazon.Lambda.Model;
using LambdaDeployer;

var settings = DeploymentSettings.FromEnvironment();

if (args.Contains("--plan"))
{
    foreach (var line in TriggerWiring.Describe(settings))
    {
        Console.WriteLine(line);
    }

    Console.WriteLine($"account {settings.PartnerAccountId} -> {settings.FunctionName} (function URL)");
    return 0;
}

using var lambda = CreateClient();
if (args is ["--retire-legacy", var policyRevisionId])
{
    await RetireLegacyGrantsAsync(lambda, settings, policyRevisionId);
    return 0;
}

await new TriggerWiring(lambda, settings).WireAllAsync();
await GrantPartnerAsync(lambda, settings);
await GrantLegacyHandlerAsync(lambda, settings);
await GrantAuditorAsync(lambda, settings);
await GrantReportsAliasAsync(lambda, settings);
await WireArchiveBucketAsync(lambda, settings);
await GrantStatusCheckAsync(lambda, settings);
await GrantOperationsAsync(lambda, settings);
await WireAdminApiAsync(lambda, settings);
await OpenWebhookUrlAsync(lambda, settings);
await GrantDashboardAsync(lambda, settings);
await WireAlertsTopicAsync(lambda, settings);
await WireCloseRulesAsync(lambda, settings);
await GrantBillingAsync(lambda, settings);
await OpenStatusPageAsync(lambda, settings);
await OpenHealthCheckAsync(lambda);
await LayerSharing.ShareUtilitiesAsync(lambda, settings);
await GrantConfigurationReadersAsync(lambda, settings);
return 0;

// Credentials and region come from the SDK's default chain (environment, profile, instance role).
static IAmazonLambda CreateClient() => new AmazonLambdaClient();

// A partner account calls the function through its IAM-authenticated function URL, which takes
// lambda:InvokeFunctionUrl and, for the invocation behind the URL, lambda:InvokeFunction with InvokedViaFunctionUrl.
static async Task GrantPartnerAsync(IAmazonLambda lambda, DeploymentSettings settings)
{
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.FunctionName,
        StatementId = "AllowPartnerFunctionUrl",
        Action = "lambda:InvokeFunctionUrl",
        Principal = settings.PartnerAccountId,
        FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM,
    });

    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.FunctionName,
        StatementId = "AllowPartnerInvokeViaUrl",
        Action = "lambda:InvokeFunction",
        Principal = settings.PartnerAccountId,
        InvokedViaFunctionUrl = true,
    });
}

// The partner still calls the old handler during the migration.
static async Task GrantLegacyHandlerAsync(IAmazonLambda lambda, DeploymentSettings settings)
{
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        // Deliberate mistake (LPA0003): a description pasted as the name; a function name has no spaces (and no code fix can guess it).
        FunctionName = "Orders Handler (legacy)",
        StatementId = "AllowPartnerLegacyInvoke",
        Action = "lambda:InvokeFunction",
        Principal = settings.PartnerAccountId,
    });
}

// The auditors' account reads the function's configuration.
static async Task GrantAuditorAsync(IAmazonLambda lambda, DeploymentSettings settings)
{
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.FunctionName,
        // Deliberate mistake (LPA0004): statement ids take letters, digits, '-' and '_' only; the fix replaces the rest.
        StatementId = "Allow auditors.read",
        Action = "lambda:GetFunction",
        Principal = settings.AuditAccountId,
    });

    // The correct form beside it.
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.FunctionName,
        StatementId = "Allow-auditors-read-policy",
        Action = "lambda:GetPolicy",
        Principal = settings.AuditAccountId,
    });
}

// The partner invokes the reports function through its "live" alias.
static async Task GrantReportsAliasAsync(IAmazonLambda lambda, DeploymentSettings settings)
{
    const string ReportsLive = "reports:live";
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = ReportsLive,
        // Deliberate mistake (LPA0005): the name already says "live"; a different Qualifier makes Lambda reject the request.
        Qualifier = "beta",
        StatementId = "AllowPartnerReports",
        Action = "lambda:InvokeFunction",
        Principal = settings.PartnerAccountId,
    });

    // The correct form beside it: the alias in Qualifier, the bare name in FunctionName.
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = "reports",
        Qualifier = "beta",
        StatementId = "AllowPartnerReportsBeta",
        Action = "lambda:InvokeFunction",
        Principal = settings.PartnerAccountId,
    });
}

// S3: the archive bucket's notifications.
static async Task WireArchiveBucketAsync(IAmazonLambda lambda, DeploymentSettings settings)
{
    var accountId = settings.AccountId;
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.FunctionName,
        StatementId = "AllowArchiveBucketInvoke",
        Action = "lambda:InvokeFunction",
        Principal = "s3.amazonaws.com",
        // Deliberate mistake (LPA0101): a bucket ARN has no account id; without SourceAccount, a re-created bucket of the same name in another account could invoke the function.
        SourceArn = $"arn:aws:s3:::{settings.ArchiveBucketName}",
    });
}

// The organization's accounts may call the status check; nobody else.
static async Task GrantStatusCheckAsync(IAmazonLambda lambda, DeploymentSettings settings)
{
    var organizationId = settings.OrganizationId;

    // Deliberate mistake (LPA0103): "*" with no condition lets every AWS account invoke the function.
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.StatusFunctionName,
        StatementId = "AllowStatusCheck",
        Action = "lambda:InvokeFunction",
        Principal = "*",
    });

    // The correct form beside it: "*" restricted to the organization.
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.StatusFunctionName,
        StatementId = "AllowStatusCheckInOrganization",
        Action = "lambda:InvokeFunction",
        Principal = "*",
        PrincipalOrgID = organizationId,
    });
}

// The operations account reads the function's configuration.
static async Task GrantOperationsAsync(IAmazonLambda lambda, DeploymentSettings settings)
{
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.FunctionName,
        StatementId = "AllowOperations",
        // Deliberate mistake (LPA0104): every action, including UpdateFunctionCode; the fix narrows it to lambda:InvokeFunction.
        Action = "lambda:*",
        Principal = settings.OperationsAccountId,
    });

    // The correct form beside it: the one action needed.
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.FunctionName,
        StatementId = "AllowOperationsReadConfiguration",
        Action = "lambda:GetFunctionConfiguration",
        Principal = settings.OperationsAccountId,
    });
}

// The admin API in the tools account.
static async Task WireAdminApiAsync(IAmazonLambda lambda, DeploymentSettings settings)
{
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.FunctionName,
        StatementId = "AllowAdminApiInvoke",
        Action = "lambda:InvokeFunction",
        Principal = "apigateway.amazonaws.com",
        // Deliberate mistake (LPA0105): every API of the account matches; name the API (and stage and route) instead.
        SourceArn = "arn:aws:execute-api:eu-west-1:210987654321:*",
    });

    // The correct form beside it: one API, any stage, one route.
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.FunctionName,
        StatementId = "AllowAdminApiUsersInvoke",
        Action = "lambda:InvokeFunction",
        Principal = "apigateway.amazonaws.com",
        SourceArn = "arn:aws:execute-api:eu-west-1:210987654321:k3x9q2w7ab/*/GET/users",
    });
}

// The webhook receiver's function URL.
static async Task OpenWebhookUrlAsync(IAmazonLambda lambda, DeploymentSettings settings)
{
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.WebhookFunctionName,
        StatementId = "AllowWebhookUrl",
        Action = "lambda:InvokeFunctionUrl",
        Principal = settings.WebhookSenderAccountId,
        // Deliberate mistake (LPA0200): NONE makes the URL public; the sender signs its requests, so AWS_IAM is what is meant.
        FunctionUrlAuthType = FunctionUrlAuthType.NONE,
    });

    // Since October 2025 a function URL also needs lambda:InvokeFunction, limited to calls through the URL.
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.WebhookFunctionName,
        StatementId = "AllowWebhookInvokeViaUrl",
        Action = "lambda:InvokeFunction",
        Principal = settings.WebhookSenderAccountId,
        InvokedViaFunctionUrl = true,
    });
}

// The dashboard account calls the reports function through its IAM-authenticated function URL.
static async Task GrantDashboardAsync(IAmazonLambda lambda, DeploymentSettings settings)
{
    // Deliberate mistake (LPA0201): a function URL grant must say which auth type it is for.
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = "reports",
        StatementId = "AllowDashboardUrl",
        Action = "lambda:InvokeFunctionUrl",
        Principal = settings.DashboardAccountId,
    });

    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = "reports",
        StatementId = "AllowDashboardInvokeViaUrl",
        Action = "lambda:InvokeFunction",
        Principal = settings.DashboardAccountId,
        InvokedViaFunctionUrl = true,
        // Deliberate mistake (LPA0007): the auth type condition only exists for lambda:InvokeFunctionUrl.
        FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM,
    });
}

// SNS: the alerts topic.
static async Task WireAlertsTopicAsync(IAmazonLambda lambda, DeploymentSettings settings)
{
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.FunctionName,
        StatementId = "AllowAlertsTopicInvoke",
        Action = "lambda:InvokeFunction",
        Principal = "sns.amazonaws.com",
        SourceArn = $"arn:aws:sns:{settings.Region}:{settings.AccountId}:alerts",
        // Deliberate mistake (LPA0102): SNS does not support SourceAccount; with it, Lambda denies the topic's invocations.
        SourceAccount = settings.AccountId,
    });
}

// EventBridge: the month-end and year-end close rules.
static async Task WireCloseRulesAsync(IAmazonLambda lambda, DeploymentSettings settings)
{
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.FunctionName,
        StatementId = "AllowCloseRuleInvoke",
        Action = "lambda:InvokeFunction",
        Principal = "events.amazonaws.com",
        SourceArn = $"arn:aws:events:{settings.Region}:{settings.AccountId}:rule/month-end-close",
    });

    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.FunctionName,
        // Deliberate mistake (LPA0006): copied from the grant above; the same id for the same function fails with ResourceConflictException.
        StatementId = "AllowCloseRuleInvoke",
        Action = "lambda:InvokeFunction",
        Principal = "events.amazonaws.com",
        SourceArn = $"arn:aws:events:{settings.Region}:{settings.AccountId}:rule/year-end-close",
    });
}

// The billing team's account reads usage through the function; set up from the developer guide's cross-account example.
static async Task GrantBillingAsync(IAmazonLambda lambda, DeploymentSettings settings)
{
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.FunctionName,
        StatementId = "AllowBillingInvoke",
        Action = "lambda:InvokeFunction",
        // Deliberate mistake (LPA0106): the guide's example account id came along with the snippet; the grant goes to an account that is not the billing team's.
        Principal = "arn:aws:iam::111122223333:root",
    });

    // The correct form beside it: the billing account from the settings.
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.FunctionName,
        StatementId = "AllowBillingAccountInvoke",
        Action = "lambda:InvokeFunction",
        Principal = $"arn:aws:iam::{settings.BillingAccountId}:root",
    });
}

// The public status page and health check: function URLs anyone may call, on purpose.
static async Task OpenStatusPageAsync(IAmazonLambda lambda, DeploymentSettings settings)
{
#pragma warning disable LPA0200 // Public by design: the status page serves anonymous visitors.
    // Deliberate mistake (LPA0202): since October 2025 a new public URL also needs lambda:InvokeFunction with InvokedViaFunctionUrl = true; without it, visitors get 403 Forbidden.
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = settings.StatusFunctionName,
        StatementId = "FunctionURLAllowPublicAccess",
        Action = "lambda:InvokeFunctionUrl",
        Principal = "*",
        FunctionUrlAuthType = FunctionUrlAuthType.NONE,
    });
#pragma warning restore LPA0200
}

// The correct form beside it (in a method of its own: a companion grant anywhere in the method would count):
// both statements, as the console creates them.
static async Task OpenHealthCheckAsync(IAmazonLambda lambda)
{
#pragma warning disable LPA0200 // Public by design: load balancers probe it anonymously.
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = "orders-health",
        StatementId = "FunctionURLAllowPublicAccess",
        Action = "lambda:InvokeFunctionUrl",
        Principal = "*",
        FunctionUrlAuthType = FunctionUrlAuthType.NONE,
    });
    await lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = "orders-health",
        StatementId = "FunctionURLAllowInvokeAction",
        Action = "lambda:InvokeFunction",
        Principal = "*",
        InvokedViaFunctionUrl = true,
    });
#pragma warning restore LPA0200
}

// The dashboard and billing accounts read the function's configuration and list its versions: one statement per account.
static async Task GrantConfigurationReadersAsync(IAmazonLambda lambda, DeploymentSettings settings)
{
    string[] readerAccountIds = [settings.DashboardAccountId, settings.BillingAccountId];
    foreach (var accountId in readerAccountIds)
    {
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = settings.FunctionName,
            // Deliberate mistake (LPA0006): the same id on every iteration; the second account's grant fails with ResourceConflictException. The fix numbers the statements.
            StatementId = "AllowConfigurationReader",
            Action = "lambda:GetFunctionConfiguration",
            Principal = accountId,
        });
    }

    // The correct form beside it: an id per iteration, from the account it grants.
    foreach (var accountId in readerAccountIds)
    {
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = settings.FunctionName,
            StatementId = $"AllowVersionsReader-{accountId}",
            Action = "lambda:ListVersionsByFunction",
            Principal = accountId,
        });
    }
}

// After the partner's migration: its old statements go. With RevisionId, Lambda refuses a removal
// (PreconditionFailedException) when the policy changed since it was read, instead of editing a policy nobody looked at.
static async Task RetireLegacyGrantsAsync(IAmazonLambda lambda, DeploymentSettings settings, string policyRevisionId)
{
    await lambda.RemovePermissionAsync(new RemovePermissionRequest
    {
        FunctionName = "reports",
        StatementId = "AllowPartnerReportsLegacy",
        // Deliberate mistake (LPA0008): copied from the console's policy view when this was written; the policy's next change makes it stale, and the removal then always fails (no code fix can know the current revision).
        RevisionId = "6d0f4b2e-8a31-4c7e-9b58-3e1a7c9d2f40",
    });

    // The correct form beside it: the revision of this function's policy, read just before and passed in (GetPolicy's RevisionId).
    await lambda.RemovePermissionAsync(new RemovePermissionRequest
    {
        FunctionName = settings.FunctionName,
        StatementId = "AllowPartnerInvokeV1",
        RevisionId = policyRevisionId,
    });
}
