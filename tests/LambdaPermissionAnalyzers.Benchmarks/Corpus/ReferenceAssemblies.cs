using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;

namespace LambdaPermissionAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Where the generated project's references come from: the installed SDK's reference pack, as a real build
/// uses, and the AWS SDK assemblies this benchmark is built with.
/// </summary>
internal static class ReferenceAssemblies
{
    private const string ReferencePackName = "Microsoft.NETCore.App.Ref";

    /// <summary>
    /// <c>packs/Microsoft.NETCore.App.Ref/&lt;highest version&gt;/ref/net&lt;major.minor&gt;/*.dll</c> of the
    /// dotnet root this process runs from; the runtime's own assemblies when no reference pack is installed.
    /// </summary>
    public static ImmutableArray<string> Framework { get; } = FindFramework();

    /// <summary>AWSSDK.Core and the AWSSDK.Lambda stand-in, as loaded by this process.</summary>
    public static ImmutableArray<string> AwsSdk { get; } = ImmutableArray.Create(
        typeof(Amazon.Runtime.AmazonWebServiceRequest).Assembly.Location,
        typeof(Amazon.Lambda.IAmazonLambda).Assembly.Location);

    /// <summary>The folder <see cref="Framework"/> was read from, for reports.</summary>
    public static string FrameworkSource => Path.GetDirectoryName(Framework[0]) ?? string.Empty;

    private static ImmutableArray<string> FindFramework()
    {
        // <dotnet root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)
                               ?? throw new InvalidOperationException("The runtime has no location on disk.");
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var targetFramework = string.Create(CultureInfo.InvariantCulture, $"net{Environment.Version.Major}.{Environment.Version.Minor}");

        var packDirectory = Path.Combine(dotnetRoot, "packs", ReferencePackName);
        var referenceDirectory = Directory.Exists(packDirectory)
            ? Directory.EnumerateDirectories(packDirectory)
                .Select(versionDirectory => (Version: ParseVersion(Path.GetFileName(versionDirectory)), Path: Path.Combine(versionDirectory, "ref", targetFramework)))
                .Where(candidate => candidate.Version is not null && Directory.Exists(candidate.Path))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Path)
                .FirstOrDefault()
            : null;

        var assemblies = Directory.EnumerateFiles(referenceDirectory ?? runtimeDirectory, "*.dll")
            .Where(HasMetadata)
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToImmutableArray();
        return assemblies.IsEmpty
            ? throw new InvalidOperationException($"No reference assemblies found in '{referenceDirectory ?? runtimeDirectory}'.")
            : assemblies;
    }

    /// <summary>The version a pack folder is named after (<c>10.0.1</c>, <c>10.0.0-rc.2.25502.107</c>), without its pre-release label.</summary>
    private static Version? ParseVersion(string folderName)
    {
        var release = folderName.Split('-', 2)[0];
        return Version.TryParse(release, out var version) ? version : null;
    }

    /// <summary>Skips the native libraries that sit next to the managed ones in a runtime folder.</summary>
    private static bool HasMetadata(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new PEReader(stream);
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
