namespace LambdaPermissionAnalyzers.Tests.Readers;

/// <summary>
/// The principal objects of the AWS CDK and the conditions they carry, each form and its look-alikes: what CDK
/// moves into the permission at synth (ArnLike aws:SourceArn, StringEquals aws:SourceAccount and aws:PrincipalOrgID)
/// is read as that member, at the value's own location; conditions that are not known make the grant's restrictions
/// unknown, so nothing is reported as missing.
/// </summary>
public class CdkPrincipalsTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.Lambda;
        using Constructs;

        """;

    [Fact]
    public Task Service_principal_options_built_in_place_are_read() => VerifyCdkAnalyzerAsync(Usings + """
        class Triggers : Stack
        {
            Triggers(Construct scope, IFunction fn, string key) : base(scope, "Triggers")
            {
                // Options without conditions restrict nothing.
                fn.AddPermission("Null", new Permission { Principal = new ServicePrincipal({|LPA0100:"s3.amazonaws.com"|}, null) });
                fn.AddPermission("Region", new Permission { Principal = new ServicePrincipal({|LPA0100:"s3.amazonaws.com"|}, new ServicePrincipalOpts { Region = "us-east-1" }) });

                // Conditions in the options: the source ARN is read where it is written.
                fn.AddPermission("Arn", new Permission
                {
                    Principal = new ServicePrincipal("sns.amazonaws.com", new ServicePrincipalOpts
                    {
                        Conditions = new Dictionary<string, object>
                        {
                            ["ArnLike"] = new Dictionary<string, object> { ["aws:SourceArn"] = {|LPA0102:"arn:aws:sqs:us-east-1:381492765013:orders"|} },
                        },
                    }),
                });

                // A condition CDK does not move into the permission restricts nothing.
                fn.AddPermission("Ip", new Permission
                {
                    Principal = new ServicePrincipal({|LPA0100:"s3.amazonaws.com"|}, new ServicePrincipalOpts
                    {
                        Conditions = new Dictionary<string, object>
                        {
                            ["IpAddress"] = new Dictionary<string, object> { ["aws:SourceIp"] = "203.0.113.0/24" },
                            ["StringLike"] = new Dictionary<string, object> { ["aws:SourceAccount"] = "381492765013" },
                            ["ArnEquals"] = new Dictionary<string, object> { ["aws:SourceArn"] = "arn:aws:s3:::uploads" },
                        },
                    }),
                });

                // Look-alikes: a key or an operator that is not constant, options that are not built in place.
                fn.AddPermission("Key", new Permission
                {
                    Principal = new ServicePrincipal("s3.amazonaws.com", new ServicePrincipalOpts
                    {
                        Conditions = new Dictionary<string, object> { ["ArnLike"] = new Dictionary<string, object> { [key] = "arn:aws:s3:::uploads" } },
                    }),
                });
                fn.AddPermission("Operator", new Permission
                {
                    Principal = new ServicePrincipal("s3.amazonaws.com", new ServicePrincipalOpts
                    {
                        Conditions = new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["aws:SourceArn"] = "arn:aws:s3:::uploads" } },
                    }),
                });
                fn.AddPermission("Copied", new Permission
                {
                    Principal = new ServicePrincipal("s3.amazonaws.com", new ServicePrincipalOpts
                    {
                        Conditions = new Dictionary<string, object>(new Dictionary<string, object>()),
                    }),
                });
                fn.AddPermission("Options", new Permission { Principal = new ServicePrincipal("s3.amazonaws.com", Options()) });
            }

            static ServicePrincipalOpts Options() => new() { Conditions = new Dictionary<string, object>() };
        }
        """);

    [Fact]
    public Task Conditions_written_with_Add_are_read_as_well() => VerifyCdkAnalyzerAsync(Usings + """
        class Triggers : Stack
        {
            Triggers(Construct scope, IFunction fn) : base(scope, "Triggers")
            {
                fn.AddPermission("Added", new Permission
                {
                    Principal = new ServicePrincipal("sns.amazonaws.com").WithConditions(new Dictionary<string, object>
                    {
                        { "ArnLike", new Dictionary<string, object> { { "aws:SourceArn", {|LPA0102:"arn:aws:sqs:us-east-1:381492765013:orders"|} } } },
                    }),
                });
                fn.AddPermission("Account", new Permission
                {
                    Principal = new ServicePrincipal("s3.amazonaws.com").WithConditions(new Dictionary<string, object>
                    {
                        { "StringEquals", new Dictionary<string, object> { { "aws:SourceAccount", {|LPA0004:"3814-9276-5013"|} } } },
                    }),
                });
            }
        }
        """);

    [Fact]
    public Task Organization_principals_carry_the_organization_id() => VerifyCdkAnalyzerAsync(Usings + """
        class Shared : Stack
        {
            Shared(Construct scope, IFunction fn) : base(scope, "Shared")
            {
                fn.AddPermission("Org", new Permission { Principal = new OrganizationPrincipal({|LPA0004:"my-org"|}) });
                fn.AddPermission("In", new Permission { Principal = new AnyPrincipal().InOrganization({|LPA0004:"my-org"|}) });
                fn.AddPermission("Cond", new Permission
                {
                    Principal = new AnyPrincipal().WithConditions(new Dictionary<string, object>
                    {
                        ["StringEquals"] = new Dictionary<string, object> { ["aws:PrincipalOrgID"] = {|LPA0004:"my-org"|} },
                    }),
                });

                // Look-alikes: the organization id under another operator is not moved into the permission.
                fn.AddPermission("Like", new Permission
                {
                    Principal = {|LPA0103:new AnyPrincipal()|}.WithConditions(new Dictionary<string, object>
                    {
                        ["StringLike"] = new Dictionary<string, object> { ["aws:PrincipalOrgID"] = "o-k7x2m9q4w1" },
                    }),
                });
            }
        }
        """);

    [Fact]
    public Task Principals_with_conditions_read_both_parts() => VerifyCdkAnalyzerAsync(Usings + """
        class Triggers : Stack
        {
            Triggers(Construct scope, IFunction fn, Dictionary<string, object> conditions) : base(scope, "Triggers")
            {
                fn.AddPermission("Arn", new Permission
                {
                    Principal = new PrincipalWithConditions(new ServicePrincipal("sns.amazonaws.com"), new Dictionary<string, object>
                    {
                        ["ArnLike"] = new Dictionary<string, object> { ["aws:SourceArn"] = {|LPA0102:"arn:aws:sqs:us-east-1:381492765013:orders"|} },
                    }),
                });
                fn.AddPermission("Other", new Permission
                {
                    Principal = new PrincipalWithConditions(new ServicePrincipal({|LPA0100:"sns.amazonaws.com"|}), new Dictionary<string, object>
                    {
                        ["Bool"] = new Dictionary<string, object> { ["aws:SecureTransport"] = "true" },
                    }),
                });

                // Look-alike: conditions that are not known.
                fn.AddPermission("Given", new Permission { Principal = new PrincipalWithConditions(new ServicePrincipal("s3.amazonaws.com"), conditions) });
                fn.AddPermission("Chained", new Permission { Principal = new ServicePrincipal("s3.amazonaws.com").WithConditions(conditions) });
            }
        }
        """);

    [Fact]
    public Task GrantInvoke_reads_the_principal_through_its_chained_calls() => VerifyCdkAnalyzerAsync(Usings + """
        class Triggers : Stack
        {
            Triggers(Construct scope, IFunction fn, Helper helper) : base(scope, "Triggers")
            {
                fn.GrantInvoke(new ServicePrincipal({|LPA0100:"s3.amazonaws.com"|}));
                fn.GrantInvoke(new ServicePrincipal("sns.amazonaws.com").WithConditions(new Dictionary<string, object>
                {
                    ["ArnLike"] = new Dictionary<string, object> { ["aws:SourceArn"] = {|LPA0102:"arn:aws:sqs:us-east-1:381492765013:orders"|} },
                }));
                fn.GrantInvoke(new AnyPrincipal().InOrganization({|LPA0004:"my-org"|}));

                // Look-alikes: a method of the same name on another type, and a principal that is not built in place.
                helper.GrantInvoke(new ServicePrincipal("s3.amazonaws.com"));
                var principal = new ServicePrincipal("s3.amazonaws.com");
                helper.GrantInvoke(principal);
            }
        }

        class Helper
        {
            public void GrantInvoke(IPrincipal principal) { }
        }
        """);

    [Fact]
    public Task GrantInvoke_grants_lambda_InvokeFunction() => VerifyCdkAnalyzerAsync(Usings + """
        class Triggers : Stack
        {
            Triggers(Construct scope, IFunction fn) : base(scope, "Triggers")
            {
                fn.GrantInvoke({|#0:new AnyPrincipal()|});
            }
        }
        """,
        Diagnostic("LPA0103").WithLocation(0)
            .WithMessage("Principal '*' with no PrincipalOrgID, SourceArn or SourceAccount lets any AWS account or anonymous caller use 'lambda:InvokeFunction' on this function; restrict it with PrincipalOrgID, or name the account or service"));
}
