using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SNS;
using Constructs;

namespace OrdersCdk;

/// <summary>The orders function and what may invoke it.</summary>
public sealed class OrdersStack : Stack
{
    public OrdersStack(Construct scope, string id)
        : base(scope, id)
    {
        var orders = new Function(this, "Orders", new FunctionProps
        {
            Runtime = Runtime.DOTNET_8,
            Handler = "Orders::Orders.Function::Handle",
            Code = Code.FromAsset("./publish"),
        });
        var uploads = new Bucket(this, "Uploads");
        var events = new Topic(this, "OrderEvents");

        // Deliberate mistake (LPA0100): without SourceArn/SourceAccount any account's bucket can trigger the function.
        orders.AddPermission("Uploads", new Permission
        {
            Principal = new ServicePrincipal("s3.amazonaws.com"),
        });

        // The correct form beside it: the bucket and the account it lives in, as CDK's own S3 notifications do.
        orders.AddPermission("UploadsRestricted", new Permission
        {
            Principal = new ServicePrincipal("s3.amazonaws.com"),
            SourceArn = uploads.BucketArn,
            SourceAccount = this.Account,
        });

        // Conditions on the principal count: CDK turns them into SourceArn (the correct form for SNS).
        orders.AddPermission("OrderEvents", new Permission
        {
            Principal = new ServicePrincipal("sns.amazonaws.com").WithConditions(new Dictionary<string, object>
            {
                ["ArnLike"] = new Dictionary<string, object> { ["aws:SourceArn"] = events.TopicArn },
            }),
        });

        // Deliberate mistake (LPA0002): CDK adds nothing to $LATEST (it only warns at synth); grant on the function.
        orders.LatestVersion.AddPermission("Nightly", new Permission
        {
            Principal = new ServicePrincipal("events.amazonaws.com"),
            SourceArn = "arn:aws:events:eu-west-1:381492765013:rule/orders-nightly",
        });

        // Deliberate mistake (LPA0103): AnyPrincipal with no condition lets every AWS account invoke the function.
        orders.AddPermission("Status", new Permission
        {
            Principal = new AnyPrincipal(),
        });

        // The correct form beside it: the organization's accounts only.
        orders.AddPermission("StatusForOrganization", new Permission
        {
            Principal = new AnyPrincipal().InOrganization("o-k7x2m9q4w1"),
        });

        // Deliberate mistake (LPA0301): a Permission is only data; this one is never added, so nothing is granted.
        var audit = new Permission { Principal = new AccountPrincipal("240186593721") };
        audit.SourceAccount = "240186593721";

        // The correct form beside it: added to the function.
        var auditRead = new Permission { Principal = new AccountPrincipal("240186593721") };
        orders.AddPermission("Audit", auditRead);

        // Deliberate mistake (LPA0104): lambda:* also lets the partner change the function's code and configuration.
        new CfnPermission(this, "Partner", new CfnPermissionProps
        {
            FunctionName = orders.FunctionArn,
            Action = "lambda:*",
            Principal = "507318264490",
        });

        // The correct form beside it: the one action the partner needs.
        new CfnPermission(this, "PartnerInvoke", new CfnPermissionProps
        {
            FunctionName = orders.FunctionArn,
            Action = "lambda:InvokeFunction",
            Principal = "507318264490",
        });

        // Deliberate mistake (LPA0100): for a service principal GrantInvoke adds a resource-policy statement with no source.
        orders.GrantInvoke(new ServicePrincipal("events.amazonaws.com"));

        // The correct form beside it: the rule that may invoke the function, as a condition CDK turns into SourceArn.
        orders.GrantInvoke(new ServicePrincipal("events.amazonaws.com").WithConditions(new Dictionary<string, object>
        {
            ["ArnLike"] = new Dictionary<string, object> { ["aws:SourceArn"] = $"arn:aws:events:{this.Region}:{this.Account}:rule/orders-nightly" },
        }));

        // Deliberate mistake (LPA0100): BuildPermission gives the service no source condition; reported on the argument, with no code fix.
        orders.AddPermission("AllowS3", BuildPermission("s3.amazonaws.com"));

        // The correct form beside it: the factory's permission restricted to the bucket and its account before it is added.
        var uploadsPermission = BuildPermission("s3.amazonaws.com");
        uploadsPermission.SourceArn = uploads.BucketArn;
        uploadsPermission.SourceAccount = this.Account;
        orders.AddPermission("AllowS3FromUploads", uploadsPermission);
    }

    /// <summary>A permission for the service <paramref name="principal"/>, with no condition: each caller restricts it.</summary>
    private static Permission BuildPermission(string principal) => new Permission { Principal = new ServicePrincipal(principal) };
}
