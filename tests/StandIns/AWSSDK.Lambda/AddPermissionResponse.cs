#pragma warning disable CS0612, CS0618, CS1570
namespace Amazon.Lambda.Model
{
    /// <summary>This is the response object from the AddPermission operation.</summary>
    public partial class AddPermissionResponse : Amazon.Runtime.AmazonWebServiceResponse
    {
        private string _statement;

        /// <summary>The permission statement that's added to the function policy.</summary>
        public string Statement { get { return _statement; } set { _statement = value; } }

        internal bool IsSetStatement() => _statement != null;
    }
}
