namespace LambdaDeployer;

/// <summary>
/// What the deployer wires: the function and the resources allowed to invoke it. Read from the environment,
/// with the defaults of a development account, so nothing here is known at compile time.
/// </summary>
public sealed record DeploymentSettings(
    string FunctionName,
    string Alias,
    string Region,
    string AccountId,
    string UploadsBucketName,
    string OrderEventsTopicArn,
    string NightlyRuleArn,
    string ReportsRuleArn,
    string OrdersApiId,
    string LogGroupName,
    string PartnerAccountId,
    string AuditAccountId,
    string ArchiveBucketName,
    string OrganizationId,
    string StatusFunctionName,
    string OperationsAccountId,
    string WebhookFunctionName,
    string WebhookSenderAccountId,
    string DashboardAccountId,
    string BillingAccountId,
    string ExportsBucketName,
    string ImagesBucketName)
{
    public static DeploymentSettings FromEnvironment() => new(
        FunctionName: Read("DEPLOYER_FUNCTION_NAME", "orders-handler"),
        Alias: Read("DEPLOYER_ALIAS", "live"),
        Region: Read("AWS_REGION", "eu-west-1"),
        AccountId: Read("DEPLOYER_ACCOUNT_ID", "111122223333"),
        UploadsBucketName: Read("DEPLOYER_UPLOADS_BUCKET", "orders-uploads-111122223333"),
        OrderEventsTopicArn: Read("DEPLOYER_ORDER_EVENTS_TOPIC_ARN", "arn:aws:sns:eu-west-1:111122223333:order-events"),
        NightlyRuleArn: Read("DEPLOYER_NIGHTLY_RULE_ARN", "arn:aws:events:eu-west-1:111122223333:rule/orders-nightly"),
        ReportsRuleArn: Read("DEPLOYER_REPORTS_RULE_ARN", "arn:aws:events:eu-west-1:111122223333:rule/orders-reports"),
        OrdersApiId: Read("DEPLOYER_ORDERS_API_ID", "a1b2c3d4e5"),
        LogGroupName: Read("DEPLOYER_LOG_GROUP", "/aws/ecs/orders-web"),
        PartnerAccountId: Read("DEPLOYER_PARTNER_ACCOUNT_ID", "444455556666"),
        AuditAccountId: Read("DEPLOYER_AUDIT_ACCOUNT_ID", "777788889999"),
        ArchiveBucketName: Read("DEPLOYER_ARCHIVE_BUCKET", "orders-archive-111122223333"),
        OrganizationId: Read("DEPLOYER_ORGANIZATION_ID", "o-a1b2c3d4e5"),
        StatusFunctionName: Read("DEPLOYER_STATUS_FUNCTION_NAME", "orders-status"),
        OperationsAccountId: Read("DEPLOYER_OPERATIONS_ACCOUNT_ID", "555566667777"),
        WebhookFunctionName: Read("DEPLOYER_WEBHOOK_FUNCTION_NAME", "orders-webhook"),
        WebhookSenderAccountId: Read("DEPLOYER_WEBHOOK_SENDER_ACCOUNT_ID", "888899990000"),
        DashboardAccountId: Read("DEPLOYER_DASHBOARD_ACCOUNT_ID", "999900001111"),
        BillingAccountId: Read("DEPLOYER_BILLING_ACCOUNT_ID", "333344445555"),
        ExportsBucketName: Read("DEPLOYER_EXPORTS_BUCKET", "orders-exports-111122223333"),
        ImagesBucketName: Read("DEPLOYER_IMAGES_BUCKET", "orders-images-111122223333"));

    private static string Read(string variable, string fallback)
        => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : fallback;
}
