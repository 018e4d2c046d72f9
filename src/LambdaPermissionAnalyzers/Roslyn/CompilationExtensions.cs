using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Roslyn;

/// <summary>Finding a referenced library's types by their fully qualified metadata name.</summary>
internal static class CompilationExtensions
{
    /// <summary>
    /// The type <paramref name="metadataName"/> declared by the assembly <paramref name="assemblyName"/>. Only that
    /// assembly is asked, so an application type with the same full name neither hides the library's nor is mistaken
    /// for it (<c>Compilation.GetTypeByMetadataName</c> returns null when two assemblies declare the name, and takes
    /// the application's otherwise; BannedSymbols.txt bans it for that reason), and a compilation that does not reference
    /// the library is answered from the names of its references, without looking into any of them.
    /// </summary>
    public static INamedTypeSymbol? GetTypeFromAssembly(this Compilation compilation, string metadataName, string assemblyName)
        => compilation.GetReferencedAssembly(assemblyName)?.GetTypeByMetadataName(metadataName);

    /// <summary>The assembly named <paramref name="assemblyName"/>: the compilation's own, or one it references; or <see langword="null"/>.</summary>
    public static IAssemblySymbol? GetReferencedAssembly(this Compilation compilation, string assemblyName)
    {
        if (compilation.Assembly.Name == assemblyName)
        {
            return compilation.Assembly;
        }

        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Name == assemblyName)
            {
                return assembly;
            }
        }

        return null;
    }
}
