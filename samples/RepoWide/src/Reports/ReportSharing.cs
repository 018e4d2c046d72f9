using Amazon.Lambda;
using Amazon.Lambda.Model;

namespace Reports;

/// <summary>Opens the reports function to the partner account.</summary>
public sealed class ReportSharing(IAmazonLambda lambda)
{
    public async Task ShareAsync(string functionName, CancellationToken cancellationToken = default)
    {
        // LPA0104: every Lambda action, including changing the function's code, for the partner account.
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = functionName,
            StatementId = "PartnerAccess",
            Action = "lambda:*",
            Principal = "240186593721",
        }, cancellationToken);

        // LPA0103: every principal in every account, with no condition.
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = functionName,
            StatementId = "PublicAccess",
            Action = "lambda:InvokeFunction",
            Principal = "*",
        }, cancellationToken);
    }
}
