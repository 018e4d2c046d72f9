using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Roslyn;

/// <summary>Type relations the readers, rules and fixes ask about, by symbol.</summary>
internal static class TypeExtensions
{
    /// <summary>Whether <paramref name="type"/> is <paramref name="interface"/> or implements it.</summary>
    public static bool IsOrImplements(this ITypeSymbol? type, INamedTypeSymbol? @interface)
    {
        if (@interface is null || type is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, @interface))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, @interface))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
    public static bool IsOrDerivesFrom(this ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
