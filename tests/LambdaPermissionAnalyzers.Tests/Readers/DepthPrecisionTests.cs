using System.Linq;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Tests.Readers;

/// <summary>
/// Look-alikes of the catalog's "Flow" shapes that must stay silent: what the readers cannot see (unknown arguments,
/// overridable members, escapes, ref/out, recursion, partial methods), loops that do not repeat a statement, revision
/// ids read at run time; and findings inside a called method, which are reported there once, not again at each call.
/// </summary>
public class DepthPrecisionTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    // ----- What the readers cannot see -----

    [Fact]
    public Task Unknown_arguments_stay_silent() => VerifyAnalyzerAsync(Usings + """
        class Triggers
        {
            private readonly IAmazonLambda _lambda;
            private readonly string _principal;

            public Triggers(IAmazonLambda lambda, string principal)
            {
                _lambda = lambda;
                _principal = principal;
            }

            public async Task WireAllAsync(string configured, string[] principals, Func<string> next)
            {
                await WireAsync(configured, "AllowConfigured");
                await WireAsync(_principal, "AllowField");
                await WireAsync(principals[0], "AllowElement");
                await WireAsync(next(), "AllowNext");
                await WireAsync(Environment.GetEnvironmentVariable("PRINCIPAL"), "AllowEnvironment");
                await _lambda.AddPermissionAsync(Build(configured, "AllowBuilt"));
            }

            private Task WireAsync(string principal, string id) => _lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "thumbnails",
                StatementId = id,
                Action = "lambda:InvokeFunction",
                Principal = principal,
            });

            private static AddPermissionRequest Build(string principal, string id) => new AddPermissionRequest
            {
                FunctionName = "thumbnails",
                StatementId = id,
                Action = "lambda:InvokeFunction",
                Principal = principal,
            };
        }
        """);

    [Fact]
    public Task Virtual_abstract_and_interface_members_are_not_followed() => VerifyAnalyzerAsync(Usings + """
        interface IWiring
        {
            Task WireAsync(string principal);

            void Name(AddPermissionRequest request);

            AddPermissionRequest Build(string principal);
        }

        abstract class Wiring
        {
            protected readonly IAmazonLambda Lambda;

            protected Wiring(IAmazonLambda lambda) => Lambda = lambda;

            public async Task SetupAsync(IWiring other)
            {
                await WireAsync("s3.amazonaws.com");
                await Announce("sns.amazonaws.com");
                await other.WireAsync("s3.amazonaws.com");

                await Lambda.AddPermissionAsync(Build("381492765013"));
                await Lambda.AddPermissionAsync(other.Build("381492765013"));

                var a = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                Name(a);
                await Lambda.AddPermissionAsync(a);

                var b = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                other.Name(b);
                await Lambda.AddPermissionAsync(b);
            }

            protected abstract void Name(AddPermissionRequest request);

            protected abstract Task WireAsync(string principal);

            protected virtual Task Announce(string principal) => Lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "alerts",
                StatementId = "AllowAlerts",
                Action = "lambda:InvokeFunction",
                Principal = principal,
            });

            protected virtual AddPermissionRequest Build(string principal) => new AddPermissionRequest
            {
                FunctionName = "orders",
                Action = "lambda:InvokeFunction",
                Principal = principal,
            };
        }

        class S3Wiring : Wiring
        {
            public S3Wiring(IAmazonLambda lambda) : base(lambda)
            {
            }

            protected override void Name(AddPermissionRequest request) => request.StatementId = "AllowPartner";

            protected override Task WireAsync(string principal) => Lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "thumbnails",
                StatementId = "AllowS3",
                Action = "lambda:InvokeFunction",
                Principal = principal,
            });
        }
        """);

    [Fact]
    public Task Helpers_that_store_hand_on_or_return_the_grant_are_escapes() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            private readonly List<AddPermissionRequest> _sent = new();
            private AddPermissionRequest _last;
            private static readonly Dictionary<string, AddPermissionRequest> ById = new();

            async Task GrantAsync(IAmazonLambda lambda)
            {
                var stored = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                Store(stored);
                await lambda.AddPermissionAsync(stored);

                var listed = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                Remember(listed);
                await lambda.AddPermissionAsync(listed);

                var indexed = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                Index(indexed);
                await lambda.AddPermissionAsync(indexed);

                var returned = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                Named(returned);
                await lambda.AddPermissionAsync(returned);

                var captured = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                Later(captured);
                await lambda.AddPermissionAsync(captured);

                var external = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                Console.WriteLine(external);
                await lambda.AddPermissionAsync(external);
            }

            void Store(AddPermissionRequest request) => _last = request;

            void Remember(AddPermissionRequest request) => _sent.Add(request);

            static void Index(AddPermissionRequest request) => ById["AllowPartner"] = request;

            static AddPermissionRequest Named(AddPermissionRequest request)
            {
                request.StatementId = "AllowPartner";
                return request;
            }

            static void Later(AddPermissionRequest request) => Task.Run(() => request.StatementId = "AllowPartner");
        }
        """);

    [Fact]
    public Task Factory_with_two_returns_is_not_read() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            static AddPermissionRequest Build(bool s3, string bucketArn)
            {
                if (s3)
                {
                    return new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com", SourceArn = bucketArn, SourceAccount = "381492765013" };
                }

                return new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
            }

            static AddPermissionRequest Either(string principal, bool named) => named
                ? new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = principal }
                : new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = principal };

            async Task GrantAsync(IAmazonLambda lambda, string bucketArn)
            {
                await lambda.AddPermissionAsync(Build(false, bucketArn));
                await lambda.AddPermissionAsync(Either("s3.amazonaws.com", false));
            }
        }
        """);

    [Fact]
    public Task Recursive_factories_and_senders_stop_and_stay_silent() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            private readonly IAmazonLambda _lambda;

            public Deployer(IAmazonLambda lambda) => _lambda = lambda;

            static AddPermissionRequest Build(int depth, string principal)
            {
                var request = depth > 0 ? Build(depth - 1, principal) : new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction" };
                request.Principal = principal;
                return request;
            }

            static AddPermissionRequest Ping(int n, string principal)
            {
                var request = Pong(n, principal);
                request.StatementId = "AllowPartner";
                return request;
            }

            static AddPermissionRequest Pong(int n, string principal)
            {
                var request = Ping(n - 1, principal);
                request.Action = "lambda:InvokeFunction";
                return request;
            }

            async Task WireA(string principal, int n)
            {
                if (n > 0)
                {
                    await WireB(principal, n - 1);
                }

                await _lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "thumbnails", StatementId = "AllowA" + n, Action = "lambda:InvokeFunction", Principal = principal, SourceAccount = "381492765013" });
            }

            async Task WireB(string principal, int n)
            {
                await WireA(principal, n);
                await _lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "thumbnails", StatementId = "AllowB" + n, Action = "lambda:InvokeFunction", Principal = principal, SourceAccount = "381492765013" });
            }

            async Task SetupAsync()
            {
                await _lambda.AddPermissionAsync(Build(2, "381492765013"));
                await _lambda.AddPermissionAsync(Ping(3, "381492765013"));
                await WireA("s3.amazonaws.com", 2);
                await WireB("507318264490", 2);
            }
        }
        """);

    [Fact]
    public Task Recursive_sender_with_a_constant_id_is_not_read_into_itself() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            private readonly IAmazonLambda _lambda;

            public Deployer(IAmazonLambda lambda) => _lambda = lambda;

            // One send per top-level call: each level either recurses and returns, or sends.
            async Task WireAsync(string principal, int retries)
            {
                if (retries > 0)
                {
                    await WireAsync(principal, retries - 1);
                    return;
                }

                await _lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "thumbnails", StatementId = "AllowS3", Action = "lambda:InvokeFunction", Principal = principal, SourceArn = "arn:aws:s3:::thumbnails-uploads", SourceAccount = "381492765013" });
            }

            async Task SetupAsync() => await WireAsync("s3.amazonaws.com", 3);
        }
        """);

    [Fact]
    public Task Recursive_local_function_sender_is_not_read_into_itself() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task SetupAsync(IAmazonLambda lambda)
            {
                await WireAsync(3);

                async Task WireAsync(int retries)
                {
                    if (retries > 0)
                    {
                        await WireAsync(retries - 1);
                        return;
                    }

                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "thumbnails", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                }
            }
        }
        """);

    [Fact]
    public Task Mutual_recursion_reads_the_same_whichever_method_is_summarized_first() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            private readonly IAmazonLambda _lambda;

            public Deployer(IAmazonLambda lambda) => _lambda = lambda;

            // Analyzed first in file order: summarizes WireB (and through it WireA) with no method on the path.
            async Task SetupAsync() => await WireB("381492765013", 3);

            async Task WireA(string principal, int n)
            {
                if (n > 0)
                {
                    await WireB(principal, n - 1);
                    return;
                }

                await _lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "thumbnails", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = principal });
            }

            Task WireB(string principal, int n) => WireA(principal, n);
        }
        """);

    [Fact]
    public Task Mutually_recursive_senders_with_a_constant_id_are_not_read_into_themselves() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            private readonly IAmazonLambda _lambda;

            public Deployer(IAmazonLambda lambda) => _lambda = lambda;

            async Task WireA(string principal, int n)
            {
                if (n > 0)
                {
                    await WireB(principal, n - 1);
                    return;
                }

                await _lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "thumbnails", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = principal });
            }

            Task WireB(string principal, int n) => WireA(principal, n);

            async Task SetupAsync() => await WireA("381492765013", 3);
        }
        """);

    [Fact]
    public Task Recursive_factory_with_a_complete_grant_stays_silent() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            static AddPermissionRequest Build(int depth)
            {
                if (depth > 0)
                {
                    Build(depth - 1);
                }

                var request = new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                return request;
            }

            static AddPermissionRequest Outer(int depth) => Inner(depth);

            static AddPermissionRequest Inner(int depth) => depth > 0 ? Outer(depth - 1) : new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "381492765013" };

            async Task GrantAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(Build(3));
                await lambda.AddPermissionAsync(Outer(3));
            }
        }
        """);

    [Fact]
    public async Task Partial_method_across_two_files_is_followed_or_left_alone_silently()
    {
        // CSharpVerifier takes one source; TestCompilation builds a project of several files on the same references.
        const string declaration = Usings + """
            partial class Deployer
            {
                partial void Name(AddPermissionRequest request);

                private partial AddPermissionRequest Build(string principal);

                async Task GrantAsync(IAmazonLambda lambda)
                {
                    var request = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                    Name(request);
                    await lambda.AddPermissionAsync(request);
                    await lambda.AddPermissionAsync(Build("240186593721"));
                }
            }
            """;
        const string implementation = """
            using Amazon.Lambda.Model;

            partial class Deployer
            {
                partial void Name(AddPermissionRequest request) => request.StatementId = "AllowPartner";

                private partial AddPermissionRequest Build(string principal) => new AddPermissionRequest
                {
                    FunctionName = "orders",
                    StatementId = "AllowAudit",
                    Action = "lambda:InvokeFunction",
                    Principal = principal,
                };
            }
            """;

        var compilation = await TestCompilation.CreateAsync(SdkShape.V4, declaration, implementation);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var (diagnostics, exceptions) = await TestCompilation.AnalyzeAsync(compilation);
        Assert.Empty(exceptions);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public Task Ref_out_and_in_parameters_are_escapes() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                var byRef = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                Name(ref byRef);
                await lambda.AddPermissionAsync(byRef);

                var byIn = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                Finish(in byIn);
                await lambda.AddPermissionAsync(byIn);

                Create(out var created);
                created.StatementId = "AllowPartner";
                await lambda.AddPermissionAsync(created);

                var replaced = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                Replace(ref replaced);
                await lambda.AddPermissionAsync(replaced);
            }

            static void Name(ref AddPermissionRequest request) => request.StatementId = "AllowPartner";

            static void Finish(in AddPermissionRequest request) => request.StatementId = "AllowPartner";

            static void Create(out AddPermissionRequest request) => request = new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" };

            static void Replace(ref AddPermissionRequest request) => request = new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "381492765013" };
        }
        """);

    [Fact]
    public Task Calls_deeper_than_three_levels_are_not_followed() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            private readonly IAmazonLambda _lambda;

            public Deployer(IAmazonLambda lambda) => _lambda = lambda;

            void Grant()
            {
                // Four levels of helpers: the fourth is not read, so the grant escapes and nothing is known to be missing.
                var partial = new AddPermissionRequest { FunctionName = "orders", Principal = "240186593721" };
                Authorize1(partial);
                _lambda.AddPermission(partial);

                // Four levels of calls to the method that sends: the argument is not followed that far.
                Wire1("s3.amazonaws.com");
            }

            static void Authorize1(AddPermissionRequest request) => Authorize2(request);

            static void Authorize2(AddPermissionRequest request) => Authorize3(request);

            static void Authorize3(AddPermissionRequest request) => Authorize4(request);

            static void Authorize4(AddPermissionRequest request) => request.Action = "lambda:InvokeFunction";

            void Wire1(string principal) => Wire2(principal);

            void Wire2(string principal) => Wire3(principal);

            void Wire3(string principal) => Wire4(principal);

            void Wire4(string principal) => _lambda.AddPermission(new AddPermissionRequest { FunctionName = "thumbnails", StatementId = "AllowS3", Action = "lambda:InvokeFunction", Principal = principal });
        }
        """);

    // ----- Loops that do not repeat a statement -----

    [Fact]
    public Task Loops_that_stop_run_once_or_replace_the_statement_are_not_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string[] accounts, string bucketArn)
            {
                foreach (var account in accounts)
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowFirst", Action = "lambda:InvokeFunction", Principal = account });
                    break;
                }

                foreach (var account in accounts)
                {
                    if (account.Length == 12)
                    {
                        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowFound", Action = "lambda:InvokeFunction", Principal = account });
                        break;
                    }
                }

                foreach (var only in new[] { bucketArn })
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "thumbnails", StatementId = "AllowS3", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com", SourceArn = only, SourceAccount = "381492765013" });
                }

                for (var i = 0; i < 1; i++)
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowOnce", Action = "lambda:InvokeFunction", Principal = accounts[i] });
                }

                do
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowDo", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                }
                while (false);

                foreach (var account in accounts)
                {
                    await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "orders", StatementId = "AllowPartner" });
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = account });
                }
            }
        }
        """);

    [Fact]
    public Task Parallel_ForEach_with_an_id_from_the_item_is_not_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, List<string> accounts)
            {
                Parallel.ForEach(accounts, account =>
                {
                    var id = "AllowPartner-" + account;
                    lambda.AddPermission(new AddPermissionRequest { FunctionName = "orders", StatementId = id, Action = "lambda:InvokeFunction", Principal = account });
                });

                Parallel.ForEach(accounts, account =>
                    lambda.AddPermission(new AddPermissionRequest { FunctionName = "orders", StatementId = $"Allow{account}", Action = "lambda:InvokeFunction", Principal = account }));

                await Parallel.ForEachAsync(accounts, async (account, token) =>
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "Allow" + account, Action = "lambda:InvokeFunction", Principal = account }, token));

                await Task.WhenAll(accounts.Select(account =>
                    lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = account, StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "381492765013" })));
            }
        }
        """);

    [Fact]
    public Task Retry_loops_are_not_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda)
            {
                for (var attempt = 0; attempt < 3; attempt++)
                {
                    try
                    {
                        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                        break;
                    }
                    catch (Amazon.Runtime.AmazonServiceException)
                    {
                        await Task.Delay(1000);
                    }
                }

                var attempts = 0;
                while (attempts++ < 5)
                {
                    try
                    {
                        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "invoices", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                    }
                    catch (Amazon.Runtime.AmazonServiceException)
                    {
                        continue;
                    }
                    catch (Exception)
                    {
                        throw;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Removal_through_a_helper_in_the_loop_and_lazy_Select_are_not_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            private readonly IAmazonLambda _lambda;

            public Deployer(IAmazonLambda lambda) => _lambda = lambda;

            void Remove(string id) => _lambda.RemovePermission(new RemovePermissionRequest { FunctionName = "orders", StatementId = id });

            void Grant(string[] accounts)
            {
                foreach (var account in accounts)
                {
                    Remove("AllowPartner");
                    _lambda.AddPermission(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = account });
                }

                // Never enumerated: nothing is sent.
                var pending = accounts.Select(account => _lambda.AddPermission(new AddPermissionRequest { FunctionName = "invoices", StatementId = "AllowPartner", Action = "lambda:InvokeFunction", Principal = account }));
            }
        }
        """);

    [Fact]
    public Task Factory_result_that_escapes_before_the_send_is_not_checked_for_missing_members() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            private AddPermissionRequest _last;

            static AddPermissionRequest ForAccount(string account) => new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = account };

            static T Build<T>() where T : AddPermissionRequest, new() => new T { FunctionName = "orders", Action = "lambda:InvokeFunction" };

            async Task GrantAsync(IAmazonLambda lambda, Action<AddPermissionRequest> configure)
            {
                var stored = ForAccount("381492765013");
                _last = stored;
                await lambda.AddPermissionAsync(stored);

                var configured = ForAccount("240186593721");
                configure(configured);
                await lambda.AddPermissionAsync(configured);

                var generic = Build<AddPermissionRequest>();
                generic.Principal = "507318264490";
                await lambda.AddPermissionAsync(generic);
            }
        }
        """);

    // ----- RevisionId read at run time -----

    [Fact]
    public Task Revision_ids_that_are_not_fixed_are_not_reported() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            private string _revision;

            static Task<string> GetPolicyRevisionAsync(IAmazonLambda lambda, string function) => Task.FromResult(function);

            async Task GrantAsync(IAmazonLambda lambda)
            {
                var rev = await GetPolicyRevisionAsync(lambda, "orders");
                await lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "orders", StatementId = "AllowOld", RevisionId = null });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowA", Action = "lambda:InvokeFunction", Principal = "381492765013", RevisionId = rev });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowB", Action = "lambda:InvokeFunction", Principal = "381492765013", RevisionId = $"{rev}" });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowC", Action = "lambda:InvokeFunction", Principal = "381492765013", RevisionId = _revision });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowD", Action = "lambda:InvokeFunction", Principal = "381492765013", RevisionId = default });

                var request = new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowE", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                request.RevisionId = await GetPolicyRevisionAsync(lambda, "orders");
                await lambda.AddPermissionAsync(request);
            }
        }
        """);

    // ----- Findings inside a called method are reported there, once -----

    [Fact]
    public Task Finding_in_a_sender_is_reported_once_inside_it() => VerifyAnalyzerAsync(Usings + """
        class Triggers
        {
            private readonly IAmazonLambda _lambda;

            public Triggers(IAmazonLambda lambda) => _lambda = lambda;

            public async Task WireAllAsync()
            {
                await WireAsync("381492765013", "AllowA");
                await WireAsync("240186593721", "AllowB");
            }

            public async Task WireMoreAsync() => await WireAsync("507318264490", "AllowC");

            private Task WireAsync(string principal, string id) => _lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "thumbnails",
                StatementId = id,
                Action = "lambda:InvokeFunction",
                Principal = principal,
                Qualifier = {|LPA0002:"$LATEST"|},
            });
        }
        """);

    [Fact]
    public Task Finding_in_a_factory_is_reported_once_inside_it() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            static AddPermissionRequest Build(string id) => new AddPermissionRequest
            {
                FunctionName = "orders",
                StatementId = id,
                Action = {|LPA0104:"lambda:*"|},
                Principal = "381492765013",
                RevisionId = {|LPA0008:"0b8a3c2e-4f1d-4a7b-9c3e-2d5f6a7b8c9d"|},
            };

            async Task GrantAsync(IAmazonLambda lambda)
            {
                await lambda.AddPermissionAsync(Build("AllowA"));
                await lambda.AddPermissionAsync(Build("AllowB"));
            }
        }
        """);

    [Fact]
    public Task Finding_in_a_helper_is_reported_once_inside_it() => VerifyAnalyzerAsync(Usings + """
        class Deployer
        {
            static void Pin(AddPermissionRequest request) => request.Qualifier = {|LPA0002:"$LATEST"|};

            async Task GrantAsync(IAmazonLambda lambda)
            {
                var a = new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowA", Action = "lambda:InvokeFunction", Principal = "381492765013" };
                Pin(a);
                await lambda.AddPermissionAsync(a);

                var b = new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowB", Action = "lambda:InvokeFunction", Principal = "240186593721" };
                Pin(b);
                await lambda.AddPermissionAsync(b);
            }
        }
        """);

    [Fact]
    public Task Finding_two_levels_down_is_reported_once_where_it_is_written() => VerifyAnalyzerAsync(Usings + """
        class Triggers
        {
            private readonly IAmazonLambda _lambda;

            public Triggers(IAmazonLambda lambda) => _lambda = lambda;

            public async Task SetupAsync()
            {
                await WireS3Async("381492765013", "AllowA");
                await WireS3Async("240186593721", "AllowB");
            }

            private Task WireS3Async(string account, string id) => WireAsync(account, {|LPA0104:"lambda:*"|}, id);

            private Task WireAsync(string principal, string action, string id) => _lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "thumbnails",
                StatementId = id,
                Action = action,
                Principal = principal,
            });
        }
        """);
}
