using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace LambdaPermissionAnalyzers.Tests.Verifiers;

/// <summary>
/// The one verifier the tests use: runs <see cref="GrantAnalyzer"/> (and a fix) over C# sources compiled against
/// .NET 8 reference assemblies, AWSSDK.Core and the AWSSDK.Lambda stand-in. Diagnostics are given as markup on
/// exact spans: <c>{|LPA0001:AddPermissionRequest|}</c>. Compiler errors in a source fail the test.
/// </summary>
public static class CSharpVerifier
{
    /// <summary>The default severity of each rule, from the analyzer's own descriptors.</summary>
    private static readonly Lazy<ImmutableDictionary<string, DiagnosticSeverity>> Severities = new(() =>
        new GrantAnalyzer().SupportedDiagnostics
            .GroupBy(descriptor => descriptor.Id)
            .ToImmutableDictionary(group => group.Key, group => group.Select(descriptor => descriptor.DefaultSeverity).Distinct().Single()));

    /// <summary>A diagnostic of rule <paramref name="id"/> at the rule's default severity.</summary>
    public static DiagnosticResult Diagnostic(string id)
        => Severities.Value.TryGetValue(id, out var severity)
            ? new(id, severity)
            : throw new ArgumentException($"GrantAnalyzer does not support {id}.", nameof(id));

    /// <summary>Checks the analyzer reports exactly the marked diagnostics.</summary>
    public static async Task VerifyAnalyzerAsync(string source, SdkShape shape = SdkShape.V4, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        await test.UseSdkAsync(shape).ConfigureAwait(false);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Checks the analyzer reports exactly the marked diagnostics in a project of several files (<c>/0/Test0.cs</c>, <c>/0/Test1.cs</c>, …).</summary>
    public static Task VerifyAnalyzerAsync(string[] sources, params DiagnosticResult[] expected)
        => VerifyAnalyzerAsync(OutputKind.DynamicallyLinkedLibrary, sources, expected);

    /// <summary>As <see cref="VerifyAnalyzerAsync(string[], DiagnosticResult[])"/>, for a project of <paramref name="outputKind"/> (top-level statements need an executable).</summary>
    public static async Task VerifyAnalyzerAsync(OutputKind outputKind, string[] sources, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest();
        test.TestState.OutputKind = outputKind;
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        await test.UseSdkAsync(SdkShape.V4).ConfigureAwait(false);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Checks the analyzer reports exactly the marked diagnostics in a project set up as <paramref name="project"/> describes.</summary>
    public static async Task VerifyAnalyzerAsync(string source, ProjectSetup project, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        await test.UseSdkAsync(SdkShape.V4).ConfigureAwait(false);
        if (project.EditorConfig is { } editorConfig)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
        }

        if (project.ReferencesXunit)
        {
            // The real xunit.core this test project runs on: a user's test project references the same assembly.
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Xunit.FactAttribute).Assembly.Location));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks the diagnostics of <see cref="GrantAnalyzer"/> and of the AWS SDK's property-value analyzer (a test double)
    /// under <see cref="LambdaPermissionAnalyzers.Suppressors.SdkPropertyValueSuppressor"/>: a suppressed one is expected with <c>WithIsSuppressed(true)</c>.
    /// </summary>
    public static Task VerifySuppressionsAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
        => VerifySuppressionsAsync(source, editorConfig, [], expected);

    /// <summary>As <see cref="VerifySuppressionsAsync(string, string?, DiagnosticResult[])"/>, with <paramref name="noWarn"/> ids in the project's NoWarn.</summary>
    public static async Task VerifySuppressionsAsync(string source, string? editorConfig, string[] noWarn, params DiagnosticResult[] expected)
    {
        var test = new SuppressionTest { TestCode = source };
        foreach (var id in noWarn)
        {
            test.SolutionTransforms.Add((solution, projectId) =>
            {
                var options = solution.GetProject(projectId)!.CompilationOptions!;
                return solution.WithProjectCompilationOptions(projectId, options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem(id, ReportDiagnostic.Suppress)));
            });
        }

        await test.UseSdkAsync(SdkShape.V4).ConfigureAwait(false);
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Checks the analyzer reports exactly the marked diagnostics in a project that references the AWS CDK (and no AWSSDK.Lambda).</summary>
    public static Task VerifyCdkAnalyzerAsync(string source, params DiagnosticResult[] expected)
        => VerifyCdkAnalyzerAsync(source, AwsCdk.References, expected);

    /// <summary>As <see cref="VerifyCdkAnalyzerAsync(string, DiagnosticResult[])"/>, against other CDK assemblies (a stand-in of a newer CDK).</summary>
    public static async Task VerifyCdkAnalyzerAsync(string source, ImmutableArray<MetadataReference> cdk, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source, ReferenceAssemblies = AwsSdk.ReferenceAssemblies };
        test.TestState.AdditionalReferences.AddRange(cdk);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks the diagnostics of <paramref name="source"/>, applies the fix until none is left, and compares with
    /// <paramref name="fixedSource"/> (Fix All too), at the latest C# version and at C# 7.3 (.NET Framework 4.x projects
    /// default to C# 7.3: the fixed code must compile there too) unless the source itself needs a newer version.
    /// </summary>
    public static Task VerifyCodeFixAsync<TCodeFix>(string source, string fixedSource, SdkShape shape = SdkShape.V4)
        where TCodeFix : CodeFixProvider, new()
        => RunFixAsync<TCodeFix>(source, fixedSource, FixProject.Sdk(shape), fixAll: false, languageVersion: null);

    /// <summary>As <see cref="VerifyCodeFixAsync{TCodeFix}(string, string, SdkShape)"/>, only in a project on <paramref name="languageVersion"/>.</summary>
    public static Task VerifyCodeFixAsync<TCodeFix>(string source, string fixedSource, LanguageVersion languageVersion, SdkShape shape = SdkShape.V4)
        where TCodeFix : CodeFixProvider, new()
        => RunFixAsync<TCodeFix>(source, fixedSource, FixProject.Sdk(shape), fixAll: false, languageVersion);

    /// <summary>
    /// Applies the fix to every diagnostic of the document at once (Fix All, one pass), and compares with
    /// <paramref name="fixedSource"/>; at the latest C# version and at C# 7.3 as <see cref="VerifyCodeFixAsync{TCodeFix}(string, string, SdkShape)"/>.
    /// </summary>
    public static Task VerifyFixAllAsync<TCodeFix>(string source, string fixedSource, SdkShape shape = SdkShape.V4)
        where TCodeFix : CodeFixProvider, new()
        => RunFixAsync<TCodeFix>(source, fixedSource, FixProject.Sdk(shape), fixAll: true, languageVersion: null);

    /// <summary>As <see cref="VerifyFixAllAsync{TCodeFix}(string, string, SdkShape)"/>, only in a project on <paramref name="languageVersion"/>.</summary>
    public static Task VerifyFixAllAsync<TCodeFix>(string source, string fixedSource, LanguageVersion languageVersion, SdkShape shape = SdkShape.V4)
        where TCodeFix : CodeFixProvider, new()
        => RunFixAsync<TCodeFix>(source, fixedSource, FixProject.Sdk(shape), fixAll: true, languageVersion);

    /// <summary>As <see cref="VerifyCodeFixAsync{TCodeFix}(string, string, SdkShape)"/>, in a project that references the AWS CDK.</summary>
    public static Task VerifyCdkCodeFixAsync<TCodeFix>(string source, string fixedSource)
        where TCodeFix : CodeFixProvider, new()
        => RunFixAsync<TCodeFix>(source, fixedSource, FixProject.Cdk, fixAll: false, languageVersion: null);

    /// <summary>As <see cref="VerifyCdkCodeFixAsync{TCodeFix}(string, string)"/>, only in a project on <paramref name="languageVersion"/>.</summary>
    public static Task VerifyCdkCodeFixAsync<TCodeFix>(string source, string fixedSource, LanguageVersion languageVersion)
        where TCodeFix : CodeFixProvider, new()
        => RunFixAsync<TCodeFix>(source, fixedSource, FixProject.Cdk, fixAll: false, languageVersion);

    /// <summary>As <see cref="VerifyFixAllAsync{TCodeFix}(string, string, SdkShape)"/>, in a project that references the AWS CDK.</summary>
    public static Task VerifyCdkFixAllAsync<TCodeFix>(string source, string fixedSource)
        where TCodeFix : CodeFixProvider, new()
        => RunFixAsync<TCodeFix>(source, fixedSource, FixProject.Cdk, fixAll: true, languageVersion: null);

    /// <summary>As <see cref="VerifyCdkFixAllAsync{TCodeFix}(string, string)"/>, only in a project on <paramref name="languageVersion"/>.</summary>
    public static Task VerifyCdkFixAllAsync<TCodeFix>(string source, string fixedSource, LanguageVersion languageVersion)
        where TCodeFix : CodeFixProvider, new()
        => RunFixAsync<TCodeFix>(source, fixedSource, FixProject.Cdk, fixAll: true, languageVersion);

    private static async Task RunFixAsync<TCodeFix>(string source, string fixedSource, FixProject project, bool fixAll, LanguageVersion? languageVersion)
        where TCodeFix : CodeFixProvider, new()
    {
        if (languageVersion is { } version)
        {
            await RunFixAsync<TCodeFix>(source, fixedSource, project, fixAll, version, afterLatest: false).ConfigureAwait(false);
            return;
        }

        await RunFixAsync<TCodeFix>(source, fixedSource, project, fixAll, LanguageVersion.Latest, afterLatest: false).ConfigureAwait(false);

        // The source decides: code that itself needs a newer C# (a raw string, target-typed new, ...) has no C# 7.3 run.
        // A fixed source that does not compile at C# 7.3 while the source does fails the test.
        if (!await NeedsNewerThanCSharp7_3Async(source, project).ConfigureAwait(false))
        {
            await RunFixAsync<TCodeFix>(source, fixedSource, project, fixAll, LanguageVersion.CSharp7_3, afterLatest: true).ConfigureAwait(false);
        }
    }

    private static async Task RunFixAsync<TCodeFix>(string source, string fixedSource, FixProject project, bool fixAll, LanguageVersion languageVersion, bool afterLatest)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CodeFixTest<TCodeFix> { TestCode = source, FixedCode = fixedSource, ReferenceAssemblies = AwsSdk.ReferenceAssemblies };
        test.TestState.AdditionalReferences.AddRange(await project.GetReferencesAsync().ConfigureAwait(false));
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(languageVersion)));

        // Markup in the fixed source names what must stay reported (a member no fix can guess, a placeholder).
        test.FixedState.MarkupHandling = MarkupMode.Allow;

        // Either way the library applies single fixes until none is left, then Fix All in document, project and
        // solution scope, and compares both results with the fixed source.
        if (fixAll)
        {
            // Several occurrences: Fix All must reach the fixed source in one pass.
            test.NumberOfFixAllIterations = 1;
        }

        try
        {
            await test.RunAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (afterLatest && exception is not OperationCanceledException)
        {
            throw new InvalidOperationException($"The fix passed at the latest C# version but failed at C# 7.3 (the source compiles there): {exception.Message}", exception);
        }
    }

    /// <summary>Whether <paramref name="source"/> (markup removed) has errors at C# 7.3 that it does not have at the latest version.</summary>
    private static async Task<bool> NeedsNewerThanCSharp7_3Async(string source, FixProject project)
    {
        TestFileMarkupParser.GetSpans(source, out string code, out ImmutableDictionary<string, ImmutableArray<TextSpan>> _);
        var references = (await AwsSdk.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).ConfigureAwait(false))
            .AddRange(await project.GetReferencesAsync().ConfigureAwait(false));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true);
        ImmutableHashSet<string> Errors(LanguageVersion version) => CSharpCompilation.Create(
                "LanguageVersionCheck",
                new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(version), path: "/0/Test0.cs") },
                references,
                options)
            .GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .Select(diagnostic => diagnostic.ToString())
            .ToImmutableHashSet();

        return !Errors(LanguageVersion.CSharp7_3).IsSubsetOf(Errors(LanguageVersion.Latest));
    }

    private static async Task UseSdkAsync<T>(this T test, SdkShape shape)
        where T : AnalyzerTest<DefaultVerifier>
    {
        test.ReferenceAssemblies = AwsSdk.ReferenceAssemblies;
        test.TestState.AdditionalReferences.AddRange(await AwsSdk.GetReferencesAsync(shape).ConfigureAwait(false));
    }

    /// <summary>What a fix test's project references: AWSSDK.Lambda of one shape, or the AWS CDK (and no AWSSDK.Lambda).</summary>
    private sealed record FixProject(SdkShape? Shape)
    {
        public static FixProject Cdk { get; } = new((SdkShape?)null);

        public static FixProject Sdk(SdkShape shape) => new(shape);

        public async Task<ImmutableArray<MetadataReference>> GetReferencesAsync()
            => Shape is { } shape ? await AwsSdk.GetReferencesAsync(shape).ConfigureAwait(false) : AwsCdk.References;
    }

    /// <summary>How the test project differs from a plain application project.</summary>
    /// <param name="EditorConfig">Lines of the <c>[*.cs]</c> section of the project's .editorconfig.</param>
    /// <param name="ReferencesXunit">The project references xunit (a test project).</param>
    public sealed record ProjectSetup(string? EditorConfig = null, bool ReferencesXunit = false);

    private sealed class AnalyzerTest : CSharpAnalyzerTest<GrantAnalyzer, DefaultVerifier>
    {
    }

    /// <summary>The package's analyzer and suppressor beside the SDK's property-value analyzer, as in a user's build.</summary>
    private sealed class SuppressionTest : CSharpAnalyzerTest<GrantAnalyzer, DefaultVerifier>
    {
        protected override System.Collections.Generic.IEnumerable<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> GetDiagnosticAnalyzers()
            => [new GrantAnalyzer(), new Suppressors.SdkPropertyValueAnalyzerDouble(), new LambdaPermissionAnalyzers.Suppressors.SdkPropertyValueSuppressor()];
    }

    private sealed class CodeFixTest<TCodeFix> : CSharpCodeFixTest<GrantAnalyzer, TCodeFix, DefaultVerifier>
        where TCodeFix : CodeFixProvider, new()
    {
    }
}
