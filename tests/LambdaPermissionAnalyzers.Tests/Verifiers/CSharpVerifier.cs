using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace LambdaPermissionAnalyzers.Tests.Verifiers;

/// <summary>
/// The one verifier the tests use: runs <see cref="GrantAnalyzer"/> (and a fix) over C# sources compiled against
/// .NET 8 reference assemblies, AWSSDK.Core and the AWSSDK.Lambda stand-in. Diagnostics are given as markup on
/// exact spans: <c>{|LPA0001:AddPermissionRequest|}</c>. Compiler errors in a source fail the test.
/// </summary>
public static class CSharpVerifier
{
    public static DiagnosticResult Diagnostic(string id) => new(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);

    /// <summary>Checks the analyzer reports exactly the marked diagnostics.</summary>
    public static async Task VerifyAnalyzerAsync(string source, SdkShape shape = SdkShape.V4, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        await test.UseSdkAsync(shape).ConfigureAwait(false);
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

    /// <summary>Checks the analyzer reports exactly the marked diagnostics in a project that references the AWS CDK (and no AWSSDK.Lambda).</summary>
    public static Task VerifyCdkAnalyzerAsync(string source, params DiagnosticResult[] expected)
        => VerifyCdkAnalyzerAsync(source, AwsCdk.References, expected);

    /// <summary>As <see cref="VerifyCdkAnalyzerAsync(string, DiagnosticResult[])"/>, against other CDK assemblies (a stand-in of a newer CDK).</summary>
    public static async Task VerifyCdkAnalyzerAsync(string source, System.Collections.Immutable.ImmutableArray<MetadataReference> cdk, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source, ReferenceAssemblies = AwsSdk.ReferenceAssemblies };
        test.TestState.AdditionalReferences.AddRange(cdk);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>As <see cref="VerifyCodeFixAsync{TCodeFix}"/>, in a project that references the AWS CDK.</summary>
    public static async Task VerifyCdkCodeFixAsync<TCodeFix>(string source, string fixedSource)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CodeFixTest<TCodeFix> { TestCode = source, FixedCode = fixedSource, ReferenceAssemblies = AwsSdk.ReferenceAssemblies };
        test.TestState.AdditionalReferences.AddRange(AwsCdk.References);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        await test.RunAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Checks the diagnostics of <paramref name="source"/>, applies the fix, and compares with <paramref name="fixedSource"/> (Fix All too).</summary>
    public static Task VerifyCodeFixAsync<TCodeFix>(string source, string fixedSource, SdkShape shape = SdkShape.V4)
        where TCodeFix : CodeFixProvider, new()
        => RunFixAsync<TCodeFix>(source, fixedSource, shape, fixAll: false);

    /// <summary>
    /// As <see cref="VerifyCodeFixAsync{TCodeFix}(string, string, SdkShape)"/> in a project on <paramref name="languageVersion"/>
    /// (.NET Framework 4.x projects default to C# 7.3): the fixed code must compile there too.
    /// </summary>
    public static Task VerifyCodeFixAsync<TCodeFix>(string source, string fixedSource, LanguageVersion languageVersion, SdkShape shape = SdkShape.V4)
        where TCodeFix : CodeFixProvider, new()
        => RunFixAsync<TCodeFix>(source, fixedSource, shape, fixAll: false, languageVersion);

    /// <summary>Applies the fix to every diagnostic of the document at once (Fix All), and compares with <paramref name="fixedSource"/>.</summary>
    public static Task VerifyFixAllAsync<TCodeFix>(string source, string fixedSource, SdkShape shape = SdkShape.V4)
        where TCodeFix : CodeFixProvider, new()
        => RunFixAsync<TCodeFix>(source, fixedSource, shape, fixAll: true);

    private static async Task RunFixAsync<TCodeFix>(string source, string fixedSource, SdkShape shape, bool fixAll, LanguageVersion? languageVersion = null)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CodeFixTest<TCodeFix> { TestCode = source, FixedCode = fixedSource };
        await test.UseSdkAsync(shape).ConfigureAwait(false);
        if (languageVersion is { } version)
        {
            test.SolutionTransforms.Add((solution, projectId) =>
                solution.WithProjectParseOptions(projectId, ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(version)));
        }

        // Markup in the fixed source names what must stay reported (a member no fix can guess, a placeholder).
        test.FixedState.MarkupHandling = MarkupMode.Allow;

        // Either way the library applies single fixes until none is left, then Fix All in document, project and
        // solution scope, and compares both results with the fixed source.
        if (fixAll)
        {
            // Several occurrences: Fix All must reach the fixed source in one pass.
            test.NumberOfFixAllIterations = 1;
        }

        await test.RunAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private static async Task UseSdkAsync<T>(this T test, SdkShape shape)
        where T : AnalyzerTest<DefaultVerifier>
    {
        test.ReferenceAssemblies = AwsSdk.ReferenceAssemblies;
        test.TestState.AdditionalReferences.AddRange(await AwsSdk.GetReferencesAsync(shape).ConfigureAwait(false));
    }

    /// <summary>How the test project differs from a plain application project.</summary>
    /// <param name="EditorConfig">Lines of the <c>[*.cs]</c> section of the project's .editorconfig.</param>
    /// <param name="ReferencesXunit">The project references xunit (a test project).</param>
    public sealed record ProjectSetup(string? EditorConfig = null, bool ReferencesXunit = false);

    private sealed class AnalyzerTest : CSharpAnalyzerTest<GrantAnalyzer, DefaultVerifier>
    {
    }

    private sealed class CodeFixTest<TCodeFix> : CSharpCodeFixTest<GrantAnalyzer, TCodeFix, DefaultVerifier>
        where TCodeFix : CodeFixProvider, new()
    {
    }
}
