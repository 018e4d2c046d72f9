using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LambdaPermissionAnalyzers.Benchmarks;

/// <summary>
/// The generated project, parsed once, with its references loaded once: what stays warm between builds in
/// the compiler server. Every <see cref="CreateCompilation"/> starts binding from scratch.
/// </summary>
internal sealed class BenchmarkProject
{
    /// <summary>The newest language version Roslyn 4.8 (the analyzer's minimum) knows, so the corpus means the same on any supported compiler.</summary>
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: true,
        deterministic: true);

    private BenchmarkProject(GeneratedCorpus corpus, ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references)
    {
        Corpus = corpus;
        Trees = trees;
        References = references;
    }

    public GeneratedCorpus Corpus { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public ImmutableArray<MetadataReference> References { get; }

    public int LineCount => Trees.Sum(tree => tree.GetText().Lines.Count);

    public static BenchmarkProject Load(CorpusSpec spec)
    {
        var variant = spec.Variant;
        var corpus = CorpusGenerator.Generate(spec);
        var trees = corpus.Files
            .Select(file => CSharpSyntaxTree.ParseText(SourceText.From(file.Text, Encoding.UTF8), ParseOptions, file.Path))
            .ToImmutableArray();
        var referencePaths = variant != CorpusVariant.WithoutLambdaSdk
            ? ReferenceAssemblies.Framework.AddRange(ReferenceAssemblies.AwsSdk)
            : ReferenceAssemblies.Framework;
        var references = referencePaths
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
        return new BenchmarkProject(corpus, trees, references);
    }

    /// <summary>
    /// A new compilation of the project: it shares parsed trees and reference metadata with earlier ones, but
    /// no semantic state. <paramref name="concurrent"/> <see langword="false"/> binds on one thread.
    /// </summary>
    public CSharpCompilation CreateCompilation(bool concurrent = true)
        => CSharpCompilation.Create("Contoso.Backend", Trees, References, CompilationOptions.WithConcurrentBuild(concurrent));

    /// <summary>Binds the whole project without analyzers and checks the result; what the benchmarks' baseline does.</summary>
    public ImmutableArray<Diagnostic> Compile()
    {
        var diagnostics = CreateCompilation().GetDiagnostics();
        DiagnosticCheck.Verify(Corpus, diagnostics, grantAnalyzerRan: false);
        return diagnostics;
    }

    /// <summary>Binds the whole project with one analyzer, as a build does, and checks the result.</summary>
    public async Task<ImmutableArray<Diagnostic>> CompileAsync(DiagnosticAnalyzer analyzer)
    {
        var diagnostics = await CreateCompilationWithAnalyzers(ImmutableArray.Create(analyzer), logAnalyzerExecutionTime: false)
            .GetAllDiagnosticsAsync()
            .ConfigureAwait(false);
        DiagnosticCheck.Verify(Corpus, diagnostics, grantAnalyzerRan: analyzer is GrantAnalyzer);
        return diagnostics;
    }

    /// <summary>
    /// A new compilation with <paramref name="analyzers"/> attached as the command-line compiler attaches them:
    /// concurrent unless asked otherwise, and timing each analyzer only when asked (<c>-p:ReportAnalyzer=true</c>).
    /// </summary>
    public CompilationWithAnalyzers CreateCompilationWithAnalyzers(
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        bool logAnalyzerExecutionTime,
        bool concurrent = true)
        => CreateCompilation(concurrent).WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: null,
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: logAnalyzerExecutionTime,
                reportSuppressedDiagnostics: false));
}
