#if !AWSSDK_V3_PRE_FURL
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lambda.Model;
using Amazon.Runtime.Internal;

#pragma warning disable CS0612, CS0618, CS1570
namespace Amazon.Lambda.Model
{
    /// <summary>The cross-origin resource sharing (CORS) settings for a function URL.</summary>
    public partial class Cors
    {
        private List<string> _allowHeaders = NewList();
        private List<string> _allowMethods = NewList();
        private List<string> _allowOrigins = NewList();
        private List<string> _exposeHeaders = NewList();
        private bool? _allowCredentials;
        private int? _maxAge;

#if AWSSDK_V3
        public bool AllowCredentials { get { return _allowCredentials.GetValueOrDefault(); } set { _allowCredentials = value; } }
#else
        public bool? AllowCredentials { get { return _allowCredentials; } set { _allowCredentials = value; } }
#endif

        [AWSProperty(Max = 100)]
        public List<string> AllowHeaders { get { return _allowHeaders; } set { _allowHeaders = value; } }

        [AWSProperty(Max = 6)]
        public List<string> AllowMethods { get { return _allowMethods; } set { _allowMethods = value; } }

        [AWSProperty(Max = 100)]
        public List<string> AllowOrigins { get { return _allowOrigins; } set { _allowOrigins = value; } }

        [AWSProperty(Max = 100)]
        public List<string> ExposeHeaders { get { return _exposeHeaders; } set { _exposeHeaders = value; } }

        [AWSProperty(Min = 0, Max = 86400)]
#if AWSSDK_V3
        public int MaxAge { get { return _maxAge.GetValueOrDefault(); } set { _maxAge = value; } }
#else
        public int? MaxAge { get { return _maxAge; } set { _maxAge = value; } }
#endif

        // V4: null unless AWSConfigs.InitializeCollections; V3: an empty list.
#if AWSSDK_V3
        private static List<string> NewList() => new List<string>();
#else
        private static List<string> NewList() => null;
#endif
    }

    /// <summary>Container for the parameters to the CreateFunctionUrlConfig operation.</summary>
    public partial class CreateFunctionUrlConfigRequest : AmazonLambdaRequest
    {
        [AWSProperty(Required = true)]
        public FunctionUrlAuthType AuthType { get; set; }

        public Cors Cors { get; set; }

        [AWSProperty(Required = true, Min = 1, Max = 140)]
        public string FunctionName { get; set; }

        public InvokeMode InvokeMode { get; set; }

        [AWSProperty(Min = 1, Max = 128)]
        public string Qualifier { get; set; }
    }

    /// <summary>This is the response object from the CreateFunctionUrlConfig operation.</summary>
    public partial class CreateFunctionUrlConfigResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public FunctionUrlAuthType AuthType { get; set; }

        public string FunctionUrl { get; set; }
    }

    /// <summary>Container for the parameters to the UpdateFunctionUrlConfig operation.</summary>
    public partial class UpdateFunctionUrlConfigRequest : AmazonLambdaRequest
    {
        public FunctionUrlAuthType AuthType { get; set; }

        public Cors Cors { get; set; }

        [AWSProperty(Required = true, Min = 1, Max = 140)]
        public string FunctionName { get; set; }

        public InvokeMode InvokeMode { get; set; }

        [AWSProperty(Min = 1, Max = 128)]
        public string Qualifier { get; set; }
    }

    /// <summary>This is the response object from the UpdateFunctionUrlConfig operation.</summary>
    public partial class UpdateFunctionUrlConfigResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public FunctionUrlAuthType AuthType { get; set; }

        public string FunctionUrl { get; set; }
    }
}

namespace Amazon.Lambda
{
    public partial interface IAmazonLambda
    {
        /// <summary>Creates a Lambda function URL with the specified configuration parameters.</summary>
        CreateFunctionUrlConfigResponse CreateFunctionUrlConfig(CreateFunctionUrlConfigRequest request);

        Task<CreateFunctionUrlConfigResponse> CreateFunctionUrlConfigAsync(CreateFunctionUrlConfigRequest request, CancellationToken cancellationToken = default(CancellationToken));

        /// <summary>Updates the configuration for a Lambda function URL.</summary>
        UpdateFunctionUrlConfigResponse UpdateFunctionUrlConfig(UpdateFunctionUrlConfigRequest request);

        Task<UpdateFunctionUrlConfigResponse> UpdateFunctionUrlConfigAsync(UpdateFunctionUrlConfigRequest request, CancellationToken cancellationToken = default(CancellationToken));

#if AWSSDK_V3
        IAsyncResult BeginCreateFunctionUrlConfig(CreateFunctionUrlConfigRequest request, AsyncCallback callback, object state);

        CreateFunctionUrlConfigResponse EndCreateFunctionUrlConfig(IAsyncResult asyncResult);

        IAsyncResult BeginUpdateFunctionUrlConfig(UpdateFunctionUrlConfigRequest request, AsyncCallback callback, object state);

        UpdateFunctionUrlConfigResponse EndUpdateFunctionUrlConfig(IAsyncResult asyncResult);
#endif
    }

    public partial class AmazonLambdaClient
    {
        public virtual CreateFunctionUrlConfigResponse CreateFunctionUrlConfig(CreateFunctionUrlConfigRequest request) => throw NotSupported();

        public virtual Task<CreateFunctionUrlConfigResponse> CreateFunctionUrlConfigAsync(CreateFunctionUrlConfigRequest request, CancellationToken cancellationToken = default(CancellationToken)) => throw NotSupported();

        public virtual UpdateFunctionUrlConfigResponse UpdateFunctionUrlConfig(UpdateFunctionUrlConfigRequest request) => throw NotSupported();

        public virtual Task<UpdateFunctionUrlConfigResponse> UpdateFunctionUrlConfigAsync(UpdateFunctionUrlConfigRequest request, CancellationToken cancellationToken = default(CancellationToken)) => throw NotSupported();

#if AWSSDK_V3
        public virtual IAsyncResult BeginCreateFunctionUrlConfig(CreateFunctionUrlConfigRequest request, AsyncCallback callback, object state) => throw NotSupported();

        public virtual CreateFunctionUrlConfigResponse EndCreateFunctionUrlConfig(IAsyncResult asyncResult) => throw NotSupported();

        public virtual IAsyncResult BeginUpdateFunctionUrlConfig(UpdateFunctionUrlConfigRequest request, AsyncCallback callback, object state) => throw NotSupported();

        public virtual UpdateFunctionUrlConfigResponse EndUpdateFunctionUrlConfig(IAsyncResult asyncResult) => throw NotSupported();
#endif
    }
}
#endif
