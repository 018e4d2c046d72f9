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
}
