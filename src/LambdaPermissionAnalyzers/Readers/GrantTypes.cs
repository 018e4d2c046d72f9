using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// The grant types of a compilation, by symbol, as the readers know them (<see cref="IGrantReader.KindOf"/>): what
/// the code fixes ask instead of keeping lists of type and member names.
/// </summary>
internal static class GrantTypes
{
    private static readonly ConditionalWeakTable<Compilation, ReaderSet> ByCompilation = new();

    /// <summary>The kind of grant whose objects have <paramref name="type"/>, or <see langword="null"/> when it is no grant type.</summary>
    public static GrantKind? KindOf(ITypeSymbol? type, Compilation compilation)
    {
        if (type is null)
        {
            return null;
        }

        foreach (var reader in ByCompilation.GetValue(compilation, static c => new ReaderSet(GrantReaders.Create(c))).All)
        {
            if (reader.KindOf(type) is { } kind)
            {
                return kind;
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

    private sealed class ReaderSet
    {
        public ReaderSet(ImmutableArray<IGrantReader> all) => All = all;

        public ImmutableArray<IGrantReader> All { get; }
    }
}
