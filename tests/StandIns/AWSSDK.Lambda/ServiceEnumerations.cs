using Amazon.Runtime;

namespace Amazon.Lambda
{
#if !AWSSDK_V3_PRE_FURL
    /// <summary>Constants used for properties of type FunctionUrlAuthType.</summary>
    public class FunctionUrlAuthType : ConstantClass
    {
        /// <summary>Constant AWS_IAM for FunctionUrlAuthType</summary>
        public static readonly FunctionUrlAuthType AWS_IAM = new FunctionUrlAuthType("AWS_IAM");

        /// <summary>Constant NONE for FunctionUrlAuthType</summary>
        public static readonly FunctionUrlAuthType NONE = new FunctionUrlAuthType("NONE");

        public FunctionUrlAuthType(string value)
            : base(value)
        {
        }

        public static FunctionUrlAuthType FindValue(string value) => FindValue<FunctionUrlAuthType>(value);

        public static implicit operator FunctionUrlAuthType(string value) => FindValue(value);
    }
#endif

    /// <summary>Constants used for properties of type InvokeMode.</summary>
    public class InvokeMode : ConstantClass
    {
        public static readonly InvokeMode BUFFERED = new InvokeMode("BUFFERED");

        public static readonly InvokeMode RESPONSE_STREAM = new InvokeMode("RESPONSE_STREAM");

        public InvokeMode(string value)
            : base(value)
        {
        }

        public static InvokeMode FindValue(string value) => FindValue<InvokeMode>(value);

        public static implicit operator InvokeMode(string value) => FindValue(value);
    }
}
