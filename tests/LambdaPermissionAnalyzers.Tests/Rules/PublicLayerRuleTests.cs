namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0300 (PublicLayerRule): a layer version shared with every AWS account.</summary>
public class PublicLayerRuleTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    // ----- AddLayerVersionPermission -----

    [Fact]
    public Task Public_layer_is_reported_and_function_rules_stay_out() => VerifyAnalyzerAsync(Usings + """
        class Layers
        {
            async Task ShareAsync(IAmazonLambda lambda, string organizationId, long version)
            {
                await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, StatementId = "public", Action = "lambda:GetLayerVersion", Principal = {|#0:"*"|} });

                // Look-alikes: the organization, an account, an account root.
                await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = version, StatementId = "org", Action = "lambda:GetLayerVersion", Principal = "*", OrganizationId = organizationId });
                await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "arn:aws:lambda:eu-west-1:381492765013:layer:shared-utils", VersionNumber = 3, StatementId = "partner", Action = "lambda:GetLayerVersion", Principal = "240186593721" });
                await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, StatementId = "root", Action = "lambda:GetLayerVersion", Principal = "arn:aws:iam::240186593721:root" });
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0300").WithLocation(0)
            .WithMessage("Principal '*' without OrganizationId lets every AWS account use layer version 'shared-utils:3' and download its content; add OrganizationId to share it with your organization only, or name the account"));

    [Fact]
    public Task Message_names_the_layer_as_far_as_it_is_known() => VerifyAnalyzerAsync(Usings + """
        class Layers
        {
            async Task ShareAsync(IAmazonLambda lambda, string layerName, long version)
            {
                await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = version, StatementId = "public", Action = "lambda:GetLayerVersion", Principal = {|#0:"*"|} });
                await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = layerName, VersionNumber = 3, StatementId = "public", Action = "lambda:GetLayerVersion", Principal = {|#1:"*"|} });
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0300").WithLocation(0)
            .WithMessage("Principal '*' without OrganizationId lets every AWS account use layer version 'shared-utils' and download its content; add OrganizationId to share it with your organization only, or name the account"),
        Diagnostic("LPA0300").WithLocation(1)
            .WithMessage("Principal '*' without OrganizationId lets every AWS account use this layer version and download its content; add OrganizationId to share it with your organization only, or name the account"));
}
