using LambdaPermissionAnalyzers.CodeFixes;

namespace LambdaPermissionAnalyzers.Tests;

public class LatestQualifierTests
{
    [Fact]
    public Task Qualifier_LATEST_is_reported_on_the_value() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "orders",
                StatementId = "AllowPartner",
                Action = "lambda:InvokeFunction",
                Principal = "381492765013",
                Qualifier = {|LPA0002:"$LATEST"|},
            });
        }
        """);

    [Fact]
    public Task Function_name_ending_in_LATEST_is_reported_also_when_partly_known() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            const string Latest = ":$LATEST";

            static AddPermissionRequest Literal() => new() { FunctionName = {|LPA0002:"orders:$LATEST"|} };

            static AddPermissionRequest Interpolated(string name) => new() { FunctionName = {|LPA0002:$"{name}:$LATEST"|} };

            static AddPermissionRequest Concatenated(string name) => new() { FunctionName = {|LPA0002:name + Latest|} };

            static AddPermissionRequest Arn(string account) => new() { FunctionName = {|LPA0002:$"arn:aws:lambda:us-east-1:{account}:function:orders:$LATEST"|} };
        }
        """);

    [Fact]
    public Task Versions_aliases_and_unknown_qualifiers_are_not_reported() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Alias() => new() { FunctionName = "orders", Qualifier = "live" };

            static AddPermissionRequest Version() => new() { FunctionName = "orders:7" };

            static AddPermissionRequest Published() => new() { FunctionName = "orders", Qualifier = "$LATEST.PUBLISHED" };

            static AddPermissionRequest FromConfig(string qualifier, string name) => new() { FunctionName = $"{name}:{qualifier}", Qualifier = qualifier };

            static AddPermissionRequest LowerCase() => new() { FunctionName = "orders", Qualifier = "latest" };
        }
        """);

    [Fact]
    public Task Fix_removes_the_qualifier_from_the_initializer() => VerifyCodeFixAsync<RemoveLatestQualifierCodeFix>("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "orders",
                Qualifier = {|LPA0002:"$LATEST"|},
                StatementId = "AllowPartner",
                Action = "lambda:InvokeFunction",
                Principal = "381492765013",
            });
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "orders",
                StatementId = "AllowPartner",
                Action = "lambda:InvokeFunction",
                Principal = "381492765013",
            });
        }
        """);

    [Fact]
    public Task Fix_removes_a_statement_and_trims_function_names() => VerifyFixAllAsync<RemoveLatestQualifierCodeFix>("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Statement()
            {
                var request = new AddPermissionRequest { FunctionName = "orders" };
                request.Qualifier = {|LPA0002:"$LATEST"|};
                return request;
            }

            static AddPermissionRequest Literal() => new() { FunctionName = {|LPA0002:"orders:$LATEST"|}, Qualifier = {|LPA0002:"$LATEST"|} };

            static AddPermissionRequest Interpolated(string name) => new() { FunctionName = {|LPA0002:$"{name}:$LATEST"|} };
        }
        """, """
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Statement()
            {
                var request = new AddPermissionRequest { FunctionName = "orders" };
                return request;
            }

            static AddPermissionRequest Literal() => new() { FunctionName = "orders" };

            static AddPermissionRequest Interpolated(string name) => new() { FunctionName = $"{name}" };
        }
        """);

    [Fact]
    public Task Qualifier_from_a_constant_elsewhere_is_reported_but_the_name_is_not_rewritten() => VerifyCodeFixAsync<RemoveLatestQualifierCodeFix>("""
        using Amazon.Lambda.Model;

        static class Names { public const string OrdersLatest = "orders:$LATEST"; }

        class Requests
        {
            static AddPermissionRequest Create() => new() { FunctionName = {|LPA0002:Names.OrdersLatest|} };
        }
        """, """
        using Amazon.Lambda.Model;

        static class Names { public const string OrdersLatest = "orders:$LATEST"; }

        class Requests
        {
            static AddPermissionRequest Create() => new() { FunctionName = {|LPA0002:Names.OrdersLatest|} };
        }
        """);
}
