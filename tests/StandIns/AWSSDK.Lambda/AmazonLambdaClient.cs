using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lambda.Model;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace Amazon.Lambda
{
    /// <summary>Configuration for accessing Lambda (stand-in: enough to construct a client).</summary>
    public partial class AmazonLambdaConfig : ClientConfig
    {
        public AmazonLambdaConfig()
            : base(null)
        {
        }

        public override string RegionEndpointServiceName => "lambda";

        public override string ServiceVersion => "2015-03-31";

        public override string UserAgent => "aws-sdk-dotnet-lambda-standin";

        public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) => throw new NotSupportedException("AWSSDK.Lambda stand-in");
    }

    /// <summary>Implementation for accessing Lambda. The stand-in's operations throw: it exists to be compiled against.</summary>
    public partial class AmazonLambdaClient : AmazonServiceClient, IAmazonLambda
    {
        public AmazonLambdaClient()
            : this(new AmazonLambdaConfig())
        {
        }

        public AmazonLambdaClient(AmazonLambdaConfig config)
            : base(config)
        {
        }

        public AmazonLambdaClient(AWSCredentials credentials, AmazonLambdaConfig config)
            : base(credentials, config)
        {
        }

#if NET8_0_OR_GREATER
        // AWSSDK.Core's net8.0 IAmazonService declares these as static abstract members.
        public static ClientConfig CreateDefaultClientConfig() => new AmazonLambdaConfig();

        public static IAmazonService CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig)
            => new AmazonLambdaClient(awsCredentials, (AmazonLambdaConfig)clientConfig);

#endif
        public virtual AddPermissionResponse AddPermission(AddPermissionRequest request) => throw NotSupported();

        public virtual Task<AddPermissionResponse> AddPermissionAsync(AddPermissionRequest request, CancellationToken cancellationToken = default(CancellationToken)) => throw NotSupported();

#if AWSSDK_V3
        public virtual IAsyncResult BeginAddPermission(AddPermissionRequest request, AsyncCallback callback, object state) => throw NotSupported();

        public virtual AddPermissionResponse EndAddPermission(IAsyncResult asyncResult) => throw NotSupported();
#endif

        private static Exception NotSupported() => new NotSupportedException("AWSSDK.Lambda stand-in: compile against it, do not call it");
    }
}
