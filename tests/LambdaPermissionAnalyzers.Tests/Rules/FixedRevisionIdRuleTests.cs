namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0008 (FixedRevisionIdRule): a RevisionId known at compile time, stale after the policy's first change.</summary>
public class FixedRevisionIdRuleTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    [Fact]
    public Task A_known_revision_is_reported_on_each_policy_operation() => VerifyAnalyzerAsync(Usings + """
        class Policies
        {
            const string Revision = "6d0f4b2e-8a31-4c7e-9b58-3e1a7c9d2f40";

            async Task ChangeAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "381492765013", RevisionId = {|#0:"6d0f4b2e-8a31-4c7e-9b58-3e1a7c9d2f40"|} });
                await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "f", StatementId = "a", RevisionId = {|LPA0008:Revision|} });
                await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared", VersionNumber = 3, StatementId = "b", Action = "lambda:GetLayerVersion", Principal = "381492765013", RevisionId = {|LPA0008:"7"|} });
                await lambda.RemoveLayerVersionPermissionAsync(new RemoveLayerVersionPermissionRequest { LayerName = "shared", VersionNumber = 3, StatementId = "b", RevisionId = {|LPA0008:"7"|} });
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0008").WithLocation(0).WithMessage("RevisionId '6d0f4b2e-8a31-4c7e-9b58-3e1a7c9d2f40' is fixed at compile time; Lambda gives the policy a new revision id on every change, so this request fails with PreconditionFailedException once the policy has changed: read RevisionId from GetPolicy's response, or leave it unset"));

    [Fact]
    public Task A_revision_read_at_run_time_or_null_is_not_reported() => VerifyAnalyzerAsync(Usings + """
        class Policies
        {
            async Task ChangeAsync(IAmazonLambda lambda, string revisionFromGetPolicy)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "381492765013", RevisionId = revisionFromGetPolicy });
                await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "f", StatementId = "a", RevisionId = null });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:InvokeFunction", Principal = "381492765013" });
            }
        }
        """);
}
