using System.Collections.Immutable;
using System.Linq;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Roslyn;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// The AWS SDK types the readers bind to, resolved once per compilation by fully qualified metadata name
/// (SQS and SNS have their own <c>AddPermissionRequest</c>; only Lambda's counts).
/// </summary>
internal sealed class LambdaSymbols
{
    /// <summary>The assembly that declares every Lambda type the readers and fixes bind to.</summary>
    public const string AssemblyName = "AWSSDK.Lambda";
    private const string CoreAssemblyName = "AWSSDK.Core";

    /// <summary>The request types the readers know, by metadata name, with their kind and operation name.</summary>
    private static readonly (string MetadataName, GrantKind Kind, string Operation)[] KnownRequests =
    {
        ("Amazon.Lambda.Model.AddPermissionRequest", GrantKind.AddPermissionRequest, "AddPermission"),
        ("Amazon.Lambda.Model.RemovePermissionRequest", GrantKind.RemovePermissionRequest, "RemovePermission"),
        ("Amazon.Lambda.Model.AddLayerVersionPermissionRequest", GrantKind.AddLayerVersionPermissionRequest, "AddLayerVersionPermission"),
        ("Amazon.Lambda.Model.RemoveLayerVersionPermissionRequest", GrantKind.RemoveLayerVersionPermissionRequest, "RemoveLayerVersionPermission"),
        ("Amazon.Lambda.Model.CreateFunctionUrlConfigRequest", GrantKind.CreateFunctionUrlConfigRequest, "CreateFunctionUrlConfig"),
        ("Amazon.Lambda.Model.UpdateFunctionUrlConfigRequest", GrantKind.UpdateFunctionUrlConfigRequest, "UpdateFunctionUrlConfig"),
    };

    private LambdaSymbols(
        INamedTypeSymbol addPermissionRequest,
        ImmutableArray<(INamedTypeSymbol Type, GrantKind Kind, string Operation)> requestTypes,
        INamedTypeSymbol? lambdaService,
        INamedTypeSymbol? constantClass,
        INamedTypeSymbol? awsPropertyAttribute)
    {
        AddPermissionRequest = addPermissionRequest;
        RequestTypes = requestTypes;
        LambdaService = lambdaService;
        ConstantClass = constantClass;
        AwsPropertyAttribute = awsPropertyAttribute;
    }

    /// <summary><c>Amazon.Lambda.Model.AddPermissionRequest</c>.</summary>
    public INamedTypeSymbol AddPermissionRequest { get; }

    /// <summary>Every request type this SDK build has (older builds lack the function URL ones), with its kind and operation.</summary>
    public ImmutableArray<(INamedTypeSymbol Type, GrantKind Kind, string Operation)> RequestTypes { get; }

    /// <summary><c>Amazon.Lambda.IAmazonLambda</c>: sends count through it and through every type implementing it.</summary>
    public INamedTypeSymbol? LambdaService { get; }

    /// <summary><c>Amazon.Runtime.ConstantClass</c>, the base of the SDK's string "enums".</summary>
    public INamedTypeSymbol? ConstantClass { get; }

    /// <summary><c>Amazon.Runtime.Internal.AWSPropertyAttribute</c>, carrying Required/Min/Max.</summary>
    public INamedTypeSymbol? AwsPropertyAttribute { get; }

    /// <summary>Resolves the types, or returns <see langword="null"/> when the compilation does not use AWSSDK.Lambda.</summary>
    public static LambdaSymbols? TryCreate(Compilation compilation)
    {
        var request = GetLambdaType(compilation, "Amazon.Lambda.Model.AddPermissionRequest");
        if (request is null)
        {
            return null;
        }

        var requestTypes = ImmutableArray.CreateBuilder<(INamedTypeSymbol, GrantKind, string)>();
        foreach (var (metadataName, kind, operation) in KnownRequests)
        {
            if (GetLambdaType(compilation, metadataName) is { } type)
            {
                requestTypes.Add((type, kind, operation));
            }
        }

        return new LambdaSymbols(
            request,
            requestTypes.ToImmutable(),
            GetLambdaType(compilation, "Amazon.Lambda.IAmazonLambda"),
            compilation.GetTypeFromAssembly("Amazon.Runtime.ConstantClass", CoreAssemblyName),
            compilation.GetTypeFromAssembly("Amazon.Runtime.Internal.AWSPropertyAttribute", CoreAssemblyName));
    }

    /// <summary>A type of AWSSDK.Lambda by metadata name (<c>Amazon.Lambda.FunctionUrlAuthType</c>).</summary>
    public static INamedTypeSymbol? GetLambdaType(Compilation compilation, string metadataName)
        => compilation.GetTypeFromAssembly(metadataName, AssemblyName);

    /// <summary>Whether <paramref name="method"/> sends its request argument to Lambda.</summary>
    public bool IsLambdaServiceMethod(IMethodSymbol method) => method.ContainingType.IsOrImplements(LambdaService);

    /// <summary>Whether <paramref name="type"/> is one of the SDK's <c>ConstantClass</c> "enums".</summary>
    public bool IsConstantClass(ITypeSymbol? type) => type.IsOrDerivesFrom(ConstantClass);

    /// <summary>The public properties of a request type, as this SDK build declares them.</summary>
    public ImmutableHashSet<string> GetPropertyNames(INamedTypeSymbol requestType)
    {
        var builder = ImmutableHashSet.CreateBuilder<string>(System.StringComparer.Ordinal);
        foreach (var member in requestType.GetMembers())
        {
            if (member is IPropertySymbol { DeclaredAccessibility: Accessibility.Public, IsStatic: false } property)
            {
                builder.Add(property.Name);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The <c>Max</c> of the property's <c>[AWSProperty]</c> attribute, when the SDK build declares one.</summary>
    public int? GetDeclaredMaxLength(INamedTypeSymbol requestType, string propertyName)
    {
        if (AwsPropertyAttribute is null)
        {
            return null;
        }

        foreach (var property in requestType.GetMembers(propertyName).OfType<IPropertySymbol>())
        {
            foreach (var attribute in property.GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, AwsPropertyAttribute))
                {
                    continue;
                }

                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Key == "Max" && argument.Value.Value is long max and > 0 and <= int.MaxValue)
                    {
                        return (int)max;
                    }
                }
            }
        }

        return null;
    }
}
