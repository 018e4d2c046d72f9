using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Tests;

/// <summary>
/// Nets over the whole package: realistic correct code yields nothing, and broken, half-typed code (as the IDE
/// analyzes it mid-edit) never makes an analyzer throw.
/// </summary>
public class WholePackageTests
{
    public static TheoryData<string> ValidFiles() => Corpus("Corpus/Valid/");

    public static TheoryData<string> BrokenFiles() => Corpus("Corpus/Broken/");

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public async Task Correct_code_compiles_and_yields_no_diagnostic(string file)
    {
        var compilation = await TestCompilation.CreateAsync(SdkShape.V4, ReadCorpus(file));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var (diagnostics, exceptions) = await TestCompilation.AnalyzeAsync(compilation);
        Assert.Empty(exceptions);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task All_correct_files_together_yield_no_diagnostic_on_every_sdk_shape()
    {
        var sources = CorpusNames("Corpus/Valid/").Select(ReadCorpus).ToArray();
        foreach (var shape in new[] { SdkShape.V4, SdkShape.V3, SdkShape.V3PreInvokedViaFunctionUrl, SdkShape.V3PreFunctionUrl, SdkShape.None })
        {
            var compilation = await TestCompilation.CreateAsync(shape, sources);
            var (diagnostics, exceptions) = await TestCompilation.AnalyzeAsync(compilation);
            Assert.Empty(exceptions);
            Assert.Empty(diagnostics);
        }
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task Broken_code_never_makes_the_analyzer_throw(string file)
    {
        var source = ReadCorpus(file);
        var compilation = await TestCompilation.CreateAsync(SdkShape.V4, source);
        Assert.NotEmpty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var (_, exceptions) = await TestCompilation.AnalyzeAsync(compilation);
        Assert.Empty(exceptions);

        // Every prefix of the file too: the states a file passes through while it is typed.
        for (var length = 0; length < source.Length; length += 37)
        {
            var prefix = await TestCompilation.CreateAsync(SdkShape.V4, source.Substring(0, length));
            Assert.Empty((await TestCompilation.AnalyzeAsync(prefix)).Exceptions);
        }
    }

    [Fact]
    public async Task Half_typed_partial_class_across_two_files_never_makes_the_analyzer_throw()
    {
        // One file holds the factory, the helper and the sender; the other calls them while it is being typed.
        const string Helpers = """
            using System.Threading.Tasks;
            using Amazon.Lambda;
            using Amazon.Lambda.Model;

            partial class Wiring
            {
                static AddPermissionRequest ForBucket(string principal) => new() { FunctionName = "thumbnails", Principal = principal };

                static void Name(AddPermissionRequest request) => Name(request);

                partial void Finish(AddPermissionRequest request);

                Task WireAsync(IAmazonLambda lambda, string principal) => lambda.AddPermissionAsync(ForBucket(principal));
            }
            """;
        const string Caller = """
            using System.Threading.Tasks;
            using Amazon.Lambda;
            using Amazon.Lambda.Model;

            partial class Wiring
            {
                partial void Finish(AddPermissionRequest request) { request.StatementId = "AllowS3Invoke"; Finish(request); }

                async Task SetupAsync(IAmazonLambda lambda, string[] buckets)
                {
                    var request = ForBucket("s3.amazonaws.com");
                    Name(request);
                    Finish(request);
                    foreach (var bucket in buckets)
                    {
                        await lambda.AddPermissionAsync(request);
                        await WireAsync(lambda, "sns.amazonaws.com");
                    }
                }
            }
            """;

        for (var length = 0; length <= Caller.Length; length += 23)
        {
            var compilation = await TestCompilation.CreateAsync(SdkShape.V4, Helpers, Caller.Substring(0, length));
            Assert.Empty((await TestCompilation.AnalyzeAsync(compilation)).Exceptions);
        }
    }

    [Theory]
    [InlineData("Corpus/Valid/DepthLookAlikes.cs")]
    [InlineData("Corpus/Valid/CdkDepthLookAlikes.cs")]
    public async Task Correct_depth_code_with_a_line_deleted_never_makes_the_analyzer_throw(string file)
    {
        // Deleting a line mid-edit leaves factories without returns, helpers without bodies, loops without ends.
        var lines = ReadCorpus(file).Split('\n');
        for (var deleted = 0; deleted < lines.Length; deleted += 5)
        {
            var source = string.Join("\n", lines.Where((_, i) => i != deleted));
            var compilation = await TestCompilation.CreateAsync(SdkShape.V4, source);
            Assert.Empty((await TestCompilation.AnalyzeAsync(compilation)).Exceptions);
        }
    }

    [Fact]
    public async Task Empty_source_yields_nothing()
    {
        var (diagnostics, exceptions) = await TestCompilation.AnalyzeAsync(await TestCompilation.CreateAsync(SdkShape.V4, string.Empty));
        Assert.Empty(exceptions);
        Assert.Empty(diagnostics);
    }

    private static TheoryData<string> Corpus(string prefix)
    {
        var data = new TheoryData<string>();
        foreach (var name in CorpusNames(prefix))
        {
            data.Add(name);
        }

        return data;
    }

    private static IEnumerable<string> CorpusNames(string prefix)
        => typeof(WholePackageTests).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, System.StringComparison.Ordinal)).Order();

    private static string ReadCorpus(string resource)
    {
        using var stream = typeof(WholePackageTests).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
