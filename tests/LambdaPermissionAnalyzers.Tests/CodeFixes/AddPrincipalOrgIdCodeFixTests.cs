using LambdaPermissionAnalyzers.CodeFixes;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>AddPrincipalOrgIdCodeFix, the fix of LPA0103, checked at the latest C# and, when the source compiles there, at C# 7.3 (the default of .NET Framework 4.x projects).</summary>
public class AddPrincipalOrgIdCodeFixTests
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
    public Task Fix_restricts_to_the_organization() => VerifyFixAllAsync<AddPrincipalOrgIdCodeFix>(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string organizationId)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = {|LPA0103:"*"|} });
            }

            Task GrantElsewhereAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:GetFunction", Principal = {|LPA0103:"*"|} });
        }
        """, Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string organizationId)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "*", PrincipalOrgID = organizationId });
            }

            Task GrantElsewhereAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "b", Action = "lambda:GetFunction", Principal = "*", PrincipalOrgID = {|LPA0004:"o-<organization-id>"|} });
        }
        """);

    // ----- AWS CDK -----

    [Fact]
    public Task Fix_adds_OrganizationId_in_CDK_spelling() => VerifyCdkCodeFixAsync<AddPrincipalOrgIdCodeFix>(CdkUsings + """
        class Shared : Stack
        {
            Shared(Construct scope, Function fn, string organizationId) : base(scope, "Shared")
            {
                fn.AddPermission("Org", new Permission { Principal = {|LPA0103:new AnyPrincipal()|} });
                new CfnPermission(this, "Cfn", new CfnPermissionProps { Action = "lambda:InvokeFunction", FunctionName = fn.FunctionArn, Principal = {|LPA0103:"*"|} });
            }
        }
        """, CdkUsings + """
        class Shared : Stack
        {
            Shared(Construct scope, Function fn, string organizationId) : base(scope, "Shared")
            {
                fn.AddPermission("Org", new Permission { Principal = new AnyPrincipal(), OrganizationId = organizationId });
                new CfnPermission(this, "Cfn", new CfnPermissionProps { Action = "lambda:InvokeFunction", FunctionName = fn.FunctionArn, Principal = "*", PrincipalOrgId = organizationId });
            }
        }
        """);

    [Fact]
    public Task Fix_all_restricts_every_public_cdk_grant_in_one_pass() => VerifyCdkFixAllAsync<AddPrincipalOrgIdCodeFix>(CdkUsings + """
        class Shared : Stack
        {
            Shared(Construct scope, Function fn, Function reports, string organizationId) : base(scope, "Shared")
            {
                fn.AddPermission("Org", new Permission { Principal = {|LPA0103:new AnyPrincipal()|} });
                reports.AddPermission("Org", new Permission { Principal = {|LPA0103:new AnyPrincipal()|}, Action = "lambda:InvokeFunction" });
                new CfnPermission(this, "Cfn", new CfnPermissionProps { Action = "lambda:InvokeFunction", FunctionName = fn.FunctionArn, Principal = {|LPA0103:"*"|} });
            }
        }
        """, CdkUsings + """
        class Shared : Stack
        {
            Shared(Construct scope, Function fn, Function reports, string organizationId) : base(scope, "Shared")
            {
                fn.AddPermission("Org", new Permission { Principal = new AnyPrincipal(), OrganizationId = organizationId });
                reports.AddPermission("Org", new Permission { Principal = new AnyPrincipal(), Action = "lambda:InvokeFunction", OrganizationId = organizationId });
                new CfnPermission(this, "Cfn", new CfnPermissionProps { Action = "lambda:InvokeFunction", FunctionName = fn.FunctionArn, Principal = "*", PrincipalOrgId = organizationId });
            }
        }
        """);
}
