using System.Collections.Immutable;

namespace LambdaPermissionAnalyzers.Model;

/// <summary>The grants written with the AWS CDK for .NET (Amazon.CDK.Lib): one kind per construct, with CDK's spelling of the members.</summary>
internal sealed partial class GrantKind
{
    /// <summary>The AWS CDK: constructs become a CloudFormation template; CDK adds a function URL's grants itself.</summary>
    public static GrantLibrary CdkLibrary { get; } = new(
        "Amazon.CDK.Lib",
        rejection: "the stack fails to synthesize or deploy",
        lacksInvokedViaFunctionUrl: "this version of the AWS CDK has no InvokedViaFunctionUrl: update Amazon.CDK.Lib to 2.220.0 or later and add the companion grant",
        addsFunctionUrlGrantsFrom: "update Amazon.CDK.Lib to 2.220.0 or later, which adds both grants");

    /// <summary>
    /// AWS CDK <c>Permission</c> passed to <c>IFunction.AddPermission</c>: CDK supplies the statement id (the construct
    /// id), the function and the default action <c>lambda:InvokeFunction</c>, so only Principal is required.
    /// </summary>
    public static GrantKind CdkPermission { get; } = new(
        "Permission",
        GrantAction.AddFunctionStatement,
        ImmutableArray.Create(GrantMembers.Principal),
        CdkLibrary,
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
        CdkLibrary,
        spelling: MemberSpelling.Only(new[] { GrantMembers.Principal }));

    /// <summary>
    /// AWS CDK <c>layer.AddPermission(id, new LayerVersionPermission { AccountId = …, OrganizationId = … })</c>: CDK writes
    /// Action lambda:GetLayerVersion and the layer version itself.
    /// </summary>
    public static GrantKind CdkLayerPermission { get; } = new(
        "LayerVersionPermission",
        GrantAction.AddLayerStatement,
        ImmutableArray<string>.Empty,
        CdkLibrary,
        spelling: MemberSpelling.Only(new[] { GrantMembers.OrganizationId }, ("AccountId", GrantMembers.Principal)));

    /// <summary>AWS CDK <c>CfnPermissionProps</c> passed to <c>new CfnPermission(scope, id, props)</c> (AWS::Lambda::Permission).</summary>
    public static GrantKind CfnPermission { get; } = new(
        "CfnPermissionProps",
        GrantAction.AddFunctionStatement,
        ImmutableArray.Create(GrantMembers.FunctionName, GrantMembers.Action, GrantMembers.Principal),
        CdkLibrary,
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
        CdkLibrary,
        spelling: MemberSpelling.Only(
            new[] { GrantMembers.AuthType, GrantMembers.InvokedViaFunctionUrl },
            ("Cors.AllowedOrigins", GrantMembers.CorsAllowOrigins),
            ("Cors.AllowCredentials", GrantMembers.CorsAllowCredentials)));
}
