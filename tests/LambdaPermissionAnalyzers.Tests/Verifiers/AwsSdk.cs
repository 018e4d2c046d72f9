using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace LambdaPermissionAnalyzers.Tests.Verifiers;

/// <summary>The shapes of AWSSDK.Lambda a user's project may reference.</summary>
public enum SdkShape
{
    /// <summary>V4: <c>bool? InvokedViaFunctionUrl</c>, FunctionName <c>Max=256</c>, sync + async.</summary>
    V4,

    /// <summary>V3.7 with function URLs: <c>bool InvokedViaFunctionUrl</c>, FunctionName <c>Max=140</c>, APM Begin/End.</summary>
    V3,

    /// <summary>An older V3.7 build without FunctionUrlAuthType and InvokedViaFunctionUrl.</summary>
    V3PreFunctionUrl,

    /// <summary>A V3.7 build from 2022 to 3.7.500: FunctionUrlAuthType, but no InvokedViaFunctionUrl.</summary>
    V3PreInvokedViaFunctionUrl,

    /// <summary>No AWSSDK.Lambda at all (AWSSDK.Core only).</summary>
    None,
}

/// <summary>
/// Compiles the AWSSDK.Lambda stand-in (its sources are embedded in this assembly) into an assembly named
/// AWSSDK.Lambda on top of the real AWSSDK.Core, once per shape, and hands it out as a metadata reference,
/// as a user's project would reference the package.
/// </summary>
internal static class AwsSdk
{
    private static readonly ConcurrentDictionary<SdkShape, Lazy<Task<ImmutableArray<MetadataReference>>>> Cache = new();

    public static readonly ReferenceAssemblies ReferenceAssemblies = ReferenceAssemblies.Net.Net80;

    /// <summary>The real AWSSDK.Core package's net8.0 assembly (copied next to the tests by the project file).</summary>
    public static MetadataReference Core { get; } = MetadataReference.CreateFromFile(
        Path.Combine(AppContext.BaseDirectory, "refs", "net8.0", "AWSSDK.Core.dll"));

    /// <summary>AWSSDK.Core, plus AWSSDK.Lambda in the given shape.</summary>
    public static Task<ImmutableArray<MetadataReference>> GetReferencesAsync(SdkShape shape)
        => Cache.GetOrAdd(shape, s => new Lazy<Task<ImmutableArray<MetadataReference>>>(() => BuildAsync(s))).Value;

    private static async Task<ImmutableArray<MetadataReference>> BuildAsync(SdkShape shape)
    {
        if (shape == SdkShape.None)
        {
            return ImmutableArray.Create(Core);
        }

        var symbols = shape switch
        {
            SdkShape.V3 => new[] { "NET8_0_OR_GREATER", "AWSSDK_V3" },
            SdkShape.V3PreFunctionUrl => new[] { "NET8_0_OR_GREATER", "AWSSDK_V3", "AWSSDK_V3_PRE_FURL" },
            SdkShape.V3PreInvokedViaFunctionUrl => new[] { "NET8_0_OR_GREATER", "AWSSDK_V3", "AWSSDK_V3_PRE_INVOKED_VIA_URL" },
            _ => new[] { "NET8_0_OR_GREATER" },
        };
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12, preprocessorSymbols: symbols);
        var assembly = typeof(AwsSdk).Assembly;
        var trees = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("StandIn.AWSSDK.Lambda.", StringComparison.Ordinal))
            .Select(name => CSharpSyntaxTree.ParseText(ReadResource(assembly, name), parseOptions, path: name))
            .ToList();

        var frameworkReferences = await ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).ConfigureAwait(false);
        var compilation = CSharpCompilation.Create(
            "AWSSDK.Lambda",
            trees,
            frameworkReferences.Add(Core),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            throw new InvalidOperationException($"The AWSSDK.Lambda stand-in ({shape}) does not compile:{Environment.NewLine}{errors}");
        }

        return ImmutableArray.Create(Core, MetadataReference.CreateFromImage(image.ToArray()));
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
