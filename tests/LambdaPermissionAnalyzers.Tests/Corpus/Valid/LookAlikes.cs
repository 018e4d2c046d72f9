using System.Threading.Tasks;

namespace Amazon.SQS.Model
{
    public class AddPermissionRequest
    {
        public string? QueueUrl { get; set; }
        public string? Label { get; set; }
    }
}

namespace Amazon.SimpleNotificationService.Model
{
    public class AddPermissionRequest
    {
        public string? TopicArn { get; set; }
        public string? Label { get; set; }
    }
}

namespace Corpus.Valid
{
    /// <summary>Types that share the Lambda request's simple name: never Lambda grants.</summary>
    public static class LookAlikes
    {
        public sealed class AddPermissionRequest
        {
            public string? FunctionName { get; set; }
            public string? Qualifier { get; set; }
            public string? Principal { get; set; }
        }

        public static Task AddPermissionAsync(AddPermissionRequest request) => Task.CompletedTask;

        public static async Task GrantAsync()
        {
            await AddPermissionAsync(new AddPermissionRequest { FunctionName = "", Qualifier = "$LATEST", Principal = "s3.amazonaws.com" });
            _ = new Amazon.SQS.Model.AddPermissionRequest { QueueUrl = "https://sqs.us-east-1.amazonaws.com/381492765013/orders", Label = "x" };
            _ = new Amazon.SimpleNotificationService.Model.AddPermissionRequest { TopicArn = "arn:aws:sns:us-east-1:381492765013:orders", Label = "$LATEST" };
        }
    }
}
