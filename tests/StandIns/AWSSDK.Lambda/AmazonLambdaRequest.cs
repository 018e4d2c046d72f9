namespace Amazon.Lambda
{
    /// <summary>Base class for Lambda operation requests.</summary>
    public partial class AmazonLambdaRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
    }
}
