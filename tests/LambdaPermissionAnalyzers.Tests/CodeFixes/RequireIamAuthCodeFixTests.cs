using LambdaPermissionAnalyzers.CodeFixes;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>RequireIamAuthCodeFix, the fix of LPA0200, checked at the latest C# and, when the source compiles there, at C# 7.3 (the default of .NET Framework 4.x projects).</summary>
public class RequireIamAuthCodeFixTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.Lambda;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SNS;
        using Constructs;

        """;

    [Fact]
    public Task Fix_requires_signed_requests() => VerifyFixAllAsync<RequireIamAuthCodeFix>("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create() => new AddPermissionRequest[]
            {
                new() { FunctionUrlAuthType = {|LPA0200:FunctionUrlAuthType.NONE|} },
                new() { FunctionUrlAuthType = {|LPA0200:"none"|} },
            };
        }
        """, """
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] Create() => new AddPermissionRequest[]
            {
                new() { FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM },
                new() { FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM },
            };
        }
        """);

    // ----- AWS CDK -----

    [Fact]
    public Task Public_url_fix_writes_AWS_IAM_in_the_member_type() => VerifyCdkCodeFixAsync<RequireIamAuthCodeFix>(Usings + """
        class Site : Stack
        {
            Site(Construct scope, Function fn) : base(scope, "Site")
            {
                fn.AddFunctionUrl(new FunctionUrlOptions { AuthType = {|LPA0200:FunctionUrlAuthType.NONE|} });
                new CfnPermission(this, "Url", new {|LPA0202:CfnPermissionProps|} { Action = "lambda:InvokeFunctionUrl", FunctionName = fn.FunctionArn, Principal = "381492765013", FunctionUrlAuthType = {|LPA0200:"NONE"|} });
            }
        }
        """.Replace("fn.AddFunctionUrl(new FunctionUrlOptions", "fn.AddFunctionUrl(new {|LPA0202:FunctionUrlOptions|}"), Usings + """
        class Site : Stack
        {
            Site(Construct scope, Function fn) : base(scope, "Site")
            {
                fn.AddFunctionUrl(new FunctionUrlOptions { AuthType = FunctionUrlAuthType.AWS_IAM });
                new CfnPermission(this, "Url", new CfnPermissionProps { Action = "lambda:InvokeFunctionUrl", FunctionName = fn.FunctionArn, Principal = "381492765013", FunctionUrlAuthType = "AWS_IAM" });
            }
        }
        """);
}
