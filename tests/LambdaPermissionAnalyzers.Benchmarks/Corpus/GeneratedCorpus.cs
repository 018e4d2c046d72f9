using System.Collections.Immutable;

namespace LambdaPermissionAnalyzers.Benchmarks.Corpus;

/// <summary>One source file of the generated project.</summary>
internal sealed record SourceFile(string Path, string Text);

/// <summary>
/// The generated project's sources, and the ids of the diagnostics GrantAnalyzer must report on them,
/// sorted (one entry per expected diagnostic).
/// </summary>
internal sealed record GeneratedCorpus(
    CorpusSpec Spec,
    ImmutableArray<SourceFile> Files,
    ImmutableArray<string> ExpectedGrantDiagnostics,
    int GrantCount);
