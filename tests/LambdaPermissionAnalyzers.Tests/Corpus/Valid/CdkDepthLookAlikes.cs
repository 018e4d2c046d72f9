using System.Collections.Generic;
using System.Linq;
using Amazon.CDK;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SNS;
using Constructs;

namespace Corpus.Valid.CdkDepth;

/// <summary>Restricts a permission; which implementation runs is not visible to the stack.</summary>
public interface IPermissionRestrictor
{
    void Restrict(Permission permission);
}

public sealed class BucketRestrictor : IPermissionRestrictor
{
    private readonly IBucket _bucket;
    private readonly string _account;

    public BucketRestrictor(IBucket bucket, string account)
    {
        _bucket = bucket;
        _account = account;
    }

    public void Restrict(Permission permission)
    {
        permission.SourceArn = _bucket.BucketArn;
        permission.SourceAccount = _account;
    }
}

/// <summary>Overridable restriction: abstract and virtual members are never followed.</summary>
public abstract class PermissionDecorator
{
    public abstract void Decorate(Permission permission);

    public virtual void DecorateTopic(Permission permission, ITopic topic) => permission.SourceArn = topic.TopicArn;
}

public sealed class RuleDecorator : PermissionDecorator
{
    private readonly IRule _rule;

    public RuleDecorator(IRule rule) => _rule = rule;

    public override void Decorate(Permission permission) => permission.SourceArn = _rule.RuleArn;
}

public static class CdkDepthPermissionExtensions
{
    /// <summary>An extension-method factory returning a complete, restricted permission.</summary>
    public static Permission InvokeFrom(this IBucket bucket, string account) => new Permission
    {
        Principal = new ServicePrincipal("s3.amazonaws.com"),
        SourceArn = bucket.BucketArn,
        SourceAccount = account,
    };
}

/// <summary>Correct CDK permissions built in factories, finished in helpers and added in loops: nothing to report.</summary>
public sealed class DepthTriggersStack : Stack
{
    public DepthTriggersStack(Construct scope, string id, IReadOnlyList<string> bucketNames, IPermissionRestrictor restrictor, PermissionDecorator decorator)
        : base(scope, id)
    {
        var fn = new Function(this, "Ingest", new FunctionProps { Runtime = Runtime.DOTNET_8, Handler = "Ingest::Handle", Code = Code.FromAsset("./publish") });
        var bucket = new Bucket(this, "Uploads");
        var archive = new Bucket(this, "Archive");
        var topic = new Topic(this, "OrderEvents");
        var rule = new Rule(this, "Hourly", new RuleProps { Schedule = Schedule.Rate(Duration.Hours(1)) });

        // Factories, with known principals bound to their parameters.
        fn.AddPermission("AllowS3Factory", BuildPermission("s3.amazonaws.com", bucket.BucketArn, this.Account));
        fn.AddPermission("AllowEventsFactory", BuildPermission("events.amazonaws.com", rule.RuleArn, Account));
        fn.AddPermission("AllowSnsFactory", BuildSourcePermission("sns.amazonaws.com", topic.TopicArn));
        fn.AddPermission("AllowS3Extension", archive.InvokeFrom(Account));
        fn.AddPermission("AllowS3Chained", ScopedS3Permission(archive.BucketArn));
        fn.AddPermission("AllowSecretsChained", SecretsRotationPermission());
        fn.AddPermission("AllowEventsLocal", RulePermission(rule));

        // A factory's permission finished by the caller before it is added.
        var finished = ServicePermission("s3.amazonaws.com");
        finished.SourceArn = archive.BucketArn;
        finished.SourceAccount = Account;
        fn.AddPermission("AllowS3Finished", finished);

        // Helpers that finish a permission: source methods, and overridable ones the reader must not follow.
        var helped = new Permission { Principal = new ServicePrincipal("s3.amazonaws.com") };
        RestrictToBucket(helped, bucket.BucketArn, Account);
        fn.AddPermission("AllowS3Helped", helped);

        var restricted = new Permission { Principal = new ServicePrincipal("s3.amazonaws.com") };
        restrictor.Restrict(restricted);
        fn.AddPermission("AllowS3Restrictor", restricted);

        var decorated = new Permission { Principal = new ServicePrincipal("events.amazonaws.com") };
        decorator.Decorate(decorated);
        fn.AddPermission("AllowEventsDecorated", decorated);

        var topicDecorated = new Permission { Principal = new ServicePrincipal("sns.amazonaws.com") };
        decorator.DecorateTopic(topicDecorated, topic);
        fn.AddPermission("AllowSnsDecorated", topicDecorated);

        // Loops: a different construct id on every iteration, or a loop that runs once.
        for (var i = 0; i < bucketNames.Count; i++)
        {
            var imported = Bucket.FromBucketName(this, $"Imported{i}", bucketNames[i]);
            fn.AddPermission($"AllowS3-{i}", BuildPermission("s3.amazonaws.com", imported.BucketArn, Account));
        }

        foreach (var owned in new IBucket[] { bucket, archive })
        {
            fn.AddPermission("AllowOwned" + owned.Node.Id, owned.InvokeFrom(Account));
        }

        foreach (var (name, index) in bucketNames.Select((name, index) => (name, index)))
        {
            var permission = new Permission { Principal = new ServicePrincipal("s3.amazonaws.com") };
            RestrictToBucket(permission, $"arn:aws:s3:::{name}", Account);
            fn.AddPermission("AllowNamed" + index, permission);
        }

        foreach (var only in new[] { topic })
        {
            fn.AddPermission("AllowSnsOnce", BuildSourcePermission("sns.amazonaws.com", only.TopicArn));
        }

        // Methods that create and add a permission from their parameters.
        Allow(fn, "AllowS3Wired", "s3.amazonaws.com", bucket.BucketArn, Account);
        Allow(fn, "AllowSnsWired", "sns.amazonaws.com", topic.TopicArn, null);
        Allow(fn, "AllowEventsWired", "events.amazonaws.com", rule.RuleArn, Account);

        Permission RulePermission(IRule source) => new Permission
        {
            Principal = new ServicePrincipal("events.amazonaws.com"),
            SourceArn = source.RuleArn,
            SourceAccount = Account,
        };
    }

    private static Permission BuildPermission(string principal, string sourceArn, string account) => new Permission
    {
        Principal = new ServicePrincipal(principal),
        SourceArn = sourceArn,
        SourceAccount = account,
    };

    private static Permission BuildSourcePermission(string principal, string sourceArn) => new Permission
    {
        Principal = new ServicePrincipal(principal),
        SourceArn = sourceArn,
    };

    private static void Allow(IFunction fn, string id, string principal, string sourceArn, string? account)
    {
        var permission = new Permission { Principal = new ServicePrincipal(principal), SourceArn = sourceArn };
        if (account is not null)
        {
            permission.SourceAccount = account;
        }

        fn.AddPermission(id, permission);
    }

    private static void RestrictToBucket(Permission permission, string bucketArn, string account)
    {
        permission.SourceArn = bucketArn;
        permission.SourceAccount = account;
    }

    private Permission ScopedS3Permission(string bucketArn)
    {
        var permission = ServicePermission("s3.amazonaws.com");
        permission.SourceArn = bucketArn;
        permission.SourceAccount = Account;
        return permission;
    }

    private Permission SecretsRotationPermission()
    {
        var permission = InvokePermission(new ServicePrincipal("secretsmanager.amazonaws.com"));
        permission.SourceAccount = Account;
        return permission;
    }

    private static Permission ServicePermission(string principal) => InvokePermission(new ServicePrincipal(principal));

    private static Permission InvokePermission(IPrincipal principal) => new Permission { Principal = principal, Action = "lambda:InvokeFunction" };
}
