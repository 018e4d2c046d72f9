using System;
using System.Threading.Tasks;
using Amazon.Lambda;
using Amazon.Lambda.Model;
using LambdaGrant = Amazon.Lambda.Model.AddPermissionRequest;

namespace Corpus.Valid;

/// <summary>Grants to accounts, roles and organizations, versions and aliases: nothing to report.</summary>
public static class CrossAccountGrants
{
    public static Task GrantPartnerAsync(AmazonLambdaClient client, string partnerAccount) => client.AddPermissionAsync(new LambdaGrant
    {
        FunctionName = "arn:aws:lambda:eu-west-1:381492765013:function:billing",
        StatementId = "AllowPartnerAccount",
        Action = "lambda:InvokeFunction",
        Principal = partnerAccount,
        Qualifier = "live",
    });

    public static AddPermissionResponse GrantRole(IAmazonLambda lambda) => lambda.AddPermission(new LambdaGrant
    {
        FunctionName = "billing:7",
        StatementId = "AllowDeployerRole",
        Action = "lambda:GetFunction",
        Principal = "arn:aws:iam::381492765013:role/deployer",
    });

    public static Task GrantOrganizationAsync(IAmazonLambda lambda, string organizationId) => lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = "billing",
        StatementId = "AllowOrganization",
        Action = "lambda:InvokeFunction",
        Principal = "*",
        PrincipalOrgID = organizationId,
    });

    /// <summary>Built by a factory and completed by the caller: the reader cannot see every write.</summary>
    public static AddPermissionRequest CreateServiceGrant(string service) => new()
    {
        FunctionName = "billing",
        Principal = service + ".amazonaws.com",
    };

    public static async Task GrantFromFactoryAsync(IAmazonLambda lambda, string bucketArn)
    {
        var request = CreateServiceGrant("s3");
        request.StatementId = "AllowS3";
        request.Action = "lambda:InvokeFunction";
        request.SourceArn = bucketArn;
        request.SourceAccount = "381492765013";
        await lambda.AddPermissionAsync(request);
    }

    public static async Task GrantWithRetryAsync(IAmazonLambda lambda)
    {
        var request = new AddPermissionRequest { FunctionName = "billing", Principal = "sqs.amazonaws.com" };
        Configure(request);
        await lambda.AddPermissionAsync(request);
    }

    private static void Configure(AddPermissionRequest request)
    {
        request.StatementId = "AllowQueue";
        request.Action = "lambda:InvokeFunction";
        request.SourceAccount = Environment.GetEnvironmentVariable("ACCOUNT_ID");
    }
}
