namespace LambdaPermissionAnalyzers.Tests.Readers;

/// <summary>
/// The readers' reach across statement order, loops and method calls (the catalog's "Flow" section): each shape once
/// with a finding and once with the correct form.
/// </summary>
public class DepthTests
{
    [Fact]
    public Task Write_after_the_last_send_does_not_count_for_it() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                var request = new {|LPA0001:AddPermissionRequest|} { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                await lambda.AddPermissionAsync(request);
                request.StatementId = "AllowAuditTopic";
                request.Qualifier = "$LATEST";
            }
        }
        """);

    [Fact]
    public Task Write_between_two_sends_counts_and_a_write_in_the_loop_reaches_the_next_send() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string[] accounts)
            {
                var request = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", StatementId = "s0", Principal = "381492765013" };
                await lambda.AddPermissionAsync(request);
                request.Qualifier = {|LPA0002:"$LATEST"|};
                await lambda.AddPermissionAsync(request);

                var each = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", StatementId = "first", Principal = "240186593721" };
                for (var i = 0; i < accounts.Length; i++)
                {
                    await lambda.AddPermissionAsync(each);
                    each.StatementId = "next-" + i;
                    each.Principal = accounts[i];
                }
            }
        }
        """);

    [Fact]
    public Task Value_rules_apply_to_a_request_from_a_parameter_or_a_field() => VerifyAnalyzerAsync("""
        using Amazon.Lambda.Model;

        class Deployer
        {
            private readonly AddPermissionRequest _pending = new();

            void Prepare(AddPermissionRequest request, RemovePermissionRequest removal)
            {
                request.Qualifier = {|LPA0002:"$LATEST"|};
                _pending.Action = {|LPA0104:"lambda:*"|};
                removal.RevisionId = {|LPA0008:"0b8a3c2e-4f1d-4a7b-9c3e-2d5f6a7b8c9d"|};
            }
        }
        """);

    [Fact]
    public Task Known_revision_id_is_reported_and_one_read_at_run_time_is_not() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            const string Revision = "0b8a3c2e-4f1d-4a7b-9c3e-2d5f6a7b8c9d";

            async Task GrantAsync(IAmazonLambda lambda, string currentRevision)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "a", Action = "lambda:InvokeFunction", Principal = "381492765013", RevisionId = {|LPA0008:Revision|} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "b", Action = "lambda:InvokeFunction", Principal = "381492765013", RevisionId = currentRevision });
                await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "orders", StatementId = "c", RevisionId = null });
                await lambda.RemoveLayerVersionPermissionAsync(new RemoveLayerVersionPermissionRequest { LayerName = "shared", VersionNumber = 3, StatementId = "d", RevisionId = {|LPA0008:"7"|} });
            }
        }
        """);

    [Fact]
    public Task Factory_grant_lacking_a_member_is_reported_on_the_factory_call() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            static AddPermissionRequest ForBucket(string fn, string principal) => new()
            {
                FunctionName = fn,
                Action = "lambda:InvokeFunction",
                Principal = principal,
                SourceArn = "arn:aws:s3:::orders-uploads",
                SourceAccount = "381492765013",
            };

            async Task GrantAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync({|LPA0001:ForBucket("orders", "s3.amazonaws.com")|});

                var finished = ForBucket("orders", "s3.amazonaws.com");
                finished.StatementId = "AllowS3Invoke";
                await lambda.AddPermissionAsync(finished);
            }
        }
        """);

    [Fact]
    public Task Argument_that_a_method_sends_without_a_source_is_reported_on_the_argument() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Triggers
        {
            private readonly IAmazonLambda _lambda;

            public Triggers(IAmazonLambda lambda) => _lambda = lambda;

            public async Task WireAllAsync(string configured)
            {
                await WireAsync({|#0:"s3.amazonaws.com"|}, "AllowS3");
                await WireAsync("381492765013", "AllowAccount");
                await WireAsync(configured, "AllowConfigured");
            }

            private Task WireAsync(string principal, string id) => _lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "thumbnails",
                StatementId = id,
                Action = "lambda:InvokeFunction",
                Principal = principal,
            });
        }
        """,
        SdkShape.V4,
        Diagnostic("LPA0100").WithLocation(0).WithMessage("'s3.amazonaws.com' is passed to WireAsync, which sends it in a grant: Principal 's3.amazonaws.com' is an AWS service, but the grant sets neither SourceArn nor SourceAccount: resources in other AWS accounts can invoke this function through that service; add SourceArn and SourceAccount"));

    [Fact]
    public Task Helper_that_finishes_a_grant_counts_and_a_helper_that_stores_it_is_an_escape() => VerifyAnalyzerAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            private readonly List<AddPermissionRequest> _sent = new();

            async Task GrantAsync(IAmazonLambda lambda)
            {
                var named = new {|LPA0001:AddPermissionRequest|} { FunctionName = "orders", Principal = "381492765013" };
                Name(named);
                await lambda.AddPermissionAsync(named);

                var complete = new AddPermissionRequest { FunctionName = "invoices", Principal = "381492765013" };
                Name(complete);
                Authorize(complete);
                await lambda.AddPermissionAsync(complete);

                var stored = new AddPermissionRequest { FunctionName = "orders", Principal = "381492765013" };
                Remember(stored);
                await lambda.AddPermissionAsync(stored);
            }

            static void Name(AddPermissionRequest request) => request.StatementId = "AllowPartner";

            static void Authorize(AddPermissionRequest request) => request.Action = "lambda:InvokeFunction";

            void Remember(AddPermissionRequest request) => _sent.Add(request);
        }
        """);

    [Fact]
    public Task Virtual_and_interface_helpers_are_not_followed() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        interface INamer { void Name(AddPermissionRequest request); }

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, INamer namer)
            {
                var a = new AddPermissionRequest { FunctionName = "orders", Principal = "381492765013", Action = "lambda:InvokeFunction" };
                namer.Name(a);
                await lambda.AddPermissionAsync(a);

                var b = new AddPermissionRequest { FunctionName = "orders", Principal = "381492765013", Action = "lambda:InvokeFunction" };
                Name(b);
                await lambda.AddPermissionAsync(b);
            }

            protected virtual void Name(AddPermissionRequest request) => request.StatementId = "AllowPartner";
        }
        """);

    [Fact]
    public Task Constant_statement_id_in_a_loop_is_reported_on_the_id() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string[] bucketArns)
            {
                foreach (var bucketArn in bucketArns)
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest
                    {
                        FunctionName = "thumbnails",
                        StatementId = {|LPA0006:"AllowS3Invoke"|},
                        Action = "lambda:InvokeFunction",
                        Principal = "s3.amazonaws.com",
                        SourceArn = bucketArn,
                        SourceAccount = "381492765013",
                    });
                }
            }
        }
        """);

    [Fact]
    public Task Per_iteration_ids_retries_removals_and_single_runs_are_not_reported() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string[] bucketArns, string[] functions)
            {
                for (var i = 0; i < bucketArns.Length; i++)
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "thumbnails", StatementId = $"AllowS3-{i}", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com", SourceArn = bucketArns[i], SourceAccount = "381492765013" });
                }

                foreach (var function in functions)
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = function, StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "240186593721" });
                }

                foreach (var bucketArn in bucketArns)
                {
                    await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "thumbnails", StatementId = "AllowS3Invoke" });
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "thumbnails", StatementId = "AllowS3Invoke", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com", SourceArn = bucketArn, SourceAccount = "381492765013" });
                }

                while (true)
                {
                    try
                    {
                        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "thumbnails", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "240186593721" });
                        break;
                    }
                    catch (Amazon.Runtime.AmazonServiceException)
                    {
                    }
                }

                foreach (var only in new[] { "arn:aws:s3:::orders-uploads" })
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "thumbnails", StatementId = "AllowOnce", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com", SourceArn = only, SourceAccount = "381492765013" });
                }
            }
        }
        """);

    [Fact]
    public Task Cdk_factory_with_a_service_principal_parameter_is_checked_at_the_call() => VerifyCdkAnalyzerAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.Lambda;
        using Constructs;

        class OrdersStack : Stack
        {
            public OrdersStack(Construct scope, IFunction fn, string bucketArn) : base(scope, "Orders")
            {
                fn.AddPermission("AllowS3", BuildPermission({|#0:"s3.amazonaws.com"|}));
                fn.AddPermission("AllowAccount", BuildPermission("381492765013"));
            }

            static Permission BuildPermission(string principal) => new Permission { Principal = new ServicePrincipal(principal) };
        }
        """,
        Diagnostic("LPA0100").WithLocation(0));
}
