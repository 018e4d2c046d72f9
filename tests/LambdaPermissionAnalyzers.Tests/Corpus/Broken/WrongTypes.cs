using System.Threading.Tasks;
using Amazon.Lambda;
using Amazon.Lambda.Model;

class Deployer
{
    async Task GrantAsync(IAmazonLambda lambda, int number)
    {
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = 42,
            StatementId = number,
            Action = new object(),
            Principal = true,
            Qualifier = "$LATEST" + ,
            FunctionUrlAuthType = 3,
            InvokedViaFunctionUrl = "yes",
            DoesNotExist = "s3.amazonaws.com",
        });
        await lambda.AddPermissionAsync(new AddPermissionRequest("too", "many"), 1, 2, 3);
        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "x" } { });
        await lambda.AddPermissionAsync(new() { Principal = "s3.amazonaws.com" }, default, default);
        AddPermissionRequest bad = new UnknownType { Principal = "s3.amazonaws.com" };
        await lambda.AddPermissionAsync(bad);
        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = $"{missing}:$LATEST", Principal = $"logs.{}.amazonaws.com" });
        var request = new AddPermissionRequest { Principal = "sns.amazonaws.com" };
        request.SourceArn += ;
        (request.SourceArn, request.SourceAccount) = ("a");
        ref var alias = ref request;
        await lambda.UnknownMethodAsync(request);
        await lambda.AddPermissionAsync(request);
    }
}
