namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0200 (PublicFunctionUrlRule): function URL auth type NONE: a public URL.</summary>
public class PublicFunctionUrlRuleTests
{
    [Fact]
    public Task Auth_type_none_is_reported_in_every_spelling() => VerifyAnalyzerAsync("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create(FunctionUrlAuthType configured) => new AddPermissionRequest[]
            {
                new() { FunctionUrlAuthType = {|LPA0200:FunctionUrlAuthType.NONE|} },
                new() { FunctionUrlAuthType = {|LPA0200:"none"|} },
                new() { FunctionUrlAuthType = {|LPA0200:FunctionUrlAuthType.FindValue("NONE")|} },
                new() { FunctionUrlAuthType = {|LPA0200:new FunctionUrlAuthType("NONE")|} },
                new() { FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM },
                new() { FunctionUrlAuthType = configured },
            };
        }
        """);

    [Fact]
    public Task Message_names_the_member_and_the_value() => VerifyAnalyzerAsync("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Grant() => new() { FunctionUrlAuthType = {|#0:"None"|} };

            static CreateFunctionUrlConfigRequest Url() => new() { FunctionName = "site", AuthType = {|#1:FunctionUrlAuthType.NONE|} };
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0200").WithLocation(0).WithMessage("FunctionUrlAuthType 'None' makes the function URL public: anyone can invoke the function without signing the request; use AWS_IAM unless the function is meant to be public"),
        Diagnostic("LPA0200").WithLocation(1).WithMessage("AuthType 'NONE' makes the function URL public: anyone can invoke the function without signing the request; use AWS_IAM unless the function is meant to be public"));
}
