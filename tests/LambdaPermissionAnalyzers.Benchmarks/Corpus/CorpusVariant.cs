namespace LambdaPermissionAnalyzers.Benchmarks.Corpus;

/// <summary>The two shapes of the generated project the benchmarks compile.</summary>
public enum CorpusVariant
{
    /// <summary>References AWSSDK.Lambda; 20 of the files grant access to a function.</summary>
    WithGrants,

    /// <summary>The same files without the grants, and no AWSSDK.Lambda reference.</summary>
    WithoutLambdaSdk,

    /// <summary>As <see cref="WithGrants"/>, but every other grant goes through a factory, a helper that finishes it, or a method that sends it from its parameter.</summary>
    WithGrantsThroughCalls,
}
