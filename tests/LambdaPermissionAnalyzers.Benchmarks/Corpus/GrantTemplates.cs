using System;
using System.Collections.Immutable;

namespace LambdaPermissionAnalyzers.Benchmarks.Corpus;

/// <summary>
/// A way application code grants access to a Lambda function, and the ids of the diagnostics GrantAnalyzer
/// must report on it (empty for a correct grant).
/// </summary>
internal sealed record GrantTemplate(string Description, Func<FeatureName, string> Render, ImmutableArray<string> ExpectedDiagnostics);

/// <summary>
/// The grants spread over the "with grants" project: object initializers sent inline, locals filled in
/// property by property and then sent, correct grants and the usual mistakes. Each renders one method of a
/// class that holds an <c>IAmazonLambda</c> in <c>_lambda</c>.
/// </summary>
internal static class GrantTemplates
{
    public static ImmutableArray<GrantTemplate> All { get; } = ImmutableArray.Create(
        new GrantTemplate("S3 notifications, restricted (inline)", S3Restricted, None),
        new GrantTemplate("S3 notifications without SourceArn/SourceAccount (inline)", S3Unrestricted, Ids(RuleIds.UnrestrictedServicePrincipal)),
        new GrantTemplate("EventBridge schedule, restricted (local, property by property)", EventBridgeRule, None),
        new GrantTemplate("cross-account grant on Qualifier = \"$LATEST\" (local)", CrossAccountOnLatest, Ids(RuleIds.PermissionOnLatest)),
        new GrantTemplate("API Gateway on 'name:$LATEST' (inline, expression-bodied)", ApiGatewayOnLatest, Ids(RuleIds.PermissionOnLatest)),
        new GrantTemplate("organization grant without StatementId (local)", OrganizationWithoutStatementId, Ids(RuleIds.MissingRequiredMember)),
        new GrantTemplate("Alexa skill without EventSourceToken (inline)", AlexaUnrestricted, Ids(RuleIds.UnrestrictedServicePrincipal)),
        new GrantTemplate("function name with a space (local, conditional write)", FunctionNameWithSpace, Ids(RuleIds.InvalidFunctionName)),
        new GrantTemplate("function URL for an account, by ARN (inline)", FunctionUrl, None),
        new GrantTemplate("SNS topic without SourceArn (local, property by property)", SnsUnrestricted, Ids(RuleIds.UnrestrictedServicePrincipal)));

    private static ImmutableArray<string> None => ImmutableArray<string>.Empty;

    private static ImmutableArray<string> Ids(params string[] ids) => ImmutableArray.Create(ids);

    private static string S3Restricted(FeatureName name) => $$"""
            public async Task AllowBucketNotificationsAsync(string bucketArn, string accountId, CancellationToken cancellationToken)
            {
                await _lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "{{name.Slug}}-handler",
                    StatementId = "s3-invoke-{{name.Slug}}",
                    Action = "lambda:InvokeFunction",
                    Principal = "s3.amazonaws.com",
                    SourceArn = bucketArn,
                    SourceAccount = accountId,
                }, cancellationToken);
            }
        """;

    private static string S3Unrestricted(FeatureName name) => $$"""
            public async Task AllowUploadsAsync(CancellationToken cancellationToken)
            {
                await _lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "{{name.Slug}}-upload-handler",
                    StatementId = "s3-uploads",
                    Action = "lambda:InvokeFunction",
                    Principal = "s3.amazonaws.com",
                }, cancellationToken);
            }
        """;

    private static string EventBridgeRule(FeatureName name) => $$"""
            public async Task<string> AllowScheduleAsync(string ruleArn, CancellationToken cancellationToken)
            {
                var request = new AddPermissionRequest();
                request.FunctionName = "{{name.Slug}}-scheduler";
                request.StatementId = "events-{{name.Slug}}";
                request.Action = "lambda:InvokeFunction";
                request.Principal = "events.amazonaws.com";
                request.SourceArn = ruleArn;
                var response = await _lambda.AddPermissionAsync(request, cancellationToken);
                return response.Statement;
            }
        """;

    private static string CrossAccountOnLatest(FeatureName name) => $$"""
            public async Task AllowPartnerAccountAsync(string partnerAccountId, CancellationToken cancellationToken)
            {
                var request = new AddPermissionRequest
                {
                    FunctionName = "{{name.Slug}}-handler",
                    StatementId = "partner-" + partnerAccountId,
                    Action = "lambda:InvokeFunction",
                    Principal = partnerAccountId,
                };
                request.Qualifier = "$LATEST";
                await _lambda.AddPermissionAsync(request, cancellationToken);
            }
        """;

    private static string ApiGatewayOnLatest(FeatureName name) => $$"""
            public Task AllowApiAsync(string region, string accountId, string apiId, CancellationToken cancellationToken) =>
                _lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "{{name.Slug}}-api:$LATEST",
                    StatementId = "apigateway-{{name.Slug}}",
                    Action = "lambda:InvokeFunction",
                    Principal = "apigateway.amazonaws.com",
                    SourceArn = $"arn:aws:execute-api:{region}:{accountId}:{apiId}/*/POST/{{name.Slug}}",
                }, cancellationToken);
        """;

    private static string OrganizationWithoutStatementId(FeatureName name) => $$"""
            public async Task AllowOrganizationAsync(string organizationId, CancellationToken cancellationToken)
            {
                var request = new AddPermissionRequest
                {
                    FunctionName = "{{name.Slug}}-shared",
                    Action = "lambda:InvokeFunction",
                    Principal = "*",
                    PrincipalOrgID = organizationId,
                };
                await _lambda.AddPermissionAsync(request, cancellationToken);
            }
        """;

    private static string AlexaUnrestricted(FeatureName name) => $$"""
            public async Task AllowSkillAsync(CancellationToken cancellationToken)
            {
                await _lambda.AddPermissionAsync(
                    new AddPermissionRequest
                    {
                        FunctionName = "{{name.Slug}}-skill",
                        StatementId = "alexa-skill",
                        Action = "lambda:InvokeFunction",
                        Principal = "alexa-appkit.amazon.com",
                    },
                    cancellationToken);
            }
        """;

    private static string FunctionNameWithSpace(FeatureName name) => $$"""
            public async Task AllowAccountAsync(string accountId, string environment, string? revisionId, CancellationToken cancellationToken)
            {
                var request = new AddPermissionRequest { FunctionName = "{{name.Entity}} Handler", Action = "lambda:InvokeFunction" };
                request.StatementId = "{{name.Slug}}-" + environment;
                request.Principal = accountId;
                if (revisionId is not null)
                {
                    request.RevisionId = revisionId;
                }

                await _lambda.AddPermissionAsync(request, cancellationToken);
            }
        """;

    private static string FunctionUrl(FeatureName name) => $$"""
            public async Task AllowFunctionUrlAsync(CancellationToken cancellationToken)
            {
                await _lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "arn:aws:lambda:us-east-1:381492765013:function:{{name.Slug}}-web",
                    StatementId = "function-url-{{name.Slug}}",
                    Action = "lambda:InvokeFunctionUrl",
                    Principal = "381492765013",
                    FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM,
                }, cancellationToken);
            }
        """;

    private static string SnsUnrestricted(FeatureName name) => $$"""
            public async Task AllowTopicAsync(CancellationToken cancellationToken)
            {
                var request = new AddPermissionRequest();
                request.FunctionName = "{{name.Slug}}-subscriber";
                request.StatementId = "sns-{{name.Slug}}";
                request.Action = "lambda:InvokeFunction";
                request.Principal = "sns.amazonaws.com";
                await _lambda.AddPermissionAsync(request, cancellationToken);
            }
        """;
}
