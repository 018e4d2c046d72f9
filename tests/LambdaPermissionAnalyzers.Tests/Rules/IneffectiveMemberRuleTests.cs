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

    [Fact]
    public Task Messages_name_the_member_and_what_it_needs() => VerifyAnalyzerAsync("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create() => new AddPermissionRequest[]
            {
                new() { Action = "lambda:InvokeFunction", FunctionUrlAuthType = {|#0:FunctionUrlAuthType.AWS_IAM|} },
                new() { Action = "lambda:InvokeFunctionUrl", FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM, InvokedViaFunctionUrl = {|#1:true|} },
                new() { Principal = "381492765013", EventSourceToken = {|#2:"amzn1.ask.skill.1"|} },
            };
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0007").WithLocation(0).WithMessage("FunctionUrlAuthType only applies to lambda:InvokeFunctionUrl, but the action is 'lambda:InvokeFunction'; remove it, or change the action"),
        Diagnostic("LPA0007").WithLocation(1).WithMessage("InvokedViaFunctionUrl = true only applies to lambda:InvokeFunction, but the action is 'lambda:InvokeFunctionUrl'; remove it, or change the action"),
        Diagnostic("LPA0007").WithLocation(2).WithMessage("EventSourceToken only applies to the Alexa principals, but the principal is '381492765013'; remove it, or change the principal"));

    [Fact]
    public Task Look_alikes_of_an_ineffective_member_are_not_reported() => VerifyAnalyzerAsync("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create() => new AddPermissionRequest[]
            {
                new() { Action = "lambda:INVOKEFUNCTIONURL", FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM },
                new() { Action = "lambda:InvokeFunction", FunctionUrlAuthType = null },
                new() { Action = {|LPA0104:"*"|}, FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM, InvokedViaFunctionUrl = true },
                new() { Action = "lambda:InvokeFunctionUrl", FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM, InvokedViaFunctionUrl = false },
                new() { Principal = "381492765013", EventSourceToken = null },
                new() { Principal = "alexa-connectedhome.amazon.com", EventSourceToken = "amzn1.ask.skill.1" },
                new() { Principal = "ALEXA-APPKIT.AMAZON.COM", EventSourceToken = "amzn1.ask.skill.1" },
            };
        }
        """);
}
