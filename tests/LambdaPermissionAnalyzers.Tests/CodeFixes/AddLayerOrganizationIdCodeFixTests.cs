using LambdaPermissionAnalyzers.CodeFixes;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>AddLayerOrganizationIdCodeFix, the fix of LPA0300, checked at the latest C# and, when the source compiles there, at C# 7.3 (the default of .NET Framework 4.x projects).</summary>
public class AddLayerOrganizationIdCodeFixTests
{
    private const string UsingsWithCollections = """
        using System.Collections.Generic;
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

    // ----- AddLayerVersionPermission -----

    [Fact]
    public async Task Layer_fixes()
    {
        await VerifyCodeFixAsync<AddLayerOrganizationIdCodeFix>(UsingsWithCollections + """
            class Layers
            {
                Task ShareAsync(IAmazonLambda lambda, string organizationId) => lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest
                {
                    LayerName = "shared-utils",
                    VersionNumber = 3,
                    StatementId = "org",
                    Action = "lambda:GetLayerVersion",
                    Principal = {|LPA0300:"*"|},
                });
            }
            """, UsingsWithCollections + """
            class Layers
            {
                Task ShareAsync(IAmazonLambda lambda, string organizationId) => lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest
                {
                    LayerName = "shared-utils",
                    VersionNumber = 3,
                    StatementId = "org",
                    Action = "lambda:GetLayerVersion",
                    Principal = "*",
                    OrganizationId = organizationId,
                });
            }
            """);
        await VerifyFixAllAsync<AddLayerOrganizationIdCodeFix>(UsingsWithCollections + """
            class Layers
            {
                async Task ShareAsync(IAmazonLambda lambda)
                {
                    await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "a", VersionNumber = 1, StatementId = "org", Action = "lambda:GetLayerVersion", Principal = {|LPA0300:"*"|} });
                    await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "b", VersionNumber = 1, StatementId = "org", Action = "lambda:GetLayerVersion", Principal = {|LPA0300:"*"|} });
                }
            }
            """, UsingsWithCollections + """
            class Layers
            {
                async Task ShareAsync(IAmazonLambda lambda)
                {
                    await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "a", VersionNumber = 1, StatementId = "org", Action = "lambda:GetLayerVersion", Principal = "*", OrganizationId = {|LPA0004:"o-<organization-id>"|} });
                    await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "b", VersionNumber = 1, StatementId = "org", Action = "lambda:GetLayerVersion", Principal = "*", OrganizationId = {|LPA0004:"o-<organization-id>"|} });
                }
            }
            """);
        await VerifyCodeFixAsync<AddRequiredMembersCodeFix>(UsingsWithCollections + """
            class Layers
            {
                Task ShareAsync(IAmazonLambda lambda) => lambda.AddLayerVersionPermissionAsync(new {|LPA0001:AddLayerVersionPermissionRequest|} { LayerName = "shared-utils", VersionNumber = 3, Principal = "381492765013" });
            }
            """, UsingsWithCollections + """
            class Layers
            {
                Task ShareAsync(IAmazonLambda lambda) => lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, Principal = "381492765013", StatementId = "AllowInvoke", Action = "lambda:GetLayerVersion" });
            }
            """);
        await VerifyCodeFixAsync<RepairValueCodeFix>(UsingsWithCollections + """
            class Layers
            {
                Task ShareAsync(IAmazonLambda lambda) => lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, StatementId = "partner", Action = {|LPA0004:"GetLayerVersion"|}, Principal = "381492765013" });
            }
            """, UsingsWithCollections + """
            class Layers
            {
                Task ShareAsync(IAmazonLambda lambda) => lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared-utils", VersionNumber = 3, StatementId = "partner", Action = "lambda:GetLayerVersion", Principal = "381492765013" });
            }
            """);
    }

    // ----- AWS CDK -----

    [Fact]
    public Task Public_cdk_layer_is_reported_and_fixed() => VerifyCdkCodeFixAsync<AddLayerOrganizationIdCodeFix>(CdkUsings + """
        class Layers : Stack
        {
            Layers(Construct scope, LayerVersion layer, string organizationId) : base(scope, "Layers")
            {
                layer.AddPermission("Everyone", new LayerVersionPermission { AccountId = {|LPA0300:"*"|} });
                layer.AddPermission("Partner", new LayerVersionPermission { AccountId = "507318264490" });
                layer.AddPermission("Role", new LayerVersionPermission { AccountId = {|LPA0004:"arn:aws:iam::507318264490:role/reader"|} });
            }
        }
        """, CdkUsings + """
        class Layers : Stack
        {
            Layers(Construct scope, LayerVersion layer, string organizationId) : base(scope, "Layers")
            {
                layer.AddPermission("Everyone", new LayerVersionPermission { AccountId = "*", OrganizationId = organizationId });
                layer.AddPermission("Partner", new LayerVersionPermission { AccountId = "507318264490" });
                layer.AddPermission("Role", new LayerVersionPermission { AccountId = {|LPA0004:"arn:aws:iam::507318264490:role/reader"|} });
            }
        }
        """);
}
