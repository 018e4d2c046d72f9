namespace LambdaPermissionAnalyzers.Benchmarks.Corpus;

/// <summary>
/// The names one generated file is built around: its namespace (<c>Contoso.Orders</c>), the entity it
/// declares (<c>OrderBatch</c>) and a lower-case slug for strings (<c>order-batch</c>).
/// </summary>
internal sealed record FeatureName(string Namespace, string Entity, string Slug)
{
    /// <summary>The entity in prose, for comments (<c>order batch</c>).</summary>
    public string Words => Slug.Replace('-', ' ');
}
