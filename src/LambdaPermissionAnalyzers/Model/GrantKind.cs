using System.Collections.Immutable;

namespace LambdaPermissionAnalyzers.Model;

/// <summary>Which API writes the statement; decides which members the API requires.</summary>
internal sealed class GrantKind
{
    private GrantKind(string displayName, ImmutableArray<string> requiredMembers)
    {
        DisplayName = displayName;
        RequiredMembers = requiredMembers;
    }

    /// <summary><c>Amazon.Lambda.Model.AddPermissionRequest</c> sent through <c>IAmazonLambda</c>.</summary>
    public static GrantKind AddPermissionRequest { get; } = new(
        "AddPermissionRequest",
        ImmutableArray.Create(GrantMembers.FunctionName, GrantMembers.StatementId, GrantMembers.Action, GrantMembers.Principal));

    /// <summary>The name used in messages.</summary>
    public string DisplayName { get; }

    /// <summary>The members the API rejects a request without, in the order messages name them.</summary>
    public ImmutableArray<string> RequiredMembers { get; }
}
