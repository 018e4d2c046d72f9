using LambdaPermissionAnalyzers.CodeFixes;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>RemoveIneffectiveMemberCodeFix, the fix of LPA0007, checked at the latest C# and, when the source compiles there, at C# 7.3 (the default of .NET Framework 4.x projects).</summary>
public class RemoveIneffectiveMemberCodeFixTests
{
    [Fact]
    public Task Fix_removes_members_without_effect() => VerifyFixAllAsync<RemoveIneffectiveMemberCodeFix>("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create()
            {
                var request = new AddPermissionRequest
                {
                    Action = "lambda:GetFunction",
                    FunctionUrlAuthType = {|LPA0007:FunctionUrlAuthType.AWS_IAM|},
                    Principal = "381492765013",
                };
                request.EventSourceToken = {|LPA0007:"amzn1.ask.skill.1"|};
                return request;
            }
        }
        """, """
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create()
            {
                var request = new AddPermissionRequest
                {
                    Action = "lambda:GetFunction",
                    Principal = "381492765013",
                };
                return request;
            }
        }
        """);
}
