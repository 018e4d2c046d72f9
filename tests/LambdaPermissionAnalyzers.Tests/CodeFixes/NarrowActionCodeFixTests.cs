using LambdaPermissionAnalyzers.CodeFixes;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>NarrowActionCodeFix, the fix of LPA0104, checked at the latest C# and, when the source compiles there, at C# 7.3 (the default of .NET Framework 4.x projects).</summary>
public class NarrowActionCodeFixTests
{
    [Fact]
    public Task Wildcard_actions_are_reported_and_narrowed() => VerifyFixAllAsync<NarrowActionCodeFix>("""
        using Amazon.Lambda.Model;

        class Requests
        {
            const string All = "lambda:*";

            static AddPermissionRequest[] Create() => new AddPermissionRequest[]
            {
                new() { Action = {|LPA0104:"lambda:*"|} },
                new() { Action = {|LPA0104:"*"|} },
                new() { Action = {|LPA0104:All|} },
                new() { Action = {|LPA0104:"lambda:*"|}, FunctionUrlAuthType = Amazon.Lambda.FunctionUrlAuthType.AWS_IAM },
                new() { Action = "lambda:InvokeFunction" },
                new() { Action = "lambda:GetFunction" },
            };
        }
        """, """
        using Amazon.Lambda.Model;

        class Requests
        {
            const string All = "lambda:*";

            static AddPermissionRequest[] Create() => new AddPermissionRequest[]
            {
                new() { Action = "lambda:InvokeFunction" },
                new() { Action = "lambda:InvokeFunction" },
                new() { Action = "lambda:InvokeFunction" },
                new() { Action = "lambda:InvokeFunctionUrl", FunctionUrlAuthType = Amazon.Lambda.FunctionUrlAuthType.AWS_IAM },
                new() { Action = "lambda:InvokeFunction" },
                new() { Action = "lambda:GetFunction" },
            };
        }
        """);
}
