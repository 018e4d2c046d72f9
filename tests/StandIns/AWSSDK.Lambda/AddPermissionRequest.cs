using Amazon.Runtime.Internal;

#pragma warning disable CS0612, CS0618, CS1570
namespace Amazon.Lambda.Model
{
    /// <summary>Container for the parameters to the AddPermission operation.</summary>
    public partial class AddPermissionRequest : AmazonLambdaRequest
    {
        private string _action;
        private string _eventSourceToken;
        private string _functionName;
#if !AWSSDK_V3_PRE_FURL
        private FunctionUrlAuthType _functionUrlAuthType;
        private bool? _invokedViaFunctionUrl;
#endif
        private string _principal;
        private string _principalOrgID;
        private string _qualifier;
        private string _revisionId;
        private string _sourceAccount;
        private string _sourceArn;
        private string _statementId;

        [AWSProperty(Required = true)]
        public string Action { get { return _action; } set { _action = value; } }

        internal bool IsSetAction() => _action != null;

        [AWSProperty(Min = 0, Max = 256)]
        public string EventSourceToken { get { return _eventSourceToken; } set { _eventSourceToken = value; } }

        internal bool IsSetEventSourceToken() => _eventSourceToken != null;

#if AWSSDK_V3
        [AWSProperty(Required = true, Min = 1, Max = 140)]
#else
        [AWSProperty(Required = true, Min = 1, Max = 256)]
#endif
        public string FunctionName { get { return _functionName; } set { _functionName = value; } }

        internal bool IsSetFunctionName() => _functionName != null;

#if !AWSSDK_V3_PRE_FURL
        public FunctionUrlAuthType FunctionUrlAuthType { get { return _functionUrlAuthType; } set { _functionUrlAuthType = value; } }

        internal bool IsSetFunctionUrlAuthType() => _functionUrlAuthType != null;

#if AWSSDK_V3_PRE_INVOKED_VIA_URL
        // 3.7.x builds from 2022 to 3.7.500: function URLs, but no InvokedViaFunctionUrl yet.
#elif AWSSDK_V3
        public bool InvokedViaFunctionUrl { get { return _invokedViaFunctionUrl.GetValueOrDefault(); } set { _invokedViaFunctionUrl = value; } }
#else
        public bool? InvokedViaFunctionUrl { get { return _invokedViaFunctionUrl; } set { _invokedViaFunctionUrl = value; } }
#endif

        internal bool IsSetInvokedViaFunctionUrl() => _invokedViaFunctionUrl.HasValue;
#endif

        [AWSProperty(Required = true)]
        public string Principal { get { return _principal; } set { _principal = value; } }

        internal bool IsSetPrincipal() => _principal != null;

        [AWSProperty(Min = 12, Max = 34)]
        public string PrincipalOrgID { get { return _principalOrgID; } set { _principalOrgID = value; } }

        internal bool IsSetPrincipalOrgID() => _principalOrgID != null;

        [AWSProperty(Min = 1, Max = 128)]
        public string Qualifier { get { return _qualifier; } set { _qualifier = value; } }

        internal bool IsSetQualifier() => _qualifier != null;

        public string RevisionId { get { return _revisionId; } set { _revisionId = value; } }

        internal bool IsSetRevisionId() => _revisionId != null;

#if AWSSDK_V3
        [AWSProperty(Max = 12)]
#else
        [AWSProperty(Min = 0, Max = 12)]
#endif
        public string SourceAccount { get { return _sourceAccount; } set { _sourceAccount = value; } }

        internal bool IsSetSourceAccount() => _sourceAccount != null;

        public string SourceArn { get { return _sourceArn; } set { _sourceArn = value; } }

        internal bool IsSetSourceArn() => _sourceArn != null;

        [AWSProperty(Required = true, Min = 1, Max = 100)]
        public string StatementId { get { return _statementId; } set { _statementId = value; } }

        internal bool IsSetStatementId() => _statementId != null;
    }
}
