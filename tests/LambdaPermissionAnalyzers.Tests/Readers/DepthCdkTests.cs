namespace LambdaPermissionAnalyzers.Tests.Readers;

/// <summary>
/// The catalog's "Flow" section on AWS CDK for .NET code (the real Amazon.CDK.Lib 2.160.0): a <c>Permission</c> or
/// <c>CfnPermissionProps</c> built in a factory, finished in a helper, written through a parameter, and added in a loop.
/// </summary>
public class DepthCdkTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.Lambda;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SNS;
        using Constructs;

        """;

    private const string S3Message = "Principal 's3.amazonaws.com' is an AWS service, but the grant sets neither SourceArn nor SourceAccount: resources in other AWS accounts can invoke this function through that service; add SourceArn and SourceAccount";

    [Fact]
    public Task Factory_argument_with_a_service_principal_is_reported_on_the_argument() => VerifyCdkAnalyzerAsync(Usings + """
        class OrdersStack : Stack
        {
            public OrdersStack(Construct scope, IFunction fn) : base(scope, "Orders")
            {
                fn.AddPermission("AllowS3", BuildPermission({|#0:"s3.amazonaws.com"|}));
                fn.AddPermission("AllowPartner", BuildPermission("381492765013"));
            }

            static Permission BuildPermission(string principal) => new Permission { Principal = new ServicePrincipal(principal) };
        }
        """,
        Diagnostic("LPA0100").WithLocation(0)
            .WithMessage("'s3.amazonaws.com' is passed to BuildPermission, which writes it to the grant it returns: " + S3Message));

    [Fact]
    public Task Factory_with_a_literal_service_principal_is_reported_through_the_call() => VerifyCdkAnalyzerAsync(Usings + """
        class OrdersStack : Stack
        {
            public OrdersStack(Construct scope, IFunction fn) : base(scope, "Orders")
            {
                fn.AddPermission("AllowS3", {|#0:BuildPermission()|});
            }

            static Permission BuildPermission() => new Permission { Principal = new ServicePrincipal("s3.amazonaws.com") };
        }
        """,
        Diagnostic("LPA0100").WithLocation(0)
            .WithMessage("Through BuildPermission (called here): " + S3Message));

    [Fact]
    public Task Caller_that_restricts_the_factory_permission_is_not_reported() => VerifyCdkAnalyzerAsync(Usings + """
        class OrdersStack : Stack
        {
            public OrdersStack(Construct scope, IFunction fn, Bucket bucket, Topic topic) : base(scope, "Orders")
            {
                var uploads = BuildPermission();
                uploads.SourceArn = bucket.BucketArn;
                uploads.SourceAccount = Account;
                fn.AddPermission("AllowS3", uploads);

                var alerts = Subscribe("sns.amazonaws.com");
                alerts.SourceArn = topic.TopicArn;
                fn.AddPermission("AllowSns", alerts);
            }

            static Permission BuildPermission() => new Permission { Principal = new ServicePrincipal("s3.amazonaws.com") };

            static Permission Subscribe(string service)
            {
                var permission = new Permission();
                permission.Principal = new ServicePrincipal(service);
                return permission;
            }
        }
        """);

    [Fact]
    public Task Factory_restricted_by_principal_conditions_is_not_reported() => VerifyCdkAnalyzerAsync(Usings + """
        class OrdersStack : Stack
        {
            public OrdersStack(Construct scope, IFunction fn, Bucket bucket) : base(scope, "Orders")
            {
                fn.AddPermission("AllowS3", ForBucket("s3.amazonaws.com", bucket.BucketArn, Account));
            }

            static Permission ForBucket(string service, string bucketArn, string account) => new Permission
            {
                Principal = new ServicePrincipal(service).WithConditions(new Dictionary<string, object>
                {
                    ["ArnLike"] = new Dictionary<string, object> { ["aws:SourceArn"] = bucketArn },
                    ["StringEquals"] = new Dictionary<string, object> { ["aws:SourceAccount"] = account },
                }),
            };
        }
        """);

    [Fact]
    public Task Helper_that_sets_SourceArn_restricts_and_one_that_does_not_leaves_it_open() => VerifyCdkAnalyzerAsync(Usings + """
        class AlertsStack : Stack
        {
            public AlertsStack(Construct scope, IFunction fn, Topic topic) : base(scope, "Alerts")
            {
                var restricted = new Permission { Principal = new ServicePrincipal("sns.amazonaws.com") };
                Restrict(restricted, topic);
                fn.AddPermission("AllowSns", restricted);

                var open = new Permission { Principal = new ServicePrincipal({|LPA0100:"sns.amazonaws.com"|}) };
                Describe(open);
                fn.AddPermission("AllowSnsOpen", open);
            }

            static void Restrict(Permission permission, ITopic topic) => permission.SourceArn = topic.TopicArn;

            static void Describe(Permission permission) => permission.Action = "lambda:InvokeFunction";
        }
        """);

    [Fact]
    public Task CfnPermissionProps_from_a_factory_lacking_members_is_reported_on_the_call() => VerifyCdkAnalyzerAsync(Usings + """
        class PartnerStack : Stack
        {
            public PartnerStack(Construct scope, IFunction fn) : base(scope, "Partner")
            {
                new CfnPermission(this, "Partner", {|#0:Props()|});

                var complete = Props();
                complete.FunctionName = fn.FunctionArn;
                complete.Action = "lambda:InvokeFunction";
                new CfnPermission(this, "PartnerComplete", complete);
            }

            static CfnPermissionProps Props() => new CfnPermissionProps { Principal = "381492765013" };
        }
        """,
        Diagnostic("LPA0001").WithLocation(0)
            .WithMessage("CfnPermissionProps from Props is sent without FunctionName and Action; the stack fails to synthesize or deploy"));

    [Fact]
    public Task Same_construct_id_in_a_loop_is_not_an_LPA0006_finding() => VerifyCdkAnalyzerAsync(Usings + """
        class UploadsStack : Stack
        {
            public UploadsStack(Construct scope, IFunction fn, string[] bucketArns) : base(scope, "Uploads")
            {
                // The id is the construct id, not a StatementId (CDK rejects the duplicate at synth, Lambda never sees it).
                foreach (var bucketArn in bucketArns)
                {
                    fn.AddPermission("AllowS3", new Permission { Principal = new ServicePrincipal("s3.amazonaws.com"), SourceArn = bucketArn, SourceAccount = Account });
                }

                for (var i = 0; i < bucketArns.Length; i++)
                {
                    new CfnPermission(this, "AllowS3Cfn", new CfnPermissionProps
                    {
                        FunctionName = fn.FunctionArn,
                        Action = "lambda:InvokeFunction",
                        Principal = "s3.amazonaws.com",
                        SourceArn = bucketArns[i],
                        SourceAccount = Account,
                    });
                }
            }
        }
        """);

    [Fact]
    public Task Permission_parameter_written_with_a_wildcard_action_is_reported_once_in_the_helper() => VerifyCdkAnalyzerAsync(Usings + """
        class AdminStack : Stack
        {
            public AdminStack(Construct scope, IFunction fn) : base(scope, "Admin")
            {
                var admin = new Permission { Principal = new AccountPrincipal("381492765013") };
                Widen(admin);
                fn.AddPermission("Admin", admin);

                var audit = new Permission { Principal = new AccountPrincipal("240186593721") };
                Widen(audit);
                fn.AddPermission("Audit", audit);
            }

            static void Widen(Permission p)
            {
                p.Action = {|LPA0104:"lambda:*"|};
            }
        }
        """);

    [Fact]
    public Task Permission_helper_that_sets_the_principal_from_an_argument() => VerifyCdkAnalyzerAsync(Usings + """
        class TriggersStack : Stack
        {
            public TriggersStack(Construct scope, IFunction fn, Topic topic) : base(scope, "Triggers")
            {
                var uploads = new Permission();
                Trust(uploads, {|#0:"s3.amazonaws.com"|});
                fn.AddPermission("AllowS3", uploads);

                var alerts = new Permission { SourceArn = topic.TopicArn };
                Trust(alerts, "sns.amazonaws.com");
                fn.AddPermission("AllowSns", alerts);
            }

            static void Trust(Permission permission, string service) => permission.Principal = new ServicePrincipal(service);
        }
        """,
        Diagnostic("LPA0100").WithLocation(0)
            .WithMessage("'s3.amazonaws.com' is passed to Trust, which writes it to the grant passed to it: " + S3Message));

    [Fact]
    public Task Method_that_adds_a_permission_from_its_parameter_is_checked_per_call() => VerifyCdkAnalyzerAsync(Usings + """
        class TriggersStack : Stack
        {
            private readonly IFunction _fn;

            public TriggersStack(Construct scope, IFunction fn, string configured) : base(scope, "Triggers")
            {
                _fn = fn;
                Allow("S3", {|#0:"s3.amazonaws.com"|});
                Allow("Partner", "381492765013");
                Allow("Configured", configured);
            }

            void Allow(string id, string service) => _fn.AddPermission(id, new Permission { Principal = new ServicePrincipal(service) });
        }
        """,
        Diagnostic("LPA0100").WithLocation(0)
            .WithMessage("'s3.amazonaws.com' is passed to Allow, which sends it in a grant: " + S3Message));

    [Fact]
    public Task Permission_passed_to_a_method_that_adds_it_is_still_checked() => VerifyCdkAnalyzerAsync(Usings + """
        class UploadsStack : Stack
        {
            public UploadsStack(Construct scope, IFunction fn, Bucket bucket) : base(scope, "Uploads")
            {
                var open = new Permission { Principal = new ServicePrincipal({|LPA0100:"s3.amazonaws.com"|}) };
                Add(fn, "AllowS3", open);

                var restricted = new Permission { Principal = new ServicePrincipal("s3.amazonaws.com"), SourceArn = bucket.BucketArn, SourceAccount = Account };
                Add(fn, "AllowS3Restricted", restricted);
            }

            static void Add(IFunction fn, string id, Permission permission) => fn.AddPermission(id, permission);
        }
        """);
}
