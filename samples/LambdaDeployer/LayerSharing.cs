using Amazon.Lambda;
using Amazon.Lambda.Model;

namespace LambdaDeployer;

/// <summary>Shares the deployer's utility layer with the other teams.</summary>
public static class LayerSharing
{
    public static async Task ShareUtilitiesAsync(IAmazonLambda lambda, DeploymentSettings settings)
    {
        var organizationId = settings.OrganizationId;

        // Deliberate mistake (LPA0300): "*" without OrganizationId shares the layer, and its code, with every AWS account.
        await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest
        {
            LayerName = "orders-utilities",
            VersionNumber = 7,
            StatementId = "ShareUtilities",
            Action = "lambda:GetLayerVersion",
            Principal = "*",
        });

        // The correct form beside it: the accounts of the organization only.
        await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest
        {
            LayerName = "orders-utilities",
            VersionNumber = 8,
            StatementId = "ShareUtilitiesWithOrganization",
            Action = "lambda:GetLayerVersion",
            Principal = "*",
            OrganizationId = organizationId,
        });
    }
}
