using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lambda.Model;
using Amazon.Runtime.Internal;

#pragma warning disable CS0612, CS0618, CS1570
namespace Amazon.Lambda.Model
{
    /// <summary>Container for the parameters to the RemoveLayerVersionPermission operation.</summary>
    public partial class RemoveLayerVersionPermissionRequest : AmazonLambdaRequest
    {
        private string _layerName;
        private string _revisionId;
        private string _statementId;
        private long? _versionNumber;

        [AWSProperty(Required = true, Min = 1, Max = 140)]
        public string LayerName { get { return _layerName; } set { _layerName = value; } }

        internal bool IsSetLayerName() => _layerName != null;

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

    /// <summary>This is the response object from the RemoveLayerVersionPermission operation.</summary>
    public partial class RemoveLayerVersionPermissionResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
    }
}

namespace Amazon.Lambda
{
    public partial interface IAmazonLambda
    {
        /// <summary>Removes a statement from the permissions policy for a version of a Lambda layer.</summary>
        RemoveLayerVersionPermissionResponse RemoveLayerVersionPermission(RemoveLayerVersionPermissionRequest request);

        Task<RemoveLayerVersionPermissionResponse> RemoveLayerVersionPermissionAsync(RemoveLayerVersionPermissionRequest request, CancellationToken cancellationToken = default(CancellationToken));

#if AWSSDK_V3
        IAsyncResult BeginRemoveLayerVersionPermission(RemoveLayerVersionPermissionRequest request, AsyncCallback callback, object state);

        RemoveLayerVersionPermissionResponse EndRemoveLayerVersionPermission(IAsyncResult asyncResult);
#endif
    }

    public partial class AmazonLambdaClient
    {
        public virtual RemoveLayerVersionPermissionResponse RemoveLayerVersionPermission(RemoveLayerVersionPermissionRequest request) => throw NotSupported();

        public virtual Task<RemoveLayerVersionPermissionResponse> RemoveLayerVersionPermissionAsync(RemoveLayerVersionPermissionRequest request, CancellationToken cancellationToken = default(CancellationToken)) => throw NotSupported();

#if AWSSDK_V3
        public virtual IAsyncResult BeginRemoveLayerVersionPermission(RemoveLayerVersionPermissionRequest request, AsyncCallback callback, object state) => throw NotSupported();

        public virtual RemoveLayerVersionPermissionResponse EndRemoveLayerVersionPermission(IAsyncResult asyncResult) => throw NotSupported();
#endif
    }
}
