using System.Collections.Immutable;

namespace LambdaPermissionAnalyzers.Model;

/// <summary>The grants written with the AWS SDK for .NET (AWSSDK.Lambda): one kind per request type.</summary>
internal sealed partial class GrantKind
{
    /// <summary>The AWS SDK for .NET: each request is one API call.</summary>
    public static GrantLibrary SdkLibrary { get; } = new(
        "AWSSDK.Lambda",
        rejection: "the Lambda API will reject this request",
        lacksInvokedViaFunctionUrl: "the referenced AWSSDK.Lambda has no InvokedViaFunctionUrl property: update AWSSDK.Lambda (3.7.501 or later on the 3.7 line, or a 4.0 release from October 2025 or later) and send the companion grant",
        addsFunctionUrlGrantsFrom: null);

    /// <summary><c>Amazon.Lambda.Model.AddPermissionRequest</c> sent through <c>IAmazonLambda</c>.</summary>
    public static GrantKind AddPermissionRequest { get; } = new(
        "AddPermissionRequest",
        GrantAction.AddFunctionStatement,
        ImmutableArray.Create(GrantMembers.FunctionName, GrantMembers.StatementId, GrantMembers.Action, GrantMembers.Principal),
        SdkLibrary);

    /// <summary><c>Amazon.Lambda.Model.RemovePermissionRequest</c>.</summary>
    public static GrantKind RemovePermissionRequest { get; } = new(
        "RemovePermissionRequest",
        GrantAction.RemoveFunctionStatement,
        ImmutableArray.Create(GrantMembers.FunctionName, GrantMembers.StatementId),
        SdkLibrary);

    /// <summary><c>Amazon.Lambda.Model.AddLayerVersionPermissionRequest</c>.</summary>
    public static GrantKind AddLayerVersionPermissionRequest { get; } = new(
        "AddLayerVersionPermissionRequest",
        GrantAction.AddLayerStatement,
        ImmutableArray.Create(GrantMembers.LayerName, GrantMembers.VersionNumber, GrantMembers.StatementId, GrantMembers.Action, GrantMembers.Principal),
        SdkLibrary);

    /// <summary><c>Amazon.Lambda.Model.RemoveLayerVersionPermissionRequest</c>.</summary>
    public static GrantKind RemoveLayerVersionPermissionRequest { get; } = new(
        "RemoveLayerVersionPermissionRequest",
        GrantAction.RemoveLayerStatement,
        ImmutableArray.Create(GrantMembers.LayerName, GrantMembers.VersionNumber, GrantMembers.StatementId),
        SdkLibrary);

    /// <summary><c>Amazon.Lambda.Model.CreateFunctionUrlConfigRequest</c>: the function URL API's own names are limited to 140.</summary>
    public static GrantKind CreateFunctionUrlConfigRequest { get; } = new(
        "CreateFunctionUrlConfigRequest",
        GrantAction.CreateFunctionUrl,
        ImmutableArray.Create(GrantMembers.FunctionName, GrantMembers.AuthType),
        SdkLibrary,
        functionNameMaxLength: 140);

    /// <summary><c>Amazon.Lambda.Model.UpdateFunctionUrlConfigRequest</c>.</summary>
    public static GrantKind UpdateFunctionUrlConfigRequest { get; } = new(
        "UpdateFunctionUrlConfigRequest",
        GrantAction.UpdateFunctionUrl,
        ImmutableArray.Create(GrantMembers.FunctionName),
        SdkLibrary,
        functionNameMaxLength: 140);
}
