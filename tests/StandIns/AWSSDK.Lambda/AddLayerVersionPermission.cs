using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lambda.Model;
using Amazon.Runtime.Internal;

#pragma warning disable CS0612, CS0618, CS1570
namespace Amazon.Lambda.Model
{
    /// <summary>Container for the parameters to the AddLayerVersionPermission operation.</summary>
    public partial class AddLayerVersionPermissionRequest : AmazonLambdaRequest
    {
        private string _action;
        private string _layerName;
        private string _organizationId;
        private string _principal;
        private string _revisionId;
        private string _statementId;
        private long? _versionNumber;

        [AWSProperty(Required = true, Min = 0, Max = 22)]
        public string Action { get { return _action; } set { _action = value; } }

        internal bool IsSetAction() => _action != null;

        [AWSProperty(Required = true, Min = 1, Max = 140)]
        public string LayerName { get { return _layerName; } set { _layerName = value; } }

        internal bool IsSetLayerName() => _layerName != null;

        [AWSProperty(Min = 0, Max = 34)]
        public string OrganizationId { get { return _organizationId; } set { _organizationId = value; } }

        internal bool IsSetOrganizationId() => _organizationId != null;

        [AWSProperty(Required = true)]
        public string Principal { get { return _principal; } set { _principal = value; } }

        internal bool IsSetPrincipal() => _principal != null;

        public string RevisionId { get { return _revisionId; } set { _revisionId = value; } }

        internal bool IsSetRevisionId() => _revisionId != null;

        [AWSProperty(Required = true, Min = 1, Max = 100)]
        public string StatementId { get { return _statementId; } set { _statementId = value; } }

        internal bool IsSetStatementId() => _statementId != null;

#if AWSSDK_V3
        [AWSProperty(Required = true)]
        public long VersionNumber { get { return _versionNumber.GetValueOrDefault(); } set { _versionNumber = value; } }
#else
        [AWSProperty(Required = true)]
        public long? VersionNumber { get { return _versionNumber; } set { _versionNumber = value; } }
#endif

        internal bool IsSetVersionNumber() => _versionNumber.HasValue;
    }

    /// <summary>This is the response object from the AddLayerVersionPermission operation.</summary>
    public partial class AddLayerVersionPermissionResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        public string RevisionId { get; set; }

        public string Statement { get; set; }
    }
}

namespace Amazon.Lambda
{
    public partial interface IAmazonLambda
    {
        /// <summary>Adds permissions to the resource-based policy of a version of a Lambda layer.</summary>
        AddLayerVersionPermissionResponse AddLayerVersionPermission(AddLayerVersionPermissionRequest request);

        Task<AddLayerVersionPermissionResponse> AddLayerVersionPermissionAsync(AddLayerVersionPermissionRequest request, CancellationToken cancellationToken = default(CancellationToken));

#if AWSSDK_V3
        IAsyncResult BeginAddLayerVersionPermission(AddLayerVersionPermissionRequest request, AsyncCallback callback, object state);

        AddLayerVersionPermissionResponse EndAddLayerVersionPermission(IAsyncResult asyncResult);
#endif
    }

    public partial class AmazonLambdaClient
    {
        public virtual AddLayerVersionPermissionResponse AddLayerVersionPermission(AddLayerVersionPermissionRequest request) => throw NotSupported();

        public virtual Task<AddLayerVersionPermissionResponse> AddLayerVersionPermissionAsync(AddLayerVersionPermissionRequest request, CancellationToken cancellationToken = default(CancellationToken)) => throw NotSupported();

#if AWSSDK_V3
        public virtual IAsyncResult BeginAddLayerVersionPermission(AddLayerVersionPermissionRequest request, AsyncCallback callback, object state) => throw NotSupported();

        public virtual AddLayerVersionPermissionResponse EndAddLayerVersionPermission(IAsyncResult asyncResult) => throw NotSupported();
#endif
    }
}
