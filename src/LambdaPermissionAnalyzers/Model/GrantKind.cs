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

    /// <summary>Removes a statement from a layer version's policy (RemoveLayerVersionPermission).</summary>
    RemoveLayerStatement,

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
    private GrantKind(
        string displayName,
        GrantAction action,
        ImmutableArray<string> requiredMembers,
        int functionNameMaxLength = 256,
        GrantLibrary? library = null,
        MemberSpelling? spelling = null)
    {
        DisplayName = displayName;
        Action = action;
        RequiredMembers = requiredMembers;
        ApiFunctionNameMaxLength = functionNameMaxLength;
        Library = library ?? GrantLibrary.Sdk;
        Spelling = spelling ?? MemberSpelling.Api;
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

    /// <summary><c>Amazon.Lambda.Model.RemoveLayerVersionPermissionRequest</c>.</summary>
    public static GrantKind RemoveLayerVersionPermissionRequest { get; } = new(
        "RemoveLayerVersionPermissionRequest",
        GrantAction.RemoveLayerStatement,
        ImmutableArray.Create(GrantMembers.LayerName, GrantMembers.VersionNumber, GrantMembers.StatementId));

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

    /// <summary>
    /// AWS CDK <c>Permission</c> passed to <c>IFunction.AddPermission</c>: CDK supplies the statement id (the construct
    /// id), the function and the default action <c>lambda:InvokeFunction</c>, so only Principal is required.
    /// </summary>
    public static GrantKind CdkPermission { get; } = new(
        "Permission",
        GrantAction.AddFunctionStatement,
        ImmutableArray.Create(GrantMembers.Principal),
        library: GrantLibrary.Cdk,
        spelling: MemberSpelling.Only(
            new[] { GrantMembers.Action, GrantMembers.Principal, GrantMembers.EventSourceToken, GrantMembers.FunctionUrlAuthType, GrantMembers.InvokedViaFunctionUrl, GrantMembers.SourceAccount, GrantMembers.SourceArn },
            ("OrganizationId", GrantMembers.PrincipalOrgID)));

    /// <summary>
    /// AWS CDK <c>fn.GrantInvoke(principal)</c> with a principal CDK turns into a resource-policy statement (a service,
    /// an account): the principal, its conditions and lambda:InvokeFunction, nothing else.
    /// </summary>
    public static GrantKind CdkGrantInvoke { get; } = new(
        "GrantInvoke",
        GrantAction.AddFunctionStatement,
        ImmutableArray<string>.Empty,
        library: GrantLibrary.Cdk,
        spelling: MemberSpelling.Only(new[] { GrantMembers.Principal }));

    /// <summary>
    /// AWS CDK <c>layer.AddPermission(id, new LayerVersionPermission { AccountId = …, OrganizationId = … })</c>: CDK writes
    /// Action lambda:GetLayerVersion and the layer version itself.
    /// </summary>
    public static GrantKind CdkLayerPermission { get; } = new(
        "LayerVersionPermission",
        GrantAction.AddLayerStatement,
        ImmutableArray<string>.Empty,
        library: GrantLibrary.Cdk,
        spelling: MemberSpelling.Only(new[] { GrantMembers.OrganizationId }, ("AccountId", GrantMembers.Principal)));

    /// <summary>AWS CDK <c>CfnPermissionProps</c> passed to <c>new CfnPermission(scope, id, props)</c> (AWS::Lambda::Permission).</summary>
    public static GrantKind CfnPermission { get; } = new(
        "CfnPermissionProps",
        GrantAction.AddFunctionStatement,
        ImmutableArray.Create(GrantMembers.FunctionName, GrantMembers.Action, GrantMembers.Principal),
        library: GrantLibrary.Cdk,
        spelling: MemberSpelling.Only(
            new[] { GrantMembers.Action, GrantMembers.FunctionName, GrantMembers.Principal, GrantMembers.EventSourceToken, GrantMembers.FunctionUrlAuthType, GrantMembers.SourceAccount, GrantMembers.SourceArn, GrantMembers.InvokedViaFunctionUrl },
            ("PrincipalOrgId", GrantMembers.PrincipalOrgID)));

    /// <summary>
    /// AWS CDK function URL options (<c>fn.AddFunctionUrl(options)</c>, <c>new FunctionUrl(scope, id, props)</c>). CDK
    /// sends the URL's permission statements itself.
    /// </summary>
    public static GrantKind CdkFunctionUrl { get; } = new(
        "FunctionUrlOptions",
        GrantAction.CreateFunctionUrl,
        ImmutableArray<string>.Empty,
        library: GrantLibrary.Cdk,
        spelling: MemberSpelling.Only(
            new[] { GrantMembers.AuthType, GrantMembers.InvokedViaFunctionUrl },
            ("Cors.AllowedOrigins", GrantMembers.CorsAllowOrigins),
            ("Cors.AllowCredentials", GrantMembers.CorsAllowCredentials)));

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
    public bool TargetsFunction => Action is not (GrantAction.AddLayerStatement or GrantAction.RemoveLayerStatement);

    /// <summary>The library the grant is written with, and what it does on its own.</summary>
    public GrantLibrary Library { get; }

    /// <summary>How the grant's type spells the API's members (CORS members as <c>Cors.AllowOrigins</c>).</summary>
    public MemberSpelling Spelling { get; }

    /// <summary>Writes a function URL's configuration: FunctionName and Qualifier follow the function URL API's stricter patterns.</summary>
    public bool ConfiguresFunctionUrl => Action is GrantAction.CreateFunctionUrl or GrantAction.UpdateFunctionUrl;
}
