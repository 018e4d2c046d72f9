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
/// Which API writes the grant: what it does, the members it requires, the API limits that differ between
/// operations, the library it is written with and how that library spells the members. Rules decide from this,
/// never from the reader or the syntax. Each library's kinds are in a file of their own (<c>GrantKind.Sdk.cs</c>,
/// <c>GrantKind.Cdk.cs</c>), next to the facts about that library.
/// </summary>
internal sealed partial class GrantKind
{
    private GrantKind(
        string displayName,
        GrantAction action,
        ImmutableArray<string> requiredMembers,
        GrantLibrary library,
        int functionNameMaxLength = 256,
        MemberSpelling? spelling = null)
    {
        DisplayName = displayName;
        Action = action;
        RequiredMembers = requiredMembers;
        Library = library;
        ApiFunctionNameMaxLength = functionNameMaxLength;
        Spelling = spelling ?? MemberSpelling.Api;
    }

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
