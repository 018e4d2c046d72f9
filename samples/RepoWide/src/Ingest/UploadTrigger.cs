using Amazon.Lambda;
using Amazon.Lambda.Model;

namespace Ingest;

/// <summary>Lets the uploads bucket invoke the ingest function.</summary>
public sealed class UploadTrigger(IAmazonLambda lambda)
{
    public async Task WireAsync(string functionName, CancellationToken cancellationToken = default)
    {
        // LPA0100: any account's bucket can invoke the function through S3 (no SourceArn, no SourceAccount).
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = functionName,
            StatementId = "AllowUploadsBucket",
            Action = "lambda:InvokeFunction",
            Principal = "s3.amazonaws.com",
        }, cancellationToken);
    }
}
