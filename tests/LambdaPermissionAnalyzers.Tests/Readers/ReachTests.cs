using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Tests.Readers;

/// <summary>
/// Grants reach code in files that name no grant word: through a method, an alias, a field, a property or a record
/// parameter declared in another file, in nested and partial types and in top-level statements. Each test puts the
/// finding in a file that names no grant word (Test1.cs) and the grant's way there in another (Test0.cs): a design that
/// narrows the analysis by the files' text (see docs/benchmarks.md) must still report them.
/// </summary>
public class ReachTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    [Fact]
    public Task A_literal_passed_to_a_helper_declared_in_another_file() => VerifyAnalyzerAsync(
        [
            Usings + """
            public class Access
            {
                private readonly IAmazonLambda _lambda;
                public Access(IAmazonLambda lambda) => _lambda = lambda;
                public Task Allow(string qualifier) => _lambda.AddPermissionAsync(new AddPermissionRequest
                {
                    FunctionName = "orders",
                    StatementId = "auditors",
                    Action = "lambda:InvokeFunction",
                    Principal = "381492765013",
                    Qualifier = qualifier,
                });
            }
            """,
            """
            class Deployment
            {
                System.Threading.Tasks.Task Run(Access access) => access.Allow({|LPA0002:"$LATEST"|});
            }
            """,
        ]);

    [Fact]
    public Task A_field_and_a_property_declared_with_a_grant_type() => VerifyAnalyzerAsync(
        [
            Usings + """
            public class Settings
            {
                public AddPermissionRequest Request = new AddPermissionRequest();
                public List<AddPermissionRequest> Pending { get; } = new List<AddPermissionRequest>();
            }
            """,
            """
            class Tuning
            {
                void Pin(Settings settings)
                {
                    settings.Request.Qualifier = {|LPA0002:"$LATEST"|};
                    foreach (var request in settings.Pending)
                    {
                        request.Qualifier = {|LPA0002:"$LATEST"|};
                    }
                }
            }
            """,
        ]);

    [Fact]
    public Task A_primary_constructor_parameter_of_a_record() => VerifyAnalyzerAsync(
        [
            Usings + "public record Pending(AddPermissionRequest Request);",
            """
            class Tuning
            {
                void Pin(Pending pending) => pending.Request.Qualifier = {|LPA0002:"$LATEST"|};
            }
            """,
        ]);

    [Fact]
    public Task A_global_alias_of_a_grant_type() => VerifyAnalyzerAsync(
        [
            "global using Grant = Amazon.Lambda.Model.AddPermissionRequest;",
            """
            class Grants
            {
                object Make() => new Grant { FunctionName = "orders", Qualifier = {|LPA0002:"$LATEST"|} };
            }
            """,
        ]);

    [Fact]
    public Task A_type_nested_in_a_type_of_a_grant_file() => VerifyAnalyzerAsync(
        [
            Usings + """
            class Outer
            {
                object Make() => new AddPermissionRequest { FunctionName = "orders", Qualifier = {|LPA0002:"$LATEST"|} };

                class Inner
                {
                    object Make() => new AddPermissionRequest { FunctionName = "orders", Qualifier = {|LPA0002:"$LATEST"|} };

                    class Innermost
                    {
                        object Make() => new AddPermissionRequest { FunctionName = "orders", Qualifier = {|LPA0002:"$LATEST"|} };
                    }
                }
            }
            """,
        ]);

    [Fact]
    public Task A_partial_type_whose_other_part_is_in_a_grant_file() => VerifyAnalyzerAsync(
        [
            Usings + """
            partial class Deployment
            {
                private readonly List<AddPermissionRequest> _requests = new List<AddPermissionRequest>();
            }
            """,
            """
            partial class Deployment
            {
                void Pin() => _requests[0].Qualifier = {|LPA0002:"$LATEST"|};
            }
            """,
        ]);

    [Fact]
    public Task Top_level_statements() => VerifyAnalyzerAsync(
        OutputKind.ConsoleApplication,
        [
            Usings + """
            public static class Requests
            {
                public static AddPermissionRequest Make() => new AddPermissionRequest { FunctionName = "orders" };
            }
            """,
            """
            var request = Requests.Make();
            request.Qualifier = {|LPA0002:"$LATEST"|};
            """,
        ]);
}
