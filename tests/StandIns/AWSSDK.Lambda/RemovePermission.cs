using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lambda.Model;
using Amazon.Runtime.Internal;

#pragma warning disable CS0612, CS0618, CS1570
namespace Amazon.Lambda.Model
{
    /// <summary>Container for the parameters to the RemovePermission operation.</summary>
    public partial class RemovePermissionRequest : AmazonLambdaRequest
    {
        private string _functionName;
        private string _qualifier;
        private string _revisionId;
        private string _statementId;

#if AWSSDK_V3
        [AWSProperty(Required = true, Min = 1, Max = 140)]
#else
        [AWSProperty(Required = true, Min = 1, Max = 256)]
#endif
        public string FunctionName { get { return _functionName; } set { _functionName = value; } }

        internal bool IsSetFunctionName() => _functionName != null;

        [AWSProperty(Min = 1, Max = 128)]
        public string Qualifier { get { return _qualifier; } set { _qualifier = value; } }

        internal bool IsSetQualifier() => _qualifier != null;

        public string RevisionId { get { return _revisionId; } set { _revisionId = value; } }

        internal bool IsSetRevisionId() => _revisionId != null;

        [AWSProperty(Required = true, Min = 1, Max = 100)]
        public string StatementId { get { return _statementId; } set { _statementId = value; } }

        internal bool IsSetStatementId() => _statementId != null;
    }

    /// <summary>This is the response object from the RemovePermission operation.</summary>
    public partial class RemovePermissionResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
    }
}

namespace Amazon.Lambda
{
    public partial interface IAmazonLambda
    {
        /// <summary>Revokes function-use permission from an Amazon Web Services service or another account.</summary>
        RemovePermissionResponse RemovePermission(RemovePermissionRequest request);

        Task<RemovePermissionResponse> RemovePermissionAsync(RemovePermissionRequest request, CancellationToken cancellationToken = default(CancellationToken));

#if AWSSDK_V3
        IAsyncResult BeginRemovePermission(RemovePermissionRequest request, AsyncCallback callback, object state);

        RemovePermissionResponse EndRemovePermission(IAsyncResult asyncResult);
#endif
    }

    public partial class AmazonLambdaClient
    {
        public virtual RemovePermissionResponse RemovePermission(RemovePermissionRequest request) => throw NotSupported();

        public virtual Task<RemovePermissionResponse> RemovePermissionAsync(RemovePermissionRequest request, CancellationToken cancellationToken = default(CancellationToken)) => throw NotSupported();

#if AWSSDK_V3
        public virtual IAsyncResult BeginRemovePermission(RemovePermissionRequest request, AsyncCallback callback, object state) => throw NotSupported();

        public virtual RemovePermissionResponse EndRemovePermission(IAsyncResult asyncResult) => throw NotSupported();
#endif
    }
}
