using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// The grant types of a compilation, by symbol, as the readers' own tables know them (<see cref="LambdaSymbols"/>,
/// <see cref="CdkReader.Constructs"/>): what the code fixes ask instead of keeping lists of type and member names.
/// </summary>
internal static class GrantTypes
{
    private static readonly ConditionalWeakTable<Compilation, Tables> ByCompilation = new();

    /// <summary>The kind of grant whose objects have <paramref name="type"/>, or <see langword="null"/> when it is no grant type.</summary>
    public static GrantKind? KindOf(ITypeSymbol? type, Compilation compilation)
    {
        if (type is null)
        {
            return null;
        }

        var tables = ByCompilation.GetValue(compilation, static c => new Tables(LambdaSymbols.TryCreate(c), CdkSymbols.TryCreate(c) is { } cdk ? new CdkReader(cdk).Constructs : ImmutableArray<CdkConstruct>.Empty));
        if (tables.Sdk is { } sdk)
        {
            foreach (var (requestType, kind, _) in sdk.RequestTypes)
            {
                if (SymbolEqualityComparer.Default.Equals(type, requestType))
                {
                    return kind;
                }
            }
        }

        foreach (var construct in tables.Cdk)
        {
            if (construct.Is(type))
            {
                return construct.Kind;
            }
        }

        return null;
    }

    /// <summary>
    /// The property of <paramref name="type"/> that writes <paramref name="member"/> (<c>OrganizationId</c> for
    /// PrincipalOrgID on CDK's Permission), or <see langword="null"/> when the type is no grant type or this version
    /// of it has no such property.
    /// </summary>
    public static string? PropertyFor(ITypeSymbol type, Compilation compilation, string member)
        => KindOf(type, compilation)?.Spelling.ToProperty(member) is { } property && !type.GetMembers(property).IsEmpty ? property : null;

    private sealed class Tables
    {
        public Tables(LambdaSymbols? sdk, ImmutableArray<CdkConstruct> cdk)
        {
            Sdk = sdk;
            Cdk = cdk;
        }

        public LambdaSymbols? Sdk { get; }

        public ImmutableArray<CdkConstruct> Cdk { get; }
    }
}
