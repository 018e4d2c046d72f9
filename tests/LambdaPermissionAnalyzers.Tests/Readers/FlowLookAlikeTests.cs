namespace LambdaPermissionAnalyzers.Tests.Readers;

/// <summary>
/// Flow shapes that look like others: tuple assignments to a grant's members, a local kept by a call, condition
/// members that are not constants. Each pins what the reader takes for a write, an escape or an unknown value.
/// </summary>
public class FlowLookAlikeTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    [Fact]
    public Task Tuple_assignments_write_each_member() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                var request = new AddPermissionRequest { FunctionName = "orders", Principal = "381492765013" };
                (request.StatementId, request.Action) = ("AllowPartner", "lambda:InvokeFunction");
                await lambda.AddPermissionAsync(request);

                var wide = new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowAll" };
                (wide.Action, wide.Principal) = ({|LPA0104:"lambda:*"|}, {|LPA0103:"*"|});
                await lambda.AddPermissionAsync(wide);

                // Deconstructed from a value that is no tuple literal: written, with values not known.
                var unknown = new AddPermissionRequest { FunctionName = "orders" };
                (unknown.StatementId, unknown.Action, unknown.Principal) = Pick();
                await lambda.AddPermissionAsync(unknown);

                // A nested tuple: each member still gets its own element.
                var nested = new AddPermissionRequest { FunctionName = "orders" };
                (nested.StatementId, (nested.Action, nested.Principal)) = ("AllowNested", ("lambda:InvokeFunction", {|LPA0004:"381492765013 "|}));
                await lambda.AddPermissionAsync(nested);
            }

            static (string, string, string) Pick() => ("AllowPartner", "lambda:*", "*");
        }
        """);
}
