using LambdaPermissionAnalyzers.Roslyn;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// The AWS CDK for .NET types the CDK reader binds to (assembly <c>Amazon.CDK.Lib</c>), resolved once per
/// compilation by fully qualified metadata name.
/// </summary>
internal sealed class CdkSymbols
{
    /// <summary>The assembly that declares every CDK type the readers and fixes bind to.</summary>
    public const string AssemblyName = "Amazon.CDK.Lib";

    private CdkSymbols(Compilation compilation, INamedTypeSymbol permission)
    {
        Permission = permission;
        CfnPermission = Get(compilation, "Amazon.CDK.AWS.Lambda.CfnPermission");
        CfnPermissionProps = Get(compilation, "Amazon.CDK.AWS.Lambda.CfnPermissionProps");
        Function = Get(compilation, "Amazon.CDK.AWS.Lambda.IFunction");
        FunctionUrl = Get(compilation, "Amazon.CDK.AWS.Lambda.FunctionUrl");
        FunctionUrlOptions = Get(compilation, "Amazon.CDK.AWS.Lambda.FunctionUrlOptions");
        FunctionUrlProps = Get(compilation, "Amazon.CDK.AWS.Lambda.FunctionUrlProps");
        ServicePrincipal = Get(compilation, "Amazon.CDK.AWS.IAM.ServicePrincipal");
        ServicePrincipalOpts = Get(compilation, "Amazon.CDK.AWS.IAM.ServicePrincipalOpts");
        ArnPrincipal = Get(compilation, "Amazon.CDK.AWS.IAM.ArnPrincipal");
        AccountPrincipal = Get(compilation, "Amazon.CDK.AWS.IAM.AccountPrincipal");
        AnyPrincipal = Get(compilation, "Amazon.CDK.AWS.IAM.AnyPrincipal");
        OrganizationPrincipal = Get(compilation, "Amazon.CDK.AWS.IAM.OrganizationPrincipal");
        PrincipalWithConditions = Get(compilation, "Amazon.CDK.AWS.IAM.PrincipalWithConditions");
        PrincipalBase = Get(compilation, "Amazon.CDK.AWS.IAM.PrincipalBase");
        LayerVersionPermission = Get(compilation, "Amazon.CDK.AWS.Lambda.LayerVersionPermission");
        LayerVersion = Get(compilation, "Amazon.CDK.AWS.Lambda.ILayerVersion");
        AddsFunctionUrlCompanion = !permission.GetMembers("InvokedViaFunctionUrl").IsEmpty;
    }

    /// <summary><c>Amazon.CDK.AWS.Lambda.Permission</c>, the L2 grant.</summary>
    public INamedTypeSymbol Permission { get; }

    public INamedTypeSymbol? CfnPermission { get; }

    public INamedTypeSymbol? CfnPermissionProps { get; }

    /// <summary><c>Amazon.CDK.AWS.Lambda.IFunction</c>: AddPermission and AddFunctionUrl bind to it or to an implementation.</summary>
    public INamedTypeSymbol? Function { get; }

    public INamedTypeSymbol? FunctionUrl { get; }

    public INamedTypeSymbol? FunctionUrlOptions { get; }

    public INamedTypeSymbol? FunctionUrlProps { get; }

    public INamedTypeSymbol? ServicePrincipal { get; }

    public INamedTypeSymbol? ServicePrincipalOpts { get; }

    /// <summary><c>ArnPrincipal</c>, also the base of AnyPrincipal, AccountPrincipal and AccountRootPrincipal.</summary>
    public INamedTypeSymbol? ArnPrincipal { get; }

    public INamedTypeSymbol? AccountPrincipal { get; }

    public INamedTypeSymbol? AnyPrincipal { get; }

    public INamedTypeSymbol? OrganizationPrincipal { get; }

    public INamedTypeSymbol? PrincipalWithConditions { get; }

    public INamedTypeSymbol? PrincipalBase { get; }

    /// <summary><c>Amazon.CDK.AWS.Lambda.LayerVersionPermission</c> (AccountId, OrganizationId), passed to <c>ILayerVersion.AddPermission</c>.</summary>
    public INamedTypeSymbol? LayerVersionPermission { get; }

    public INamedTypeSymbol? LayerVersion { get; }

    /// <summary>
    /// CDK 2.220.0 and later (Permission has InvokedViaFunctionUrl): a public function URL gets both of its grants
    /// from CDK; older versions add only the lambda:InvokeFunctionUrl one.
    /// </summary>
    public bool AddsFunctionUrlCompanion { get; }

    /// <summary>Resolves the types, or returns <see langword="null"/> when the compilation does not use the AWS CDK.</summary>
    public static CdkSymbols? TryCreate(Compilation compilation)
        => Get(compilation, "Amazon.CDK.AWS.Lambda.Permission") is { } permission ? new CdkSymbols(compilation, permission) : null;

    /// <summary>Whether <paramref name="method"/> is declared by <c>IFunction</c> or implements or overrides such a member.</summary>
    public bool IsFunctionMethod(IMethodSymbol method) => IsFunctionType(method.ContainingType);

    /// <summary>Whether <paramref name="method"/> is declared by <c>ILayerVersion</c> or a type implementing it.</summary>
    public bool IsLayerMethod(IMethodSymbol method) => method.ContainingType.IsOrImplements(LayerVersion);

    /// <summary>Whether <paramref name="type"/> is <c>IFunction</c> or implements it (Function, Version_, Alias, FunctionBase).</summary>
    public bool IsFunctionType(ITypeSymbol? type) => type.IsOrImplements(Function);

    private static INamedTypeSymbol? Get(Compilation compilation, string metadataName)
        => compilation.GetTypeFromAssembly(metadataName, AssemblyName);
}
