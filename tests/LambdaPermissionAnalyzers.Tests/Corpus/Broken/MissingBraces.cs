using System.Threading.Tasks;
using Amazon.Lambda;
using Amazon.Lambda.Model;

class Deployer
{
    AddPermissionRequest field = new AddPermissionRequest { Qualifier = "$LATEST" 

    async Task GrantAsync(IAmazonLambda lambda)
    {
        if (true
        {
            var request = new AddPermissionRequest { FunctionName = "orders service", Principal = "s3.amazonaws.com" };
            System.Func<Task> send = async () => await lambda.AddPermissionAsync(request;
        await lambda.AddPermissionAsync(new AddPermissionRequest { Principal = "alexa-appkit.amazon.com"
    }

    void Local()
    {
        static AddPermissionRequest Make() => new() { FunctionName = "" };
        var x = Make(
