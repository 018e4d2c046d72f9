namespace LambdaPermissionAnalyzers.Tests.Readers;

/// <summary>
/// How the CDK reader turns AWS CDK for .NET constructs (the real Amazon.CDK.Lib 2.160.0) into grants: CfnPermission,
/// IFunction.AddPermission with principal objects and their conditions, locals, and function URLs; each test checks several
/// rules at once.
/// </summary>
public class CdkReaderTests
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

    // ----- AWS CDK -----

    [Fact]
    public Task CfnPermission_gets_the_full_rule_set() => VerifyCdkAnalyzerAsync(Usings + """
        class Triggers : Stack
        {
            Triggers(Construct scope, IFunction fn, Topic topic) : base(scope, "Triggers")
            {
                new CfnPermission(this, "S3", new CfnPermissionProps { Action = "lambda:InvokeFunction", FunctionName = fn.FunctionArn, Principal = {|LPA0100:"s3.amazonaws.com"|} });
                new CfnPermission(this, "Any", new CfnPermissionProps { Action = {|LPA0104:"lambda:*"|}, FunctionName = fn.FunctionArn, Principal = "381492765013", SourceAccount = {|LPA0004:"3814-9276-5013"|} });
                new CfnPermission(this, "Org", new CfnPermissionProps { Action = "lambda:InvokeFunction", FunctionName = fn.FunctionArn, Principal = "*", PrincipalOrgId = "o-k7x2m9q4w1" });
                new CfnPermission(this, "Public", new CfnPermissionProps { Action = "lambda:InvokeFunction", FunctionName = fn.FunctionArn, Principal = {|LPA0103:"*"|} });
                new CfnPermission(this, "NoAction", new {|#0:CfnPermissionProps|} { FunctionName = fn.FunctionArn, Principal = "381492765013" });

                // Set after construction: CfnPermission's properties are writable.
                var sns = new CfnPermission(this, "Sns", new CfnPermissionProps { Action = "lambda:InvokeFunction", FunctionName = fn.FunctionArn, Principal = "sns.amazonaws.com" });
                sns.SourceArn = topic.TopicArn;
            }
        }
        """,
        Diagnostic("LPA0001").WithLocation(0)
            .WithMessage("CfnPermissionProps is sent without Action; the stack fails to synthesize or deploy"));

    [Fact]
    public Task Principal_objects_become_the_principal_CDK_writes() => VerifyCdkAnalyzerAsync(Usings + """
        class Triggers : Stack
        {
            Triggers(Construct scope, IFunction fn, Bucket bucket, IPrincipal principal, Dictionary<string, object> conditions) : base(scope, "Triggers")
            {
                fn.AddPermission("S3", new Permission { Principal = new ServicePrincipal({|LPA0100:"s3.amazonaws.com"|}) });
                fn.AddPermission("S3Arn", new Permission { Principal = new ServicePrincipal("s3.amazonaws.com"), SourceArn = {|LPA0101:bucket.BucketArn|} });
                fn.AddPermission("Everyone", new Permission { Principal = {|LPA0103:new AnyPrincipal()|} });
                fn.AddPermission("Api", new Permission { Principal = new ArnPrincipal({|LPA0100:"apigateway.amazonaws.com"|}) });
                fn.AddPermission("All", new Permission { Principal = new AccountPrincipal("381492765013"), Action = {|LPA0104:"lambda:*"|} });

                // Look-alikes: restricted by the principal's conditions, the organization, an account, a principal or conditions not known.
                fn.AddPermission("S3Cond", new Permission
                {
                    Principal = new ServicePrincipal("s3.amazonaws.com").WithConditions(new Dictionary<string, object>
                    {
                        ["ArnLike"] = new Dictionary<string, object> { ["aws:SourceArn"] = bucket.BucketArn },
                        ["StringEquals"] = new Dictionary<string, object> { ["aws:SourceAccount"] = Aws.ACCOUNT_ID },
                    }),
                });
                fn.AddPermission("S3Opts", new Permission { Principal = new ServicePrincipal("s3.amazonaws.com", new ServicePrincipalOpts { Conditions = conditions }) });
                fn.AddPermission("Org", new Permission { Principal = new OrganizationPrincipal("o-k7x2m9q4w1") });
                fn.AddPermission("OrgIn", new Permission { Principal = new AnyPrincipal().InOrganization("o-k7x2m9q4w1") });
                fn.AddPermission("OrgId", new Permission { Principal = new AnyPrincipal(), OrganizationId = "o-k7x2m9q4w1" });
                fn.AddPermission("Partner", new Permission { Principal = new AccountPrincipal("381492765013") });
                fn.AddPermission("Role", new Permission { Principal = new ArnPrincipal("arn:aws:iam::381492765013:role/deployer") });
                fn.AddPermission("Given", new Permission { Principal = principal });
                fn.AddPermission("Wrapped", new Permission { Principal = new PrincipalWithConditions(new ServicePrincipal("sns.amazonaws.com"), conditions) });
            }
        }
        """);

    [Fact]
    public Task Function_urls() => VerifyCdkAnalyzerAsync(Usings + """
        class Site : Stack
        {
            Site(Construct scope, Function fn, Function api) : base(scope, "Site")
            {
                fn.AddFunctionUrl(new {|#0:FunctionUrlOptions|} { AuthType = {|LPA0200:FunctionUrlAuthType.NONE|} });
                new FunctionUrl(this, "Api", new FunctionUrlProps
                {
                    Function = api,
                    AuthType = FunctionUrlAuthType.AWS_IAM,
                    Cors = new FunctionUrlCorsOptions { AllowedOrigins = new[] { {|#1:"*"|} }, AllowCredentials = true },
                });
                api.AddFunctionUrl();
                api.AddFunctionUrl(new FunctionUrlOptions { Cors = new FunctionUrlCorsOptions { AllowedOrigins = new[] { "*" } } });
            }
        }
        """,
        Diagnostic("LPA0202").WithLocation(0).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("This public function URL (AuthType NONE) gets only the lambda:InvokeFunctionUrl grant from this version of the AWS CDK, and no lambda:InvokeFunction grant with InvokedViaFunctionUrl = true for the same function in this method; since October 2025 callers of a new function URL get 403 Forbidden without both grants; update Amazon.CDK.Lib to 2.220.0 or later, which adds both grants"),
        Diagnostic("LPA0203").WithLocation(1)
            .WithMessage("Cors.AllowedOrigins '*' is combined with Cors.AllowCredentials = true: the function URL echoes any caller's Origin with Access-Control-Allow-Credentials, so every website can send credentialed requests and read the responses; list the allowed origins"));

    [Fact]
    public Task Permissions_and_props_built_in_a_local_are_read() => VerifyCdkAnalyzerAsync(Usings + """
        class Triggers : Stack
        {
            Triggers(Construct scope, Function fn, Topic topic) : base(scope, "Triggers")
            {
                var uploads = new Permission { Principal = new ServicePrincipal({|LPA0100:"s3.amazonaws.com"|}) };
                fn.AddPermission("Uploads", uploads);

                var latest = new {|LPA0002:Permission|} { Principal = new AccountPrincipal("381492765013") };
                fn.LatestVersion.AddPermission("Latest", latest);

                var props = new CfnPermissionProps { Action = "lambda:InvokeFunction", FunctionName = fn.FunctionArn, Principal = {|LPA0100:"events.amazonaws.com"|} };
                new CfnPermission(this, "Events", props);

                // Look-alike: the restriction is set on the local before the send.
                var events = new Permission { Principal = new ServicePrincipal("sns.amazonaws.com") };
                events.SourceArn = topic.TopicArn;
                fn.AddPermission("Events", events);
            }
        }
        """);
}
