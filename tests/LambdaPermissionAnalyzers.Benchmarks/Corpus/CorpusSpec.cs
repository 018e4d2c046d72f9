using System.Collections.Immutable;

namespace LambdaPermissionAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Which project to generate: its shape, how many files (the shared kernel included) and how many of them grant.
/// The standard projects have 500 files and 20 grants; the scale mode varies one number at a time.
/// </summary>
public sealed record CorpusSpec(CorpusVariant Variant, int FileCount = CorpusSpec.StandardFileCount, int GrantCount = CorpusSpec.StandardGrantCount)
{
    public const int StandardFileCount = 500;

    public const int StandardGrantCount = 20;

    /// <summary>The projects every mode measures unless told otherwise: each variant at the standard size.</summary>
    public static ImmutableArray<CorpusSpec> Standard { get; } = ImmutableArray.Create(
        new CorpusSpec(CorpusVariant.WithGrants),
        new CorpusSpec(CorpusVariant.WithoutLambdaSdk),
        new CorpusSpec(CorpusVariant.WithGrantsThroughCalls));

    /// <summary>How the cost grows: with the project's size (100, 500, 2,000 files, 20 grants) and with the grants (0, 20, 200 in 500 files).</summary>
    public static ImmutableArray<CorpusSpec> Scale { get; } = ImmutableArray.Create(
        new CorpusSpec(CorpusVariant.WithGrants, 100),
        new CorpusSpec(CorpusVariant.WithGrants),
        new CorpusSpec(CorpusVariant.WithGrants, 2000),
        new CorpusSpec(CorpusVariant.WithGrants, GrantCount: 0),
        new CorpusSpec(CorpusVariant.WithGrants, GrantCount: 200));

    /// <summary>How many files grant: none without the SDK.</summary>
    public int Grants => Variant == CorpusVariant.WithoutLambdaSdk ? 0 : GrantCount;

    public override string ToString()
        => FileCount == StandardFileCount && GrantCount == StandardGrantCount
            ? Variant.ToString()
            : $"{Variant}, {FileCount} files, {Grants} grants";
}
