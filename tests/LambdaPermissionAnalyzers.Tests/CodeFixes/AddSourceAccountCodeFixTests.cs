using LambdaPermissionAnalyzers.CodeFixes;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>AddSourceAccountCodeFix, the fix of LPA0101, checked at the latest C# and, when the source compiles there, at C# 7.3 (the default of .NET Framework 4.x projects).</summary>
public class AddSourceAccountCodeFixTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    private const string CdkUsings = """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.Lambda;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SNS;
        using Constructs;

        """;

    [Fact]
    public Task Fix_adds_source_account_from_scope() => VerifyCodeFixAsync<AddSourceAccountCodeFix>(Usings + """
        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda, string awsAccountId) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "f",
                StatementId = "a",
                Action = "lambda:InvokeFunction",
                Principal = "s3.amazonaws.com",
                SourceArn = {|LPA0101:"arn:aws:s3:::uploads"|},
            });
        }
        """, Usings + """
        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda, string awsAccountId) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "f",
                StatementId = "a",
                Action = "lambda:InvokeFunction",
                Principal = "s3.amazonaws.com",
                SourceArn = "arn:aws:s3:::uploads",
                SourceAccount = awsAccountId,
            });
        }
        """);

    // ----- AWS CDK -----

    [Fact]
    public async Task Fixes_add_the_stack_account_and_the_default_action()
    {
        await VerifyCdkCodeFixAsync<AddSourceAccountCodeFix>(CdkUsings + """
            class Uploads : Stack
            {
                Uploads(Construct scope, Function fn, Bucket bucket) : base(scope, "Uploads")
                {
                    fn.AddPermission("S3", new Permission { Principal = new ServicePrincipal("s3.amazonaws.com"), SourceArn = {|LPA0101:bucket.BucketArn|} });
                }
            }
            """, CdkUsings + """
            class Uploads : Stack
            {
                Uploads(Construct scope, Function fn, Bucket bucket) : base(scope, "Uploads")
                {
                    fn.AddPermission("S3", new Permission { Principal = new ServicePrincipal("s3.amazonaws.com"), SourceArn = bucket.BucketArn, SourceAccount = this.Account });
                }
            }
            """);
        await VerifyCdkCodeFixAsync<AddRequiredMembersCodeFix>(CdkUsings + """
            class Partner : Stack
            {
                Partner(Construct scope, Function fn) : base(scope, "Partner")
                {
                    new CfnPermission(this, "Partner", new {|LPA0001:CfnPermissionProps|} { FunctionName = fn.FunctionArn, Principal = "507318264490" });
                }
            }
            """, CdkUsings + """
            class Partner : Stack
            {
                Partner(Construct scope, Function fn) : base(scope, "Partner")
                {
                    new CfnPermission(this, "Partner", new CfnPermissionProps { FunctionName = fn.FunctionArn, Principal = "507318264490", Action = "lambda:InvokeFunction" });
                }
            }
            """);
    }

    [Fact]
    public Task Cdk_fix_in_a_construct_that_is_no_stack_uses_the_account_of_its_stack() => VerifyCdkCodeFixAsync<AddSourceAccountCodeFix>(CdkUsings + """
        class Uploads : Construct
        {
            Uploads(Construct scope, Function fn, Bucket bucket) : base(scope, "Uploads")
            {
                fn.AddPermission("S3", new Permission { Principal = new ServicePrincipal("s3.amazonaws.com"), SourceArn = {|LPA0101:bucket.BucketArn|} });
            }
        }
        """, CdkUsings + """
        class Uploads : Construct
        {
            Uploads(Construct scope, Function fn, Bucket bucket) : base(scope, "Uploads")
            {
                fn.AddPermission("S3", new Permission { Principal = new ServicePrincipal("s3.amazonaws.com"), SourceArn = bucket.BucketArn, SourceAccount = Stack.Of(this).Account });
            }
        }
        """);
}
