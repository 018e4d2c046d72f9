using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Roslyn;

/// <summary>Finding a referenced library's types by their fully qualified metadata name.</summary>
internal static class CompilationExtensions
{
    /// <summary>
    /// The type <paramref name="metadataName"/> declared by the assembly <paramref name="assemblyName"/>. Looks through
    /// every candidate, so an application type with the same full name neither hides the library's nor is mistaken
    /// for it (<c>Compilation.GetTypeByMetadataName</c> returns null when two assemblies declare the name, and takes
    /// the application's otherwise; BannedSymbols.txt bans it for that reason).
    /// </summary>
    public static INamedTypeSymbol? GetTypeFromAssembly(this Compilation compilation, string metadataName, string assemblyName)
    {
        foreach (var candidate in compilation.GetTypesByMetadataName(metadataName))
        {
            if (candidate.ContainingAssembly?.Name == assemblyName)
            {
                return candidate;
            }
        }

        return null;
    }
}
