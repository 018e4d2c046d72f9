namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0003 (FunctionNameRule): the function name is empty, too long or not a name/ARN.</summary>
public class FunctionNameRuleTests
{
    private const string Name65 = "a234567890381492765013345678903814927650133456789038149276501334x";

    [Fact]
    public Task Empty_too_long_and_malformed_names_are_reported() => VerifyAnalyzerAsync($$"""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Empty() => new() { FunctionName = {|LPA0003:""|} };

            static AddPermissionRequest BareNameOver64() => new() { FunctionName = {|LPA0003:"{{Name65}}"|} };

            static AddPermissionRequest Space() => new() { FunctionName = {|LPA0003:"orders service"|} };

            static AddPermissionRequest Slash() => new() { FunctionName = {|LPA0003:"team/orders"|} };

            static AddPermissionRequest NotAnArn() => new() { FunctionName = {|LPA0003:"arn:aws:s3:::orders"|} };

            static AddPermissionRequest TwoQualifiers() => new() { FunctionName = {|LPA0003:"orders:live:7"|} };
        }
        """);

    [Fact]
    public Task Message_says_what_is_wrong() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Space() => new() { FunctionName = {|#0:"orders service"|} };
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0003").WithLocation(0)
            .WithArguments("orders service", "contains a space, which a function name or ARN cannot contain; the Lambda API will reject this request"));

    [Fact]
    public Task Older_sdk_maximum_says_to_update_the_sdk() => VerifyAnalyzerAsync($$"""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Long() => new() { FunctionName = {|#0:"{{"arn:aws:lambda:us-east-1:381492765013:function:" + new string('a', 64) + ":" + new string('b', 40)}}"|} };
        }
        """,
        SdkShape.V3,
        Diagnostic("LPA0003").WithLocation(0)
            .WithArguments(
                "arn:aws:lambda:us-east-1:381492765013:function:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...",
                "is 152 characters long, more than the 140 this version of AWSSDK.Lambda declares; use a shorter name or ARN, or update AWSSDK.Lambda (the API allows 256 since December 2025)"));

    [Fact]
    public Task Every_documented_name_format_is_accepted() => VerifyAnalyzerAsync($$"""
        using Amazon.Lambda.Model;

        class Requests
        {
            const string Prefix = "orders";

            static AddPermissionRequest[] All(string name, string region) => new AddPermissionRequest[]
            {
                new() { FunctionName = "my-function" },
                new() { FunctionName = "my_function.v2" },
                new() { FunctionName = "my-function:v1" },
                new() { FunctionName = "my-function:7" },
                new() { FunctionName = "arn:aws:lambda:us-west-2:381492765013:function:my-function" },
                new() { FunctionName = "arn:aws-cn:lambda:cn-north-1:381492765013:function:my-function:live" },
                new() { FunctionName = "arn:aws-us-gov:lambda:us-gov-west-1:381492765013:function:my-function" },
                new() { FunctionName = "381492765013:function:my-function" },
                new() { FunctionName = "{{Name65.Substring(1)}}" },
                new() { FunctionName = Prefix + "-handler" },
                new() { FunctionName = nameof(Requests) },
                new() { FunctionName = name },
                new() { FunctionName = $"arn:aws:lambda:{region}:381492765013:function:{name}" },
                new() { FunctionName = $"{name}-{region}" },
                new() { FunctionName = null },
            };
        }
        """);

    [Fact]
    public Task Partly_known_names_are_reported_only_when_the_literal_parts_prove_it() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Space(string env) => new() { FunctionName = {|LPA0003:$"orders {env}"|} };

            static AddPermissionRequest Fine(string env) => new() { FunctionName = $"orders-{env}" };
        }
        """);

    [Fact]
    public Task Sdk_maximum_comes_from_the_referenced_assembly()
    {
        var arn = "arn:aws:lambda:us-east-1:381492765013:function:" + new string('a', 64) + ":" + new string('b', 40);
        var source = $$"""
            using Amazon.Lambda.Model;

            class Requests
            {
                static AddPermissionRequest Long() => new() { FunctionName = "{{arn}}" };
            }
            """;
        return Task.WhenAll(
            VerifyAnalyzerAsync(source, SdkShape.V4),
            VerifyAnalyzerAsync(source.Replace("= \"arn", "= {|LPA0003:\"arn").Replace("\" };", "\"|} };"), SdkShape.V3));
    }

    /// <summary>An ARN of exactly <paramref name="maximum"/> characters is accepted and one more is reported, in the SDK shape that declares that maximum.</summary>
    [Theory]
    [InlineData(SdkShape.V3, 140)]
    [InlineData(SdkShape.V4, 256)]
    public Task Length_limit_is_exact_on_both_sides(SdkShape shape, int maximum)
    {
        const string Prefix = "arn:aws:lambda:us-east-1:381492765013:function:orders:";
        var atLimit = Prefix + new string('a', maximum - Prefix.Length);
        var overLimit = atLimit + "b";
        return VerifyAnalyzerAsync($$"""
            using Amazon.Lambda.Model;

            class Requests
            {
                static AddPermissionRequest AtLimit() => new() { FunctionName = "{{atLimit}}" };
                static AddPermissionRequest OverLimit() => new() { FunctionName = {|LPA0003:"{{overLimit}}"|} };
            }
            """,
            shape);
    }

    private const string Rejected = "; the Lambda API will reject this request";

    private const string Arn257 = "arn:aws:lambda:us-east-1:381492765013:function:orders:" + Name65 + Name65 + Name65 + "a2345678";

    /// <summary>Messages show the first 77 characters of a value longer than 80.</summary>
    private const string Arn257Shown = "arn:aws:lambda:us-east-1:381492765013:function:orders:a2345678903814927650133...";

    /// <summary>A value of exactly 80 characters is shown whole.</summary>
    private const string Name80 = "arn:aws:s3:::" + Name65 + "ab";

    /// <summary>Each problem has its own message: one case per message, at the exact limits.</summary>
    [Theory]
    [InlineData("\"\"", "", "is empty" + Rejected)]
    [InlineData("\"" + Name65 + "\"", Name65, "is 65 characters long, but a function name without an ARN is limited to 64" + Rejected)]
    [InlineData("\"orders\\tlive\"", "orders\tlive", "contains a line break or tab, which a function name or ARN cannot contain" + Rejected)]
    [InlineData("\"team/orders\"", "team/orders", "contains '/', which a function name or ARN cannot contain" + Rejected)]
    [InlineData("\"arn:aws:s3:::orders\"", "arn:aws:s3:::orders", "is not a function name, a name with a version or alias, a partial ARN (123456789012:function:name) or a function ARN (arn:aws:lambda:region:account:function:name)" + Rejected)]
    [InlineData("$\"team/{env}\"", "team/{…}", "contains '/', which a function name or ARN cannot contain" + Rejected)]
    [InlineData("\":" + Name65 + "\"", ":" + Name65, "is not a function name, a name with a version or alias, a partial ARN (123456789012:function:name) or a function ARN (arn:aws:lambda:region:account:function:name)" + Rejected)]
    [InlineData("\"" + Arn257 + "\"", Arn257Shown, "is 257 characters long, more than the 256 the API allows" + Rejected)]
    [InlineData("\"" + Name80 + "\"", Name80, "is not a function name, a name with a version or alias, a partial ARN (123456789012:function:name) or a function ARN (arn:aws:lambda:region:account:function:name)" + Rejected)]
    public Task Message_says_what_is_wrong_for_each_problem(string expression, string display, string problem) => VerifyAnalyzerAsync($$"""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Create(string env) => new() { FunctionName = {|#0:{{expression}}|} };
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0003").WithLocation(0).WithArguments(display, problem));

    /// <summary>The literal parts of a partly known name are already too long: the message says "at least", in both SDK shapes.</summary>
    [Theory]
    [InlineData(SdkShape.V4, 256, "is at least 257 characters long, more than the 256 the API allows" + Rejected)]
    [InlineData(SdkShape.V3, 140, "is at least 141 characters long, more than the 140 this version of AWSSDK.Lambda declares; use a shorter name or ARN, or update AWSSDK.Lambda (the API allows 256 since December 2025)")]
    public Task Partly_known_names_are_at_least_as_long_as_their_literal_parts(SdkShape shape, int maximum, string problem)
    {
        const string Prefix = "arn:aws:lambda:us-east-1:381492765013:function:";
        var atLimit = Prefix + new string('a', maximum - Prefix.Length);
        return VerifyAnalyzerAsync($$"""
            using Amazon.Lambda.Model;

            class Requests
            {
                static AddPermissionRequest AtLimit(string env) => new() { FunctionName = $"{{atLimit}}{env}" };
                static AddPermissionRequest OverLimit(string env) => new() { FunctionName = {|#0:$"{{atLimit}}b{env}"|} };
            }
            """,
            shape,
            Diagnostic("LPA0003").WithLocation(0).WithArguments(Prefix + new string('a', 30) + "...", problem));
    }

    /// <summary>A function URL attaches to a name or an alias; its API limits the function's own name to 64 characters in every form.</summary>
    [Theory]
    [InlineData("orders:7", "is not a function name (at most 64 characters), a name with an alias, a partial ARN or a function ARN; function URLs do not attach to version numbers" + Rejected)]
    [InlineData("arn:aws:lambda:us-east-1:381492765013:function:" + Name65, "names a function of 65 characters, but a function name is limited to 64" + Rejected)]
    public Task Function_url_names_have_their_own_messages(string functionName, string problem) => VerifyAnalyzerAsync($$"""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Requests
        {
            static CreateFunctionUrlConfigRequest Create() => new() { FunctionName = {|#0:"{{functionName}}"|}, AuthType = FunctionUrlAuthType.AWS_IAM };
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0003").WithLocation(0).WithArguments(functionName.Length <= 80 ? functionName : functionName.Substring(0, 77) + "...", problem));

    [Fact]
    public void The_sdk_s_declared_limit_is_read_only_for_a_name_longer_than_a_bare_name()
    {
        // Decoding the SDK's attributes is a tenth of the first grant's cost in a fresh compiler process: a name that no
        // limit could reject must not ask for it.
        var reads = 0;
        var grant = new LambdaPermissionAnalyzers.Model.Grant(
            LambdaPermissionAnalyzers.Model.GrantKind.AddPermissionRequest,
            Microsoft.CodeAnalysis.Location.None,
            System.Collections.Immutable.ImmutableArray<LambdaPermissionAnalyzers.Model.GrantWrite>.Empty,
            sendLocation: null,
            allWritesVisible: true,
            new System.Lazy<int?>(() => { reads++; return 140; }),
            System.Collections.Immutable.ImmutableHashSet<string>.Empty);

        Assert.Null(LambdaPermissionAnalyzers.Rules.FunctionNameRule.Check(grant, LambdaPermissionAnalyzers.Model.GrantValue.FromConstant(new string('a', 64))));
        Assert.Null(LambdaPermissionAnalyzers.Rules.FunctionNameRule.Check(grant, LambdaPermissionAnalyzers.Model.GrantValue.FromParts([new string('a', 60), null])));
        Assert.Equal(0, reads);

        var arn = "arn:aws:lambda:eu-west-1:381492765013:function:" + new string('a', 100);
        Assert.StartsWith("is 147 characters long, more than the 140", LambdaPermissionAnalyzers.Rules.FunctionNameRule.Check(grant, LambdaPermissionAnalyzers.Model.GrantValue.FromConstant(arn)));
        Assert.Equal(1, reads);
    }
}
