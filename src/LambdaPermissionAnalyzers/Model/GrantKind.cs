using System.Collections.Immutable;

namespace LambdaPermissionAnalyzers.Model;

/// <summary>What a grant does to a resource policy or a function URL.</summary>
internal enum GrantAction
{
    /// <summary>Adds a statement to a function's policy (AddPermission, CDK permissions).</summary>
    AddFunctionStatement,

    /// <summary>Removes a statement from a function's policy (RemovePermission).</summary>
    RemoveFunctionStatement,

    /// <summary>Adds a statement to a layer version's policy (AddLayerVersionPermission).</summary>
    AddLayerStatement,

    /// <summary>Creates a function URL (CreateFunctionUrlConfig, CDK function URLs).</summary>
    CreateFunctionUrl,

    /// <summary>Changes a function URL (UpdateFunctionUrlConfig).</summary>
    UpdateFunctionUrl,
}

/// <summary>
/// Which API writes the grant: what it does, the members it requires, and the API limits that differ between
/// operations. Rules decide from this, never from the reader or the syntax.
/// </summary>
internal sealed class GrantKind
{
    private GrantKind(string displayName, GrantAction action, ImmutableArray<string> requiredMembers, int functionNameMaxLength = 256)
    {
        DisplayName = displayName;
        Action = action;
        RequiredMembers = requiredMembers;
        ApiFunctionNameMaxLength = functionNameMaxLength;
    }

    /// <summary><c>Amazon.Lambda.Model.AddPermissionRequest</c> sent through <c>IAmazonLambda</c>.</summary>
    public static GrantKind AddPermissionRequest { get; } = new(
        "AddPermissionRequest",
        GrantAction.AddFunctionStatement,
        ImmutableArray.Create(GrantMembers.FunctionName, GrantMembers.StatementId, GrantMembers.Action, GrantMembers.Principal));

    /// <summary><c>Amazon.Lambda.Model.RemovePermissionRequest</c>.</summary>
    public static GrantKind RemovePermissionRequest { get; } = new(
        "RemovePermissionRequest",
        GrantAction.RemoveFunctionStatement,
        ImmutableArray.Create(GrantMembers.FunctionName, GrantMembers.StatementId));

    /// <summary><c>Amazon.Lambda.Model.AddLayerVersionPermissionRequest</c>.</summary>
    public static GrantKind AddLayerVersionPermissionRequest { get; } = new(
        "AddLayerVersionPermissionRequest",
        GrantAction.AddLayerStatement,
        ImmutableArray.Create(GrantMembers.LayerName, GrantMembers.VersionNumber, GrantMembers.StatementId, GrantMembers.Action, GrantMembers.Principal));

    /// <summary><c>Amazon.Lambda.Model.CreateFunctionUrlConfigRequest</c>: the function URL API's own names are limited to 140.</summary>
    public static GrantKind CreateFunctionUrlConfigRequest { get; } = new(
        "CreateFunctionUrlConfigRequest",
        GrantAction.CreateFunctionUrl,
        ImmutableArray.Create(GrantMembers.FunctionName, GrantMembers.AuthType),
        functionNameMaxLength: 140);

    /// <summary><c>Amazon.Lambda.Model.UpdateFunctionUrlConfigRequest</c>.</summary>
    public static GrantKind UpdateFunctionUrlConfigRequest { get; } = new(
        "UpdateFunctionUrlConfigRequest",
        GrantAction.UpdateFunctionUrl,
        ImmutableArray.Create(GrantMembers.FunctionName),
        functionNameMaxLength: 140);

    /// <summary>The name used in messages.</summary>
    public string DisplayName { get; }

    public GrantAction Action { get; }

    /// <summary>The members the API rejects a request without, in the order messages name them.</summary>
    public ImmutableArray<string> RequiredMembers { get; }

    /// <summary>The API's maximum FunctionName length for this operation (an SDK build may declare less).</summary>
    public int ApiFunctionNameMaxLength { get; }

    /// <summary>A statement that grants invoke rights on a function: the security rules about principals and sources apply.</summary>
    public bool AddsFunctionStatement => Action == GrantAction.AddFunctionStatement;

    /// <summary>Targets a function by FunctionName (and Qualifier): every kind but layer permissions.</summary>
    public bool TargetsFunction => Action != GrantAction.AddLayerStatement;

    /// <summary>How the source spells the CORS members, for messages.</summary>
    public (string AllowOrigins, string AllowCredentials) CorsSpelling { get; private set; } = ("Cors.AllowOrigins", "Cors.AllowCredentials");

    /// <summary>Writes a function URL's configuration: FunctionName and Qualifier follow the function URL API's stricter patterns.</summary>
    public bool ConfiguresFunctionUrl => Action is GrantAction.CreateFunctionUrl or GrantAction.UpdateFunctionUrl;
}
