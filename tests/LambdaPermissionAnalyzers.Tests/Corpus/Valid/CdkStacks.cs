using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SNS;
using Constructs;

namespace Corpus.Cdk;

/// <summary>Correct CDK grants, in every form the CDK reader follows: none may be reported.</summary>
public sealed class TriggersStack : Stack
{
    public TriggersStack(Construct scope, string id, IFunction imported, IPrincipal principal, Dictionary<string, object> conditions)
        : base(scope, id)
    {
        var fn = new Function(this, "Orders", new FunctionProps { Runtime = Runtime.DOTNET_8, Handler = "Orders::Handle", Code = Code.FromAsset("./publish") });
        var bucket = new Bucket(this, "Uploads");
        var topic = new Topic(this, "Events");
        var rule = new Rule(this, "Nightly", new RuleProps { Schedule = Schedule.Rate(Duration.Hours(24)) });

        fn.AddPermission("S3", new Permission { Principal = new ServicePrincipal("s3.amazonaws.com"), SourceArn = bucket.BucketArn, SourceAccount = Account });
        fn.AddPermission("Sns", new Permission { Principal = new ServicePrincipal("sns.amazonaws.com"), SourceArn = topic.TopicArn });
        fn.AddPermission("Events", new Permission { Principal = new ServicePrincipal("events.amazonaws.com"), SourceArn = rule.RuleArn });
        fn.AddPermission("Secrets", new Permission { Principal = new ServicePrincipal("secretsmanager.amazonaws.com"), SourceAccount = Stack.Of(this).Account });
        fn.AddPermission("Alexa", new Permission { Principal = new ServicePrincipal("alexa-appkit.amazon.com"), EventSourceToken = "amzn1.ask.skill.5c1e7f02-3b1d-4f7a-9d0e-6a2b8c4d1e90" });
        fn.AddPermission("Partner", new Permission { Principal = new AccountPrincipal("507318264490") });
        fn.AddPermission("Role", new Permission { Principal = new ArnPrincipal("arn:aws:iam::507318264490:role/reader") });
        fn.AddPermission("Org", new Permission { Principal = new OrganizationPrincipal("o-k7x2m9q4w1") });
        fn.AddPermission("OrgIn", new Permission { Principal = new AnyPrincipal().InOrganization("o-k7x2m9q4w1") });
        fn.AddPermission("Given", new Permission { Principal = principal });
        fn.AddPermission("Conditioned", new Permission { Principal = new ServicePrincipal("s3.amazonaws.com").WithConditions(conditions) });
        fn.AddPermission("Wrapped", new Permission
        {
            Principal = new PrincipalWithConditions(new ServicePrincipal("s3.amazonaws.com"), new Dictionary<string, object>
            {
                { "ArnLike", new Dictionary<string, object> { { "aws:SourceArn", bucket.BucketArn } } },
                { "StringEquals", new Dictionary<string, object> { { "aws:SourceAccount", Account } } },
            }),
        });
        fn.CurrentVersion.AddPermission("Current", new Permission { Principal = new AccountPrincipal("507318264490") });
        imported.AddPermission("Imported", new Permission { Principal = new AccountPrincipal("507318264490") });

        var later = new Permission { Principal = new ServicePrincipal("sns.amazonaws.com") };
        later.SourceArn = topic.TopicArn;
        fn.AddPermission("Later", later);

        new CfnPermission(this, "Cfn", new CfnPermissionProps { Action = "lambda:InvokeFunction", FunctionName = fn.FunctionArn, Principal = "s3.amazonaws.com", SourceArn = bucket.BucketArn, SourceAccount = Account });
        var cfn = new CfnPermission(this, "CfnLater", new CfnPermissionProps { Action = "lambda:InvokeFunction", FunctionName = fn.FunctionArn, Principal = "sns.amazonaws.com" });
        cfn.SourceArn = topic.TopicArn;

        fn.AddFunctionUrl();
        fn.AddFunctionUrl(new FunctionUrlOptions { AuthType = FunctionUrlAuthType.AWS_IAM, Cors = new FunctionUrlCorsOptions { AllowedOrigins = new[] { "https://app.orders.example" }, AllowCredentials = true } });
        new FunctionUrl(this, "Url", new FunctionUrlProps { Function = fn, Cors = new FunctionUrlCorsOptions { AllowedOrigins = new[] { "*" } } });
    }

    public static Permission ForPartner() => new Permission { Principal = new AccountPrincipal("507318264490") };
}
