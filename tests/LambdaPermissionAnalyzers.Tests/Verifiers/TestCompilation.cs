using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaPermissionAnalyzers.Tests.Verifiers;

/// <summary>
/// Builds a compilation against the same references as <see cref="CSharpVerifier"/>, for tests that look at the
/// grant model directly or run every analyzer the way the IDE does (<see cref="CompilationWithAnalyzers"/>, which
/// also runs on code with syntax errors, unlike csc).
/// </summary>
internal static class TestCompilation
{
    public static async Task<CSharpCompilation> CreateAsync(SdkShape shape, params string[] sources)
    {
        var framework = await AwsSdk.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        // The AWS CDK too, so that both readers run on every corpus file.
        var aws = (await AwsSdk.GetReferencesAsync(shape)).AddRange(AwsCdk.References);
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        return CSharpCompilation.Create(
            "Tests",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Source{i}.cs")),
            framework.AddRange(aws),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>
    /// Runs <see cref="GrantAnalyzer"/> and the package's suppressor as the IDE does and returns the diagnostics left (the
    /// SDK double's too, unless suppressed) and any exception an analyzer threw.
    /// </summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Exceptions)> AnalyzeAsync(Compilation compilation)
    {
        var exceptions = ImmutableArray.CreateBuilder<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, diagnostic) =>
            {
                lock (exceptions)
                {
                    exceptions.Add($"{analyzer}: {exception}");
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        // The suppressor too, beside a double of the SDK's property-value analyzer that gives it findings to judge.
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new GrantAnalyzer(), new Suppressors.SdkPropertyValueAnalyzerDouble(), new LambdaPermissionAnalyzers.Suppressors.SdkPropertyValueSuppressor());
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return (diagnostics, exceptions.ToImmutable());
    }
}
