using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lambda.Model;
using Amazon.Runtime;

namespace Amazon.Lambda
{
    /// <summary>Interface for accessing Lambda.</summary>
    public partial interface IAmazonLambda : IAmazonService, IDisposable
    {
        /// <summary>Grants a principal permission to use a function (sync: .NET Framework builds).</summary>
        AddPermissionResponse AddPermission(AddPermissionRequest request);

        /// <summary>Grants a principal permission to use a function.</summary>
        Task<AddPermissionResponse> AddPermissionAsync(AddPermissionRequest request, CancellationToken cancellationToken = default(CancellationToken));

#if AWSSDK_V3
        /// <summary>Initiates the asynchronous execution of the AddPermission operation (net35 builds).</summary>
        IAsyncResult BeginAddPermission(AddPermissionRequest request, AsyncCallback callback, object state);

        /// <summary>Finishes the asynchronous execution of the AddPermission operation.</summary>
        AddPermissionResponse EndAddPermission(IAsyncResult asyncResult);
#endif
    }
}
