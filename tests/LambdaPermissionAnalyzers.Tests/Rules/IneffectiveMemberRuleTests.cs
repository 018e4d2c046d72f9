namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0007 (IneffectiveMemberRule): a member with no effect, or a wrong one, with the grant's action or principal.</summary>
public class IneffectiveMemberRuleTests
{
    [Fact]
    public Task Members_without_effect_are_reported() => VerifyAnalyzerAsync("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create() => new AddPermissionRequest[]
            {
                new() { Action = "lambda:InvokeFunction", FunctionUrlAuthType = {|LPA0007:FunctionUrlAuthType.AWS_IAM|} },
                new() { Action = "lambda:InvokeFunctionUrl", FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM, InvokedViaFunctionUrl = {|LPA0007:true|} },
                new() { Principal = "s3.amazonaws.com", EventSourceToken = {|LPA0007:"amzn1.ask.skill.1"|} },
            };
        }
        """);

    [Fact]
    public Task Members_with_their_action_or_an_unknown_one_are_not_reported() => VerifyAnalyzerAsync("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create(string action, string principal) => new AddPermissionRequest[]
            {
                new() { Action = "lambda:InvokeFunctionUrl", FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM },
                new() { Action = "lambda:invokefunction", InvokedViaFunctionUrl = true },
                new() { Action = "lambda:GetFunction", InvokedViaFunctionUrl = false },
                new() { Action = action, FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM, InvokedViaFunctionUrl = true },
                new() { Action = {|LPA0104:"lambda:*"|}, FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM },
                new() { Principal = "alexa-appkit.amazon.com", EventSourceToken = "amzn1.ask.skill.1" },
                new() { Principal = principal, EventSourceToken = "amzn1.ask.skill.1" },
            };
        }
        """);
}
