using System.Threading.Tasks;
using Amazon.Lambda;
using Amazon.Lambda.Model;

class Deployer
{
    async Task GrantAsync(IAmazonLambda lambda)
    {
        await lambda.AddPermissionAsync(new AddPermissionRequest
        {
            FunctionName = "orders",
            Principal = "s3.amazonaws.com",
            Qualifier =
        });
        var request = new AddPermissionRequest { FunctionName = , StatementId = "x"
        request.Principal = ;
        await lambda.AddPermissionAsync(request
