namespace LambdaPermissionAnalyzers.Tests.Readers;

/// <summary>
/// The catalog's "Flow" section on the AWSSDK.Lambda 3.7 shape (<see cref="SdkShape.V3"/>: sync and async sends plus
/// <c>BeginAddPermission</c>/<c>EndAddPermission</c>, <c>long VersionNumber</c>): statement order, value rules on objects
/// the method did not create, factories (chained, extension, local, generic), helpers that finish a grant, known
/// arguments of methods that send a grant, and constant statement ids in loops.
/// </summary>
public class DepthV3Tests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    // ----- 1. Order -----

    [Fact]
    public Task Write_after_a_sync_send_does_not_count_for_it() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Grant(IAmazonLambda lambda)
            {
                var request = new {|#0:AddPermissionRequest|} { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                lambda.AddPermission(request);
                request.StatementId = "AllowPartner";
            }
        }
        """,
        SdkShape.V3,
        Diagnostic("LPA0001").WithLocation(0)
            .WithMessage("AddPermissionRequest is sent without StatementId (set only after the send); the Lambda API will reject this request"));

    [Fact]
    public Task Write_between_Begin_and_End_is_after_the_send() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Grant(AmazonLambdaClient lambda)
            {
                var request = new {|LPA0001:AddPermissionRequest|} { FunctionName = "orders", StatementId = "AllowPartner", Principal = "381492765013" };
                var pending = lambda.BeginAddPermission(request, null, null);
                request.Action = "lambda:InvokeFunction";
                request.Qualifier = "$LATEST";
                lambda.EndAddPermission(pending);
            }
        }
        """,
        SdkShape.V3);

    [Fact]
    public Task Write_before_a_Begin_send_counts() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Grant(IAmazonLambda lambda)
            {
                var request = new AddPermissionRequest { FunctionName = "orders", Principal = "381492765013" };
                request.StatementId = "AllowPartner";
                request.Action = "lambda:InvokeFunction";
                var pending = lambda.BeginAddPermission(request, null, null);
                lambda.EndAddPermission(pending);
            }
        }
        """,
        SdkShape.V3);

    [Fact]
    public Task Helper_called_after_the_send_does_not_count_for_it() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Grant(IAmazonLambda lambda)
            {
                var request = new {|LPA0001:AddPermissionRequest|} { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                lambda.AddPermission(request);
                Name(request);
            }

            static void Name(AddPermissionRequest request) => request.StatementId = "AllowPartner";
        }
        """,
        SdkShape.V3);

    // ----- 2. Value rules on objects the method did not create -----

    [Fact]
    public Task Value_rules_apply_to_parameter_requests() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Prepare(AddPermissionRequest request, RemovePermissionRequest removal, AddLayerVersionPermissionRequest layer, RemoveLayerVersionPermissionRequest layerRemoval)
            {
                request.Qualifier = {|LPA0002:"$LATEST"|};
                request.RevisionId = {|LPA0008:"0b8a3c2e-4f1d-4a7b-9c3e-2d5f6a7b8c9d"|};
                removal.RevisionId = {|LPA0008:"5e2f9a1c-7b3d-4c8e-a6f0-1d4b7c9e2a3f"|};
                layer.VersionNumber = 3L;
                layer.RevisionId = {|LPA0008:"9c1d4e7f-2a5b-4c8d-b3e6-0f7a1b2c5d8e"|};
                layerRemoval.VersionNumber = 3;
                layerRemoval.RevisionId = {|LPA0008:"3a6b9c2d-5e8f-4a1b-9c4d-7e0f3a6b9c2d"|};
            }
        }
        """,
        SdkShape.V3);

    [Fact]
    public Task Value_rules_apply_to_fields_properties_and_elements() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            private readonly AddPermissionRequest _pending = new();

            public AddPermissionRequest Next { get; } = new();

            void Prepare(List<AddPermissionRequest> queue, string revision)
            {
                _pending.FunctionName = {|LPA0002:"orders:$LATEST"|};
                Next.RevisionId = {|LPA0008:"0b8a3c2e-4f1d-4a7b-9c3e-2d5f6a7b8c9d"|};
                queue[0].Qualifier = {|LPA0002:"$LATEST"|};
                queue[1].RevisionId = revision;
                foreach (var each in queue)
                {
                    each.Action = {|LPA0104:"*"|};
                }
            }
        }
        """,
        SdkShape.V3);

    [Fact]
    public Task Conflicting_qualifier_on_a_parameter_request_when_both_are_known() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Prepare(AddPermissionRequest request, AddPermissionRequest other, string qualifier)
            {
                request.FunctionName = "orders:prod";
                request.Qualifier = {|LPA0005:"dev"|};

                other.FunctionName = "orders:prod";
                other.Qualifier = qualifier;
            }
        }
        """,
        SdkShape.V3);

    [Fact]
    public Task Value_rules_apply_to_nested_properties() => VerifyAnalyzerAsync(Usings + """
        class Settings
        {
            public AddPermissionRequest Request { get; } = new();
        }

        class Deployer
        {
            void Prepare(Settings settings)
            {
                settings.Request.Qualifier = {|LPA0002:"$LATEST"|};
                settings.Request.RevisionId = {|LPA0008:"0b8a3c2e-4f1d-4a7b-9c3e-2d5f6a7b8c9d"|};
            }
        }
        """,
        SdkShape.V3);

    // ----- 3. Factories -----

    [Fact]
    public Task Factory_result_sent_without_a_member_is_reported_on_the_call() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            static AddPermissionRequest ForAccount(string function, string account) => new AddPermissionRequest
            {
                FunctionName = function,
                Action = "lambda:InvokeFunction",
                Principal = account,
            };

            void Grant(IAmazonLambda lambda)
            {
                lambda.AddPermission({|#0:ForAccount("orders", "381492765013")|});

                var pending = lambda.BeginAddPermission({|LPA0001:ForAccount("invoices", "240186593721")|}, null, null);
                lambda.EndAddPermission(pending);

                var named = ForAccount("orders", "507318264490");
                named.StatementId = "AllowAudit";
                lambda.AddPermission(named);
            }
        }
        """,
        SdkShape.V3,
        Diagnostic("LPA0001").WithLocation(0)
            .WithMessage("AddPermissionRequest from ForAccount is sent without StatementId; the Lambda API will reject this request"));

    [Fact]
    public Task Factory_chain_of_three_calls_is_read_at_the_call() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            static AddPermissionRequest Invoke(string function) => new AddPermissionRequest { FunctionName = function, Action = "lambda:InvokeFunction" };

            static AddPermissionRequest ForPrincipal(string function, string principal)
            {
                var request = Invoke(function);
                request.Principal = principal;
                return request;
            }

            static AddPermissionRequest Named(string function, string principal, string id)
            {
                var request = ForPrincipal(function, principal);
                request.StatementId = id;
                return request;
            }

            void Grant(IAmazonLambda lambda)
            {
                lambda.AddPermission(Named("orders", "381492765013", "AllowPartner"));
                lambda.AddPermission({|LPA0001:ForPrincipal("orders", "240186593721")|});
                lambda.AddPermission(Named("orders", {|#0:"s3.amazonaws.com"|}, "AllowS3"));
                lambda.AddPermission(Named({|LPA0002:"orders:$LATEST"|}, "507318264490", "AllowAudit"));
            }
        }
        """,
        SdkShape.V3,
        Diagnostic("LPA0100").WithLocation(0)
            .WithMessage("'s3.amazonaws.com' is passed to Named, which writes it to the grant it returns: Principal 's3.amazonaws.com' is an AWS service, but the grant sets neither SourceArn nor SourceAccount: resources in other AWS accounts can invoke this function through that service; add SourceArn and SourceAccount"));

    [Fact]
    public Task Extension_method_factory_is_read_at_the_call() => VerifyAnalyzerAsync(Usings + """
        static class Grants
        {
            public static AddPermissionRequest ToAccount(this string function, string account) => new AddPermissionRequest
            {
                FunctionName = function,
                Action = "lambda:InvokeFunction",
                Principal = account,
            };

            public static AddPermissionRequest ToService(this string function, string service, string id) => new AddPermissionRequest
            {
                FunctionName = function,
                StatementId = id,
                Action = "lambda:InvokeFunction",
                Principal = service,
            };
        }

        class Deployer
        {
            void Grant(IAmazonLambda lambda)
            {
                lambda.AddPermission({|LPA0001:"orders".ToAccount("381492765013")|});
                lambda.AddPermission("orders".ToService({|LPA0100:"sns.amazonaws.com"|}, "AllowSns"));
                lambda.AddPermission("orders".ToService("240186593721", "AllowPartner"));
            }
        }
        """,
        SdkShape.V3);

    [Fact]
    public Task Local_function_factory_is_read_at_the_call() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Grant(IAmazonLambda lambda)
            {
                lambda.AddPermission({|LPA0001:Build("381492765013")|});
                lambda.AddPermission(Named(Build("240186593721")));

                AddPermissionRequest Build(string principal) => new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = principal };

                static AddPermissionRequest Named(AddPermissionRequest request)
                {
                    request.StatementId = "AllowPartner";
                    return request;
                }
            }
        }
        """,
        SdkShape.V3);

    [Fact]
    public Task Local_function_factory_with_a_service_principal_argument() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Grant(IAmazonLambda lambda)
            {
                lambda.AddPermission(Build("AllowSns", {|LPA0100:"sns.amazonaws.com"|}));
                lambda.AddPermission(Build("AllowPartner", "381492765013"));

                static AddPermissionRequest Build(string id, string principal) => new AddPermissionRequest
                {
                    FunctionName = "orders",
                    StatementId = id,
                    Action = "lambda:InvokeFunction",
                    Principal = principal,
                };
            }
        }
        """,
        SdkShape.V3);

    // ----- 4. Helpers that finish a grant -----

    [Fact]
    public Task Helper_that_finishes_a_grant_before_a_Begin_send_counts() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Grant(IAmazonLambda lambda)
            {
                var complete = new AddPermissionRequest { FunctionName = "orders", Principal = "381492765013" };
                Finish(complete, "AllowPartner");
                lambda.EndAddPermission(lambda.BeginAddPermission(complete, null, null));

                var nested = new AddPermissionRequest { FunctionName = "orders", Principal = "240186593721" };
                FinishAll(nested);
                lambda.AddPermission(nested);
            }

            static void Finish(AddPermissionRequest request, string id)
            {
                request.StatementId = id;
                request.Action = "lambda:InvokeFunction";
            }

            static void FinishAll(AddPermissionRequest request) => Finish(request, "AllowAudit");
        }
        """,
        SdkShape.V3);

    [Fact]
    public Task Helper_that_leaves_a_member_out_is_seen_through() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Grant(IAmazonLambda lambda)
            {
                var request = new {|#0:AddPermissionRequest|} { FunctionName = "orders", Principal = "381492765013" };
                Authorize(request);
                lambda.EndAddPermission(lambda.BeginAddPermission(request, null, null));

                var service = new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowS3" };
                Trust(service, {|#1:"s3.amazonaws.com"|});
                lambda.AddPermission(service);
            }

            private static void Authorize(AddPermissionRequest request) => request.Action = "lambda:InvokeFunction";

            private static void Trust(AddPermissionRequest request, string principal)
            {
                request.Action = "lambda:InvokeFunction";
                request.Principal = principal;
            }
        }
        """,
        SdkShape.V3,
        Diagnostic("LPA0001").WithLocation(0)
            .WithMessage("AddPermissionRequest is sent without StatementId; the Lambda API will reject this request"),
        Diagnostic("LPA0100").WithLocation(1)
            .WithMessage("'s3.amazonaws.com' is passed to Trust, which writes it to the grant passed to it: Principal 's3.amazonaws.com' is an AWS service, but the grant sets neither SourceArn nor SourceAccount: resources in other AWS accounts can invoke this function through that service; add SourceArn and SourceAccount"));

    [Fact]
    public Task Generic_helper_is_followed() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Grant(IAmazonLambda lambda)
            {
                var complete = new AddPermissionRequest { FunctionName = "orders", Principal = "381492765013" };
                Finish(complete, 7);
                lambda.AddPermission(complete);

                var partial = new {|LPA0001:AddPermissionRequest|} { FunctionName = "orders", Principal = "381492765013" };
                Authorize<string>(partial, "audit");
                lambda.AddPermission(partial);
            }

            static void Finish<TTag>(AddPermissionRequest request, TTag tag)
            {
                request.StatementId = "AllowPartner";
                request.Action = "lambda:InvokeFunction";
            }

            static void Authorize<TTag>(AddPermissionRequest request, TTag tag) => request.Action = "lambda:InvokeFunction";
        }
        """,
        SdkShape.V3);

    [Fact]
    public Task Helper_chain_of_three_levels_is_followed() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Grant(IAmazonLambda lambda)
            {
                var complete = new AddPermissionRequest { FunctionName = "orders", Principal = "381492765013" };
                Level1(complete);
                lambda.AddPermission(complete);

                var partial = new {|LPA0001:AddPermissionRequest|} { FunctionName = "orders", Principal = "240186593721" };
                Authorize1(partial);
                lambda.AddPermission(partial);
            }

            static void Level1(AddPermissionRequest request) => Level2(request);

            static void Level2(AddPermissionRequest request)
            {
                request.Action = "lambda:InvokeFunction";
                Level3(request);
            }

            static void Level3(AddPermissionRequest request)
            {
                if (request.Principal.Length == 12)
                {
                    request.StatementId = "AllowAccount" + request.Principal;
                }
                else
                {
                    request.StatementId = "AllowPartner";
                }
            }

            static void Authorize1(AddPermissionRequest request) => Authorize2(request);

            static void Authorize2(AddPermissionRequest request) => Authorize3(request);

            static void Authorize3(AddPermissionRequest request) => request.Action = "lambda:InvokeFunction";
        }
        """,
        SdkShape.V3);

    // ----- 5. Known arguments of methods that send a grant -----

    [Fact]
    public Task Argument_of_a_create_and_send_helper_is_reported_with_the_callee() => VerifyAnalyzerAsync(Usings + """
        class Triggers
        {
            private readonly IAmazonLambda _lambda;

            public Triggers(IAmazonLambda lambda) => _lambda = lambda;

            public void WireAll(string configured)
            {
                Wire({|#0:"s3.amazonaws.com"|}, "AllowS3");
                Wire("381492765013", "AllowPartner");
                Wire(configured, "AllowConfigured");
            }

            private void Wire(string principal, string id) => _lambda.AddPermission(new AddPermissionRequest
            {
                FunctionName = "thumbnails",
                StatementId = id,
                Action = "lambda:InvokeFunction",
                Principal = principal,
            });
        }
        """,
        SdkShape.V3,
        Diagnostic("LPA0100").WithLocation(0)
            .WithMessage("'s3.amazonaws.com' is passed to Wire, which sends it in a grant: Principal 's3.amazonaws.com' is an AWS service, but the grant sets neither SourceArn nor SourceAccount: resources in other AWS accounts can invoke this function through that service; add SourceArn and SourceAccount"));

    [Fact]
    public Task Argument_passed_through_two_levels_of_calls_is_reported_at_the_first() => VerifyAnalyzerAsync(Usings + """
        class Triggers
        {
            private readonly IAmazonLambda _lambda;

            public Triggers(IAmazonLambda lambda) => _lambda = lambda;

            public async Task SetupAsync()
            {
                await WireS3Async({|#0:"s3.amazonaws.com"|}, "AllowS3");
                await WireS3Async("381492765013", "AllowPartner");
            }

            private Task WireS3Async(string principal, string id) => WireAsync(principal, id);

            private async Task WireAsync(string principal, string id)
            {
                var request = new AddPermissionRequest { FunctionName = "thumbnails", StatementId = id, Action = "lambda:InvokeFunction", Principal = principal };
                var pending = _lambda.BeginAddPermission(request, null, null);
                await Task.Yield();
                _lambda.EndAddPermission(pending);
            }
        }
        """,
        SdkShape.V3,
        Diagnostic("LPA0100").WithLocation(0)
            .WithMessage("'s3.amazonaws.com' is passed to WireS3Async, which sends it in a grant: Principal 's3.amazonaws.com' is an AWS service, but the grant sets neither SourceArn nor SourceAccount: resources in other AWS accounts can invoke this function through that service; add SourceArn and SourceAccount"));

    [Fact]
    public Task Argument_passed_through_three_levels_of_calls_is_reported() => VerifyAnalyzerAsync(Usings + """
        class Triggers
        {
            private readonly IAmazonLambda _lambda;

            public Triggers(IAmazonLambda lambda) => _lambda = lambda;

            public void Setup() => WireAll({|LPA0104:"lambda:*"|});

            private void WireAll(string action) => WirePartner(action);

            private void WirePartner(string action) => Wire(action, "381492765013");

            private void Wire(string action, string principal) => _lambda.AddPermission(new AddPermissionRequest
            {
                FunctionName = "thumbnails",
                StatementId = "AllowPartner",
                Action = action,
                Principal = principal,
            });
        }
        """,
        SdkShape.V3);

    // ----- 6. Loops -----

    [Fact]
    public Task Constant_id_in_loops_with_every_send_form() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Grant(IAmazonLambda lambda, string[] accounts)
            {
                foreach (var account in accounts)
                {
                    var pending = lambda.BeginAddPermission(new AddPermissionRequest
                    {
                        FunctionName = "orders",
                        StatementId = {|#0:"AllowPartner"|},
                        Action = "lambda:InvokeFunction",
                        Principal = account,
                    }, null, null);
                    lambda.EndAddPermission(pending);
                }

                for (var i = 0; i < accounts.Length; i++)
                {
                    lambda.AddPermission(new AddPermissionRequest { FunctionName = "invoices", StatementId = {|LPA0006:"AllowPartner"|}, Action = "lambda:InvokeFunction", Principal = accounts[i] });
                }

                var index = 0;
                while (index < accounts.Length)
                {
                    var request = new AddPermissionRequest { FunctionName = "ledger", Action = "lambda:InvokeFunction", Principal = accounts[index] };
                    request.StatementId = {|LPA0006:"AllowPartner"|};
                    lambda.AddPermission(request);
                    index++;
                }
            }
        }
        """,
        SdkShape.V3,
        Diagnostic("LPA0006").WithLocation(0)
            .WithMessage("StatementId 'AllowPartner' is the same on every iteration of this foreach loop, and so is the function; this request fails with ResourceConflictException: the second iteration's request fails; make the id unique per iteration"));

    [Fact]
    public Task Constant_id_in_Parallel_ForEach_and_List_ForEach() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            const string Id = "AllowPartner";

            void Grant(IAmazonLambda lambda, List<string> accounts)
            {
                System.Threading.Tasks.Parallel.ForEach(accounts, account =>
                    lambda.AddPermission(new AddPermissionRequest { FunctionName = "orders", StatementId = {|LPA0006:Id|}, Action = "lambda:InvokeFunction", Principal = account }));

                accounts.ForEach(account =>
                {
                    var pending = lambda.BeginAddPermission(new AddPermissionRequest { FunctionName = "invoices", StatementId = {|LPA0006:"AllowAudit"|}, Action = "lambda:InvokeFunction", Principal = account }, null, null);
                    lambda.EndAddPermission(pending);
                });
            }
        }
        """,
        SdkShape.V3);

    [Fact]
    public Task Constant_id_sent_through_a_call_in_a_loop() => VerifyAnalyzerAsync(Usings + """
        class Triggers
        {
            private readonly IAmazonLambda _lambda;

            public Triggers(IAmazonLambda lambda) => _lambda = lambda;

            public void WireAll(string[] accounts)
            {
                foreach (var account in accounts)
                {
                    Wire(account, {|#0:"AllowPartner"|});
                }

                foreach (var account in accounts)
                {
                    Wire(account, "AllowPartner-" + account);
                }

                foreach (var account in accounts)
                {
                    {|#1:WireAudit(account)|};
                }

                foreach (var account in accounts)
                {
                    _lambda.AddPermission(Named("orders", account, {|#2:"AllowOrders"|}));
                }

                foreach (var account in accounts)
                {
                    var request = new AddPermissionRequest { FunctionName = "ledger", Action = "lambda:InvokeFunction", Principal = account };
                    {|#3:Name(request)|};
                    _lambda.EndAddPermission(_lambda.BeginAddPermission(request, null, null));
                }
            }

            private void Wire(string principal, string id) => _lambda.AddPermission(new AddPermissionRequest
            {
                FunctionName = "thumbnails",
                StatementId = id,
                Action = "lambda:InvokeFunction",
                Principal = principal,
            });

            private void WireAudit(string principal) => _lambda.AddPermission(new AddPermissionRequest
            {
                FunctionName = "audit",
                StatementId = "AllowAudit",
                Action = "lambda:InvokeFunction",
                Principal = principal,
            });

            private static AddPermissionRequest Named(string function, string principal, string id) => new AddPermissionRequest
            {
                FunctionName = function,
                StatementId = id,
                Action = "lambda:InvokeFunction",
                Principal = principal,
            };

            private static void Name(AddPermissionRequest request) => request.StatementId = "AllowLedger";
        }
        """,
        SdkShape.V3,
        Diagnostic("LPA0006").WithLocation(0)
            .WithMessage("'AllowPartner' is passed to Wire, which sends it in a grant: StatementId 'AllowPartner' is the same on every iteration of this foreach loop, and so is the function; this request fails with ResourceConflictException: the second iteration's request fails; make the id unique per iteration"),
        Diagnostic("LPA0006").WithLocation(1)
            .WithMessage("Through WireAudit (called here): StatementId 'AllowAudit' is the same on every iteration of this foreach loop, and so is the function; this request fails with ResourceConflictException: the second iteration's request fails; make the id unique per iteration"),
        Diagnostic("LPA0006").WithLocation(2)
            .WithMessage("'AllowOrders' is passed to Named, which writes it to the grant it returns: StatementId 'AllowOrders' is the same on every iteration of this foreach loop, and so is the function; this request fails with ResourceConflictException: the second iteration's request fails; make the id unique per iteration"),
        Diagnostic("LPA0006").WithLocation(3)
            .WithMessage("Through Name (called here): StatementId 'AllowLedger' is the same on every iteration of this foreach loop, and so is the function; this request fails with ResourceConflictException: the second iteration's request fails; make the id unique per iteration"));

    [Fact]
    public Task Write_to_a_factory_result_after_the_send_does_not_count_for_it() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            static AddPermissionRequest ForAccount(string account) => new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = account };

            void Grant(IAmazonLambda lambda)
            {
                var request = {|#0:ForAccount("381492765013")|};
                lambda.AddPermission(request);
                request.StatementId = "AllowPartner";
            }
        }
        """,
        SdkShape.V3,
        Diagnostic("LPA0001").WithLocation(0)
            .WithMessage("AddPermissionRequest from ForAccount is sent without StatementId (set only after the send); the Lambda API will reject this request"));

    [Fact]
    public Task Extension_method_helper_that_finishes_a_grant() => VerifyAnalyzerAsync(Usings + """
        static class RequestExtensions
        {
            public static void Authorize(this AddPermissionRequest request) => request.Action = "lambda:InvokeFunction";

            public static void Name(this AddPermissionRequest request, string id) => request.StatementId = id;
        }

        class Deployer
        {
            void Grant(IAmazonLambda lambda)
            {
                var complete = new AddPermissionRequest { FunctionName = "orders", Principal = "381492765013" };
                complete.Authorize();
                complete.Name("AllowPartner");
                lambda.AddPermission(complete);

                var unnamed = new {|LPA0001:AddPermissionRequest|} { FunctionName = "orders", Principal = "240186593721" };
                unnamed.Authorize();
                lambda.AddPermission(unnamed);
            }
        }
        """,
        SdkShape.V3);

    [Fact]
    public Task Named_and_default_arguments_bind_to_their_parameters() => VerifyAnalyzerAsync(Usings + """
        class Triggers
        {
            private readonly IAmazonLambda _lambda;

            public Triggers(IAmazonLambda lambda) => _lambda = lambda;

            public void WireAll()
            {
                Wire(id: "AllowS3", principal: {|LPA0100:"s3.amazonaws.com"|});
                Wire(id: "AllowPartner", principal: "381492765013");
            }

            private void Wire(string principal, string id, string action = "lambda:InvokeFunction") => _lambda.AddPermission(new AddPermissionRequest
            {
                FunctionName = "thumbnails",
                StatementId = id,
                Action = action,
                Principal = principal,
            });
        }
        """,
        SdkShape.V3);

    [Fact]
    public Task Loop_exits_that_leave_the_outer_loop_running_do_not_hide_the_repetition() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Grant(IAmazonLambda lambda, string[] accounts, string[] regions)
            {
                foreach (var account in accounts)
                {
                    if (account.Length != 12)
                    {
                        continue;
                    }

                    lambda.AddPermission(new AddPermissionRequest { FunctionName = "orders", StatementId = {|LPA0006:"AllowPartner"|}, Action = "lambda:InvokeFunction", Principal = account });
                    foreach (var region in regions)
                    {
                        if (region.Length == 0)
                        {
                            break;
                        }
                    }

                    switch (account[0])
                    {
                        case '0':
                            break;
                    }
                }
            }
        }
        """,
        SdkShape.V3);

    [Fact]
    public Task Select_awaited_by_WhenAll_or_enumerated_by_foreach_repeats_the_send() => VerifyAnalyzerAsync(Usings + """
        using System.Linq;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string[] accounts)
            {
                await Task.WhenAll(accounts.Select(account => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = {|LPA0006:"AllowPartner"|}, Action = "lambda:InvokeFunction", Principal = account })));

                foreach (var response in accounts.Select(account => lambda.AddPermission(new AddPermissionRequest { FunctionName = "invoices", StatementId = {|LPA0006:"AllowPartner"|}, Action = "lambda:InvokeFunction", Principal = account })))
                {
                }
            }
        }
        """,
        SdkShape.V3);

    [Fact]
    public Task Select_enumerated_by_ToList_repeats_the_send() => VerifyAnalyzerAsync(Usings + """
        using System.Linq;

        class Deployer
        {
            void Grant(IAmazonLambda lambda, string[] accounts)
            {
                var responses = accounts.Select(account => lambda.AddPermission(new AddPermissionRequest { FunctionName = "orders", StatementId = {|LPA0006:"AllowPartner"|}, Action = "lambda:InvokeFunction", Principal = account })).ToList();
            }
        }
        """,
        SdkShape.V3);

    [Fact]
    public Task Per_iteration_ids_and_targets_are_not_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            void Grant(IAmazonLambda lambda, string[] accounts, string[] functions)
            {
                foreach (var account in accounts)
                {
                    var pending = lambda.BeginAddPermission(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowPartner-" + account, Action = "lambda:InvokeFunction", Principal = account }, null, null);
                    lambda.EndAddPermission(pending);
                }

                for (var i = 0; i < accounts.Length; i++)
                {
                    lambda.AddPermission(new AddPermissionRequest { FunctionName = "orders", StatementId = $"AllowPartner{i}", Action = "lambda:InvokeFunction", Principal = accounts[i] });
                }

                foreach (var function in functions)
                {
                    lambda.EndAddPermission(lambda.BeginAddPermission(new AddPermissionRequest { FunctionName = function, StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "381492765013" }, null, null));
                }

                var n = 0;
                foreach (var account in accounts)
                {
                    var id = "AllowPartner" + n;
                    n++;
                    lambda.AddPermission(new AddPermissionRequest { FunctionName = "orders", StatementId = id, Action = "lambda:InvokeFunction", Principal = account });
                }
            }
        }
        """,
        SdkShape.V3);
}
