namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0005 (ConflictingQualifierRule): FunctionName carries a qualifier and Qualifier names a different one.</summary>
public class ConflictingQualifierRuleTests
{
    [Fact]
    public Task Different_qualifiers_are_reported_on_the_qualifier() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] All() => new AddPermissionRequest[]
            {
                new() { FunctionName = "orders:live", Qualifier = {|LPA0005:"beta"|} },
                new() { FunctionName = "arn:aws:lambda:us-east-1:381492765013:function:orders:7", Qualifier = {|LPA0005:"8"|} },
                new() { FunctionName = "381492765013:function:orders:live", Qualifier = {|LPA0005:"7"|} },
            };
        }
        """);

    [Fact]
    public Task Message_names_both_qualifiers() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create() => new() { FunctionName = "orders:live", Qualifier = {|#0:"beta"|} };
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0005").WithLocation(0)
            .WithMessage("Qualifier 'beta' differs from the qualifier ':live' in FunctionName 'orders:live'; the Lambda API will reject this request: remove the Qualifier or the suffix"));

    [Fact]
    public Task Agreeing_missing_or_unknown_qualifiers_are_not_reported() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest[] All(string name, string qualifier) => new AddPermissionRequest[]
            {
                new() { FunctionName = "orders:live", Qualifier = "live" },
                new() { FunctionName = "orders", Qualifier = "beta" },
                new() { FunctionName = "arn:aws:lambda:us-east-1:381492765013:function:orders", Qualifier = "7" },
                new() { FunctionName = "381492765013:function:orders", Qualifier = "7" },
                new() { FunctionName = "us-east-1:381492765013:function:orders", Qualifier = "7" },
                new() { FunctionName = name, Qualifier = "beta" },
                new() { FunctionName = $"{name}:live", Qualifier = "beta" },
                new() { FunctionName = "orders:live", Qualifier = qualifier },
            };
        }
        """);
}
