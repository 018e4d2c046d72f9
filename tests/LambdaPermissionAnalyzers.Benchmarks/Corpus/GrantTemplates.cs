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

    /// <summary>Grants that cross a method boundary: factories, helpers that finish a grant, methods that send one from a parameter.</summary>
    public static ImmutableArray<GrantTemplate> ThroughCalls { get; } = ImmutableArray.Create(
        new GrantTemplate("S3 grant from a factory, restricted", FactoryRestricted, None),
        new GrantTemplate("S3 grant from a factory without StatementId", FactoryWithoutStatementId, Ids(RuleIds.MissingRequiredMember)),
        new GrantTemplate("trigger helper called with a literal service principal", WireWithLiteralPrincipal, Ids(RuleIds.UnrestrictedServicePrincipal)),
        new GrantTemplate("helper that restricts the grant", HelperRestricts, None),
        new GrantTemplate("constant StatementId in a loop", LoopWithConstantId, Ids(RuleIds.DuplicateStatementId)));

    private static ImmutableArray<string> None => ImmutableArray<string>.Empty;

    private static string FactoryRestricted(FeatureName name) => $$"""
            public Task AllowBucketAsync(string bucketArn, string accountId) => _lambda.AddPermissionAsync(ForBucket(bucketArn, accountId));

            private static AddPermissionRequest ForBucket(string bucketArn, string accountId) => new()
            {
                FunctionName = "{{name.Slug}}-handler",
                StatementId = "s3-{{name.Slug}}",
                Action = "lambda:InvokeFunction",
                Principal = "s3.amazonaws.com",
                SourceArn = bucketArn,
                SourceAccount = accountId,
            };
        """;

    private static string FactoryWithoutStatementId(FeatureName name) => $$"""
            public async Task AllowPartnerAsync(string account)
            {
                var request = ForAccount(account);
                await _lambda.AddPermissionAsync(request);
            }

            private static AddPermissionRequest ForAccount(string account) => new()
            {
                FunctionName = "{{name.Slug}}-handler",
                Action = "lambda:InvokeFunction",
                Principal = account,
            };
        """;

    private static string WireWithLiteralPrincipal(FeatureName name) => $$"""
            public async Task WireTriggersAsync(string topicArn)
            {
                await WireAsync("s3.amazonaws.com", "s3-{{name.Slug}}", null);
                await WireAsync("sns.amazonaws.com", "sns-{{name.Slug}}", topicArn);
            }

            private Task WireAsync(string principal, string statementId, string? sourceArn) => _lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "{{name.Slug}}-handler",
                StatementId = statementId,
                Action = "lambda:InvokeFunction",
                Principal = principal,
                SourceArn = sourceArn,
            });
        """;

    private static string HelperRestricts(FeatureName name) => $$"""
            public async Task AllowQueueAsync(string bucketArn, string accountId)
            {
                var request = new AddPermissionRequest { FunctionName = "{{name.Slug}}-handler", StatementId = "s3-{{name.Slug}}", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com" };
                Restrict(request, bucketArn, accountId);
                await _lambda.AddPermissionAsync(request);
            }

            private static void Restrict(AddPermissionRequest request, string bucketArn, string accountId)
            {
                request.SourceArn = bucketArn;
                request.SourceAccount = accountId;
            }
        """;

    private static string LoopWithConstantId(FeatureName name) => $$"""
            public async Task AllowAccountsAsync(IReadOnlyList<string> accounts)
            {
                foreach (var account in accounts)
                {
                    await _lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "{{name.Slug}}-handler", StatementId = "partner-{{name.Slug}}", Action = "lambda:InvokeFunction", Principal = account });
                }
            }
        """;

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
