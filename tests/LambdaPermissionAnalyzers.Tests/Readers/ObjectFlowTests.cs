namespace LambdaPermissionAnalyzers.Tests.Readers;

/// <summary>
/// How the readers follow a grant object through its method: which uses write, read, send, return or let it escape,
/// and which writes a send sees. Each fact beside the look-alike that changes it.
/// </summary>
public class ObjectFlowTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    [Fact]
    public Task A_write_after_the_send_reaches_the_next_iteration_only_when_the_object_outlives_it() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string[] accounts)
            {
                // Created before the loop: the next iteration sends the write, even from inside an if (and the same id).
                var shared = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", StatementId = {|LPA0006:"s0"|}, Principal = "381492765013" };
                foreach (var account in accounts)
                {
                    await lambda.AddPermissionAsync(shared);
                    if (account.Length > 0)
                    {
                        shared.Qualifier = {|LPA0002:"$LATEST"|};
                    }
                }

                // Created in the loop: each iteration sends a new object, the write after its send reaches nothing.
                foreach (var account in accounts)
                {
                    var each = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", StatementId = "s" + account, Principal = account };
                    await lambda.AddPermissionAsync(each);
                    each.Qualifier = "$LATEST";
                }
            }
        }
        """);

    [Fact]
    public Task Reading_the_object_before_the_send_keeps_every_write_visible() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                var read = new {|LPA0001:AddPermissionRequest|} { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                Console.WriteLine(read.ToString() + read.FunctionName + nameof(read));
                await lambda.AddPermissionAsync(read);

                AddPermissionRequest assigned;
                assigned = new {|LPA0001:AddPermissionRequest|} { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                await lambda.AddPermissionAsync(assigned);

                // Look-alikes: handed to unknown code before the send, or written with ??= (a write, maybe of the id).
                var logged = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                Log(logged);
                await lambda.AddPermissionAsync(logged);

                var coalesced = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                coalesced.StatementId ??= "AllowPartner";
                await lambda.AddPermissionAsync(coalesced);
            }

            static void Log(object value) => Console.WriteLine(value);
        }
        """);

    [Fact]
    public Task A_factory_that_hands_the_object_away_before_returning_it_hides_its_writes() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            private readonly List<AddPermissionRequest> _log = new();

            async Task GrantAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync({|LPA0001:Visible()|});
                await lambda.AddPermissionAsync(Logged());
            }

            static AddPermissionRequest Visible()
            {
                var request = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                return request;
            }

            AddPermissionRequest Logged()
            {
                var request = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                _log.Add(request);
                return request;
            }
        }
        """);
}
