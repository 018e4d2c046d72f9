namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>LPA0001 (RequiredMembersRule): a sent grant lacks FunctionName, StatementId, Action or Principal.</summary>
public class RequiredMembersRuleTests
{
    [Fact]
    public Task Request_without_statement_id_is_reported_on_the_type_name() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(new {|LPA0001:AddPermissionRequest|}
                {
                    FunctionName = "orders",
                    Action = "lambda:InvokeFunction",
                    Principal = "381492765013",
                });
            }
        }
        """);

    [Fact]
    public Task Message_names_every_missing_member() => VerifyAnalyzerAsync("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            void Grant(IAmazonLambda lambda)
            {
                lambda.AddPermission(new {|#0:AddPermissionRequest|} { FunctionName = "orders", Principal = null });
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0001").WithLocation(0)
            .WithArguments("AddPermissionRequest", "StatementId, Action and Principal (set to null)", "the Lambda API will reject this request"));

    [Fact]
    public Task Target_typed_new_is_reported_on_the_new_keyword() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task<AddPermissionResponse> GrantAsync(IAmazonLambda lambda)
            {
                AddPermissionRequest request = {|LPA0001:new|}() { FunctionName = "orders", StatementId = "s1", Principal = "381492765013" };
                return lambda.AddPermissionAsync(request);
            }
        }
        """);

    [Fact]
    public Task Fully_qualified_and_aliased_types_are_read() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using LambdaPermission = Amazon.Lambda.Model.AddPermissionRequest;

        class Deployer
        {
            async Task GrantAsync(Amazon.Lambda.AmazonLambdaClient client)
            {
                await client.AddPermissionAsync(new {|LPA0001:LambdaPermission|} { FunctionName = "a", Principal = "381492765013", Action = "lambda:InvokeFunction" });
                await client.AddPermissionAsync(new {|LPA0001:Amazon.Lambda.Model.AddPermissionRequest|} { FunctionName = "a", Principal = "381492765013", StatementId = "x" });
            }
        }
        """);

    [Fact]
    public Task Local_assigned_property_by_property_is_read() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string functionName)
            {
                var request = new {|LPA0001:AddPermissionRequest|}();
                request.FunctionName = functionName;
                request.Principal = "sns.amazonaws.com";
                request.SourceArn = "arn:aws:sns:us-east-1:381492765013:orders";
                await lambda.AddPermissionAsync(request);
            }
        }
        """);

    [Fact]
    public Task Write_inside_a_branch_counts_as_a_write() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, bool production, string id)
            {
                var request = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                if (production)
                {
                    request.StatementId = id;
                }
                else
                {
                    request.Qualifier = "staging";
                }

                await lambda.AddPermissionAsync(request);
            }
        }
        """);

    [Theory]
    [InlineData("Configure(request);")]
    [InlineData("_pending = request;")]
    [InlineData("System.Action later = () => request.StatementId = \"late\";")]
    [InlineData("Fill(ref request);")]
    [InlineData("object boxed = request;")]
    public Task Request_that_escapes_before_it_is_sent_is_not_reported(string escape) => VerifyAnalyzerAsync($$"""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            private AddPermissionRequest _pending;

            async Task GrantAsync(IAmazonLambda lambda)
            {
                var request = new AddPermissionRequest { FunctionName = "orders", Principal = "381492765013" };
                {{escape}}
                await lambda.AddPermissionAsync(request);
            }

            // Stores the request: whatever reads the list later may write it.
            static void Configure(AddPermissionRequest request) => Registered.Add(request);

            static readonly System.Collections.Generic.List<AddPermissionRequest> Registered = new();

            static void Fill(ref AddPermissionRequest request) => request = new AddPermissionRequest();
        }
        """);

    [Fact]
    public Task Escape_after_the_send_does_not_hide_the_mistake() => VerifyAnalyzerAsync("""
        using System;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                var request = new {|LPA0001:AddPermissionRequest|} { FunctionName = "orders", Principal = "381492765013", StatementId = "s1" };
                await lambda.AddPermissionAsync(request);
                Console.WriteLine(request);
            }
        }
        """);

    [Fact]
    public Task Request_from_a_factory_is_reported_on_the_factory_call_and_a_request_never_sent_is_not() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            static AddPermissionRequest Create() => new AddPermissionRequest { FunctionName = "orders" };

            async Task GrantAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync({|LPA0001:Create()|});
                var unsent = new AddPermissionRequest { FunctionName = "orders" };
                _ = unsent.FunctionName;
            }
        }
        """);

    [Fact]
    public Task Sent_through_begin_add_permission_on_V3() => VerifyAnalyzerAsync("""
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            void Grant(AmazonLambdaClient client)
            {
                var request = new {|LPA0001:AddPermissionRequest|} { FunctionName = "orders", Principal = "381492765013" };
                var pending = client.BeginAddPermission(request, null, null);
                client.EndAddPermission(pending);
            }
        }
        """,
        SdkShape.V3);

    [Fact]
    public Task Sent_through_a_type_implementing_the_interface() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        abstract class LoggingLambda : AmazonLambdaClient
        {
        }

        class Deployer
        {
            Task GrantAsync(LoggingLambda lambda)
                => lambda.AddPermissionAsync(new {|LPA0001:AddPermissionRequest|} { FunctionName = "orders", Principal = "381492765013", Action = "lambda:InvokeFunction" });
        }
        """);

    [Fact]
    public Task Other_services_and_application_types_with_the_same_name_are_never_reported() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;

        namespace Amazon.SQS.Model
        {
            public class AddPermissionRequest { public string QueueUrl { get; set; } public string Label { get; set; } }
        }

        namespace Amazon.SimpleNotificationService.Model
        {
            public class AddPermissionRequest { public string TopicArn { get; set; } public string Label { get; set; } }
        }

        namespace MyApp
        {
            public class AddPermissionRequest { public string FunctionName { get; set; } public string Qualifier { get; set; } }

            public interface IQueues { Task AddPermissionAsync(Amazon.SQS.Model.AddPermissionRequest request); }

            class Deployer
            {
                async Task GrantAsync(IQueues queues)
                {
                    await queues.AddPermissionAsync(new Amazon.SQS.Model.AddPermissionRequest { QueueUrl = "q" });
                    _ = new Amazon.SimpleNotificationService.Model.AddPermissionRequest { TopicArn = "t" };
                    _ = new AddPermissionRequest { FunctionName = "", Qualifier = "$LATEST" };
                }
            }
        }
        """);

    [Fact]
    public Task Nothing_is_registered_without_AWSSDK_Lambda() => VerifyAnalyzerAsync("""
        class AddPermissionRequest { public string Qualifier { get; set; } }

        class Deployer
        {
            void Grant() => _ = new AddPermissionRequest { Qualifier = "$LATEST" };
        }
        """,
        SdkShape.None);

    /// <summary>Each operation's required members, as the Lambda service model lists them (one row per request type).</summary>
    [Theory]
    [InlineData("AddPermission", "FunctionName, StatementId, Action and Principal")]
    [InlineData("RemovePermission", "FunctionName and StatementId")]
    [InlineData("AddLayerVersionPermission", "LayerName, VersionNumber, StatementId, Action and Principal")]
    [InlineData("RemoveLayerVersionPermission", "LayerName, VersionNumber and StatementId")]
    [InlineData("CreateFunctionUrlConfig", "FunctionName and AuthType")]
    [InlineData("UpdateFunctionUrlConfig", "FunctionName")]
    public Task Each_operation_is_told_its_own_required_members(string operation, string missing) => VerifyAnalyzerAsync($$"""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task SendAsync(IAmazonLambda lambda) => lambda.{{operation}}Async(new {|#0:{{operation}}Request|}());
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0001").WithLocation(0).WithMessage($"{operation}Request is sent without {missing}; the Lambda API will reject this request"));

    [Fact]
    public Task Members_set_to_null_are_missing_and_members_set_to_an_unknown_or_empty_value_are_not() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task SendAsync(IAmazonLambda lambda, string id, string name)
            {
                await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "orders", StatementId = id });
                await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = name, StatementId = null ?? id });
                await lambda.RemovePermissionAsync(new {|#0:RemovePermissionRequest|} { FunctionName = "orders", StatementId = null });
                await lambda.RemovePermissionAsync(new {|#1:RemovePermissionRequest|} { FunctionName = null, StatementId = {|LPA0004:""|} });

                // Set to null, then to a value on one path: only a member that every write sets to null is missing.
                var request = new RemovePermissionRequest { FunctionName = "orders", StatementId = null };
                if (name.Length > 3)
                {
                    request.StatementId = id;
                }

                await lambda.RemovePermissionAsync(request);
            }
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0001").WithLocation(0).WithMessage("RemovePermissionRequest is sent without StatementId (set to null); the Lambda API will reject this request"),
        Diagnostic("LPA0001").WithLocation(1).WithMessage("RemovePermissionRequest is sent without FunctionName (set to null); the Lambda API will reject this request"));
}
