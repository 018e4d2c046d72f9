using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lambda;
using Amazon.Lambda.Model;
using Amazon.Runtime;

namespace Corpus.Valid.Depth;

public sealed record DepthTarget(string FunctionName, string AccountId, string Region);

public sealed record DepthBucket(string Name, string Arn);

public sealed record DepthWiringConfig(string Principal, string SourceArn, string? AccountId);

/// <summary>Names a grant; which implementation runs is not visible to a reader of the caller.</summary>
public interface IGrantNamer
{
    void Name(AddPermissionRequest request);
}

public sealed class SequentialGrantNamer(string prefix) : IGrantNamer
{
    private int _next;

    public void Name(AddPermissionRequest request) => request.StatementId = $"{prefix}-{Interlocked.Increment(ref _next)}";
}

/// <summary>Overridable completion of a grant: abstract and virtual members are never followed.</summary>
public abstract class GrantPolicy
{
    public abstract void Complete(AddPermissionRequest request);

    public virtual void Tag(AddPermissionRequest request) => request.StatementId ??= "AllowPolicyDefault";
}

public sealed class InvokeGrantPolicy : GrantPolicy
{
    public override void Complete(AddPermissionRequest request)
    {
        request.StatementId = $"AllowPolicy-{Guid.NewGuid():N}";
        request.Action = "lambda:InvokeFunction";
    }
}

public static class DepthGrantExtensions
{
    /// <summary>An extension-method factory that returns a complete, restricted grant.</summary>
    public static AddPermissionRequest ToS3InvokeGrant(this DepthTarget target, string statementId, string bucketArn) => new()
    {
        FunctionName = target.FunctionName, StatementId = statementId, Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com",
        SourceArn = bucketArn, SourceAccount = target.AccountId,
    };
}

/// <summary>Correct grants built, finished and sent across methods and loops: a depth-following reader reports nothing.</summary>
public sealed class DepthGrantWiring(IAmazonLambda lambda, DepthTarget target, IGrantNamer namer, GrantPolicy policy)
{
    private const string InvokeAction = "lambda:InvokeFunction";
    private readonly IAmazonLambda _lambda = lambda;
    private readonly DepthTarget _target = target;
    private readonly IGrantNamer _namer = namer;
    private readonly GrantPolicy _policy = policy;
    private readonly List<AddPermissionRequest> _issued = new();
    private AddPermissionRequest? _lastGrant;

    public AddPermissionRequest? LastGrant => _lastGrant;

    public async Task PerIterationIdsAsync(IReadOnlyList<string> bucketArns, IEnumerable<DepthBucket> buckets, IEnumerable<string> topicArns)
    {
        for (var i = 0; i < bucketArns.Count; i++)
        {
            await _lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = _target.FunctionName, StatementId = $"AllowS3-{i}", Action = InvokeAction, Principal = "s3.amazonaws.com",
                SourceArn = bucketArns[i], SourceAccount = _target.AccountId,
            });
        }

        foreach (var bucket in buckets)
        {
            var request = new AddPermissionRequest { FunctionName = _target.FunctionName, Action = InvokeAction, Principal = "s3.amazonaws.com" };
            request.StatementId = "AllowBucket-" + bucket.Name.Replace('.', '-');
            request.SourceArn = bucket.Arn;
            request.SourceAccount = _target.AccountId;
            await _lambda.AddPermissionAsync(request);
        }

        var ordinal = 0;
        string statementId;
        foreach (var topicArn in topicArns)
        {
            ordinal++;
            statementId = "AllowSns-" + ordinal;
            await _lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = _target.FunctionName, StatementId = statementId, Action = InvokeAction, Principal = "sns.amazonaws.com",
                SourceArn = topicArn,
            });
        }
    }

    /// <summary>Moves one statement from bucket to bucket: removed before each add, so the id never conflicts.</summary>
    public async Task RotateSourceAsync(IEnumerable<string> bucketArns, Func<string, Task> verifyAsync)
    {
        foreach (var bucketArn in bucketArns)
        {
            await _lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = _target.FunctionName, StatementId = "AllowS3Rotating" });
            await _lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = _target.FunctionName, StatementId = "AllowS3Rotating", Action = InvokeAction, Principal = "s3.amazonaws.com",
                SourceArn = bucketArn, SourceAccount = _target.AccountId,
            });
            await verifyAsync(bucketArn);
        }
    }

    public async Task GrantWithRetryAsync(string bucketArn, CancellationToken cancellationToken)
    {
        var request = new AddPermissionRequest
        {
            FunctionName = _target.FunctionName, StatementId = "AllowS3Retried", Action = InvokeAction, Principal = "s3.amazonaws.com",
            SourceArn = bucketArn, SourceAccount = _target.AccountId,
        };

        var attempt = 0;
        while (true)
        {
            try
            {
                await _lambda.AddPermissionAsync(request, cancellationToken);
                break;
            }
            catch (AmazonServiceException ex) when (ex.ErrorCode == "TooManyRequestsException" && ++attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), cancellationToken);
            }
        }
    }

    public async Task LoopsThatCannotConflictAsync(string primaryBucketArn, string ruleArn, string hourlyRuleArn, IEnumerable<string> functionNames, IEnumerable<string> aliases)
    {
        foreach (var bucketArn in new[] { primaryBucketArn })
        {
            await _lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = _target.FunctionName, StatementId = "AllowPrimaryBucket", Action = InvokeAction, Principal = "s3.amazonaws.com",
                SourceArn = bucketArn, SourceAccount = _target.AccountId,
            });
        }

        foreach (var functionName in functionNames)
        {
            _lambda.AddPermission(new AddPermissionRequest
            {
                FunctionName = functionName, StatementId = "AllowNightlyRule", Action = InvokeAction, Principal = "events.amazonaws.com",
                SourceArn = ruleArn,
            });
        }

        foreach (var alias in aliases)
        {
            await _lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = _target.FunctionName, Qualifier = alias, StatementId = "AllowNightlyRuleAlias", Action = InvokeAction,
                Principal = "events.amazonaws.com", SourceArn = ruleArn,
            });
        }

        await Parallel.ForEachAsync(functionNames, async (functionName, cancellationToken) =>
            await _lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = functionName, StatementId = "AllowHourlyRule", Action = InvokeAction, Principal = "events.amazonaws.com",
                SourceArn = hourlyRuleArn,
            }, cancellationToken));
    }

    public async Task FactoriesAsync(string bucketArn, string topicArn, string ruleArn, IReadOnlyList<string> archiveArns)
    {
        await _lambda.AddPermissionAsync(BucketGrant(_target.FunctionName, "AllowS3Factory", bucketArn, _target.AccountId));
        await _lambda.AddPermissionAsync(TopicGrant(_target.FunctionName, topicArn));
        await _lambda.AddPermissionAsync(RuleGrant(ruleArn));
        await _lambda.AddPermissionAsync(_target.ToS3InvokeGrant("AllowS3Extension", bucketArn));
        await _lambda.AddPermissionAsync(ChainedS3Grant("AllowS3Chained", bucketArn));
        await _lambda.AddPermissionAsync(SecretsRotationGrant());

        var finished = UnnamedBucketGrant(_target.FunctionName, bucketArn, _target.AccountId);
        finished.StatementId = "AllowS3Finished";
        await _lambda.AddPermissionAsync(finished);

        for (var i = 0; i < archiveArns.Count; i++)
        {
            await _lambda.AddPermissionAsync(BucketGrant(_target.FunctionName, $"AllowArchive-{i}", archiveArns[i], _target.AccountId));
        }

        AddPermissionRequest RuleGrant(string arn) => new()
        {
            FunctionName = _target.FunctionName, StatementId = "AllowRuleLocal", Action = InvokeAction, Principal = "events.amazonaws.com",
            SourceArn = arn, SourceAccount = _target.AccountId,
        };
    }

    public async Task HelpersAsync(string bucketArn, string replicaArn, string topicArn, string ruleArn)
    {
        var restricted = new AddPermissionRequest { FunctionName = _target.FunctionName, StatementId = "AllowS3Restricted", Action = InvokeAction, Principal = "s3.amazonaws.com" };
        Restrict(restricted, bucketArn, _target.AccountId);
        await _lambda.AddPermissionAsync(restricted);

        var twoLevels = new AddPermissionRequest { FunctionName = _target.FunctionName, Principal = "s3.amazonaws.com" };
        Finish(twoLevels, "AllowS3Finished2", replicaArn, "240186593721");
        await _lambda.AddPermissionAsync(twoLevels);

        var named = new AddPermissionRequest { FunctionName = _target.FunctionName, Action = InvokeAction, Principal = "s3.amazonaws.com", SourceArn = bucketArn, SourceAccount = _target.AccountId };
        _namer.Name(named);
        await _lambda.AddPermissionAsync(named);

        var completed = new AddPermissionRequest { FunctionName = _target.FunctionName, Principal = "sns.amazonaws.com", SourceArn = topicArn };
        _policy.Complete(completed);
        await _lambda.AddPermissionAsync(completed);

        var tagged = new AddPermissionRequest { FunctionName = _target.FunctionName, Action = InvokeAction, Principal = "events.amazonaws.com", SourceArn = ruleArn };
        _policy.Tag(tagged);
        await _lambda.AddPermissionAsync(tagged);

        var tracked = new AddPermissionRequest { FunctionName = _target.FunctionName, Action = InvokeAction, Principal = "s3.amazonaws.com", SourceArn = replicaArn, SourceAccount = _target.AccountId };
        Register(tracked);
        await _lambda.AddPermissionAsync(tracked);

        var remembered = new AddPermissionRequest { FunctionName = _target.FunctionName, StatementId = "AllowRemembered", Principal = "sns.amazonaws.com", SourceArn = topicArn };
        Remember(remembered);
        await _lambda.AddPermissionAsync(remembered);

        var normalized = new AddPermissionRequest { FunctionName = _target.FunctionName, StatementId = "AllowNormalized", Action = InvokeAction, Principal = "events.amazonaws.com", SourceArn = ruleArn };
        Normalize(normalized, passes: 4);
        await _lambda.AddPermissionAsync(normalized);

        var stamped = new AddPermissionRequest { FunctionName = _target.FunctionName, Principal = "sns.amazonaws.com", SourceArn = topicArn };
        Stamp(stamped, "AllowSnsStamped");
        await _lambda.AddPermissionAsync(stamped);

        var blank = Blank<AddPermissionRequest>();
        blank.FunctionName = _target.FunctionName;
        blank.StatementId = "AllowS3Blank";
        blank.Action = InvokeAction;
        blank.Principal = "s3.amazonaws.com";
        blank.SourceArn = bucketArn;
        blank.SourceAccount = _target.AccountId;
        await _lambda.AddPermissionAsync(blank);

        var upgraded = new AddPermissionRequest { FunctionName = _target.FunctionName };
        Upgrade(ref upgraded, replicaArn, _target.AccountId);
        await _lambda.AddPermissionAsync(upgraded);

        if (TryBuildTopicGrant(topicArn, out var fromOut))
        {
            await _lambda.AddPermissionAsync(fromOut);
        }
    }

    /// <summary>One request object sent twice: the second send sees the id and source written between the sends.</summary>
    public async Task ReusedRequestAsync(string primaryArn, string replicaArn)
    {
        var request = new AddPermissionRequest
        {
            FunctionName = _target.FunctionName, StatementId = "AllowS3Primary", Action = InvokeAction, Principal = "s3.amazonaws.com",
            SourceArn = primaryArn, SourceAccount = _target.AccountId,
        };
        await _lambda.AddPermissionAsync(request);

        request.StatementId = "AllowS3Replica";
        request.SourceArn = replicaArn;
        await _lambda.AddPermissionAsync(request);

        request.StatementId = null;
        request.SourceArn = null;
    }

    /// <summary>A grant received from the caller, completed with valid values.</summary>
    public Task<AddPermissionResponse> SendPreparedAsync(AddPermissionRequest request, string bucketArn)
    {
        request.StatementId = "AllowS3Prepared";
        request.Action = InvokeAction;
        request.Principal = "s3.amazonaws.com";
        request.SourceArn = bucketArn;
        request.SourceAccount = "240186593721";
        return _lambda.AddPermissionAsync(request);
    }

    public async Task WireAllAsync(string bucketName, string topicArn, DepthWiringConfig config)
    {
        await WireAsync("s3.amazonaws.com", $"arn:aws:s3:::{bucketName}", _target.AccountId);
        await WireAsync("sns.amazonaws.com", topicArn, null);
        await WireTopicAsync("sns.amazonaws.com", "arn:aws:sns:eu-west-1:381492765013:order-events");
        await WireAsync("events.amazonaws.com", "arn:aws:events:eu-west-1:381492765013:rule/nightly-orders", "381492765013");
        await WireAsync(config.Principal, config.SourceArn, config.AccountId);
        await WireAsync(Environment.GetEnvironmentVariable("TRIGGER_PRINCIPAL") ?? config.Principal, config.SourceArn, Environment.GetEnvironmentVariable("TRIGGER_ACCOUNT"));
        await WireBucketAsync("orders-archive-381492765013");
    }

    public Task WireBucketAsync(string bucketName) => WireAsync("s3.amazonaws.com", "arn:aws:s3:::" + bucketName, _target.AccountId);

    /// <summary>Creates and sends a grant from its parameters; SourceAccount only when the service accepts one.</summary>
    public async Task WireAsync(string principal, string sourceArn, string? account)
    {
        var request = new AddPermissionRequest
        {
            FunctionName = _target.FunctionName, StatementId = StatementIdFor(principal, sourceArn), Action = InvokeAction, Principal = principal,
            SourceArn = sourceArn,
        };
        if (account is not null)
        {
            request.SourceAccount = account;
        }

        await _lambda.AddPermissionAsync(request);
    }

    public Task WireTopicAsync(string principal, string topicArn) => _lambda.AddPermissionAsync(new AddPermissionRequest
    {
        FunctionName = _target.FunctionName, StatementId = "AllowSnsTopic", Action = InvokeAction, Principal = principal, SourceArn = topicArn,
    });

    /// <summary>Recursive create-and-send: each level grants one bucket under its own id.</summary>
    public async Task WireChainAsync(IReadOnlyList<string> bucketArns, int index)
    {
        if (index < bucketArns.Count)
        {
            await _lambda.AddPermissionAsync(BucketGrant(_target.FunctionName, $"AllowChain-{index}", bucketArns[index], _target.AccountId));
            await WireChainAsync(bucketArns, index + 1);
        }
    }

    private static string StatementIdFor(string principal, string sourceArn)
    {
        var resource = sourceArn.Substring(sourceArn.LastIndexOf(':') + 1);
        var id = $"Allow-{principal.Split('.')[0]}-{new string(resource.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray())}";
        return id.Length <= 100 ? id : id.Substring(0, 100);
    }

    private static AddPermissionRequest BucketGrant(string functionName, string statementId, string bucketArn, string account)
    {
        var request = new AddPermissionRequest { FunctionName = functionName, StatementId = statementId, Action = InvokeAction, Principal = "s3.amazonaws.com" };
        request.SourceArn = bucketArn;
        request.SourceAccount = account;
        return request;
    }

    private static AddPermissionRequest TopicGrant(string functionName, string topicArn) => new()
    {
        FunctionName = functionName, StatementId = "AllowSnsFactory", Action = InvokeAction, Principal = "sns.amazonaws.com", SourceArn = topicArn,
    };

    private static AddPermissionRequest UnnamedBucketGrant(string functionName, string bucketArn, string account) => new()
    {
        FunctionName = functionName, Action = InvokeAction, Principal = "s3.amazonaws.com", SourceArn = bucketArn, SourceAccount = account,
    };

    private AddPermissionRequest ChainedS3Grant(string statementId, string bucketArn)
    {
        var request = ServiceGrant(statementId, "s3.amazonaws.com");
        request.SourceArn = bucketArn;
        request.SourceAccount = _target.AccountId;
        return request;
    }

    private AddPermissionRequest SecretsRotationGrant()
    {
        var request = BaseGrant("AllowSecretsRotation");
        request.Principal = "secretsmanager.amazonaws.com";
        request.SourceAccount = _target.AccountId;
        return request;
    }

    private AddPermissionRequest ServiceGrant(string statementId, string principal)
    {
        var request = BaseGrant(statementId);
        request.Principal = principal;
        return request;
    }

    private AddPermissionRequest BaseGrant(string statementId) => new() { FunctionName = _target.FunctionName, StatementId = statementId, Action = InvokeAction };

    private static void Restrict(AddPermissionRequest r, string bucketArn, string account)
    {
        r.SourceArn = bucketArn;
        r.SourceAccount = account;
    }

    private static void Finish(AddPermissionRequest r, string statementId, string bucketArn, string account)
    {
        Stamp(r, statementId);
        Restrict(r, bucketArn, account);
    }

    private static void Stamp<TRequest>(TRequest request, string statementId)
        where TRequest : AddPermissionRequest
    {
        request.StatementId = statementId;
        request.Action ??= InvokeAction;
    }

    private static TRequest Blank<TRequest>()
        where TRequest : AmazonLambdaRequest, new() => new TRequest();

    private static void Normalize(AddPermissionRequest r, int passes)
    {
        if (passes > 0)
        {
            r.SourceArn = r.SourceArn?.Trim();
            Canonicalize(r, passes - 1);
        }
    }

    private static void Canonicalize(AddPermissionRequest r, int passes)
    {
        if (passes > 0)
        {
            r.FunctionName = r.FunctionName?.Trim();
            Normalize(r, passes - 1);
        }
    }

    private static void Upgrade(ref AddPermissionRequest request, string bucketArn, string account) => request = new AddPermissionRequest
    {
        FunctionName = request.FunctionName, StatementId = "AllowS3Upgraded", Action = InvokeAction, Principal = "s3.amazonaws.com",
        SourceArn = bucketArn, SourceAccount = account,
    };

    private bool TryBuildTopicGrant(string? topicArn, out AddPermissionRequest grant)
    {
        grant = new AddPermissionRequest { FunctionName = _target.FunctionName, StatementId = "AllowSnsFromOut", Action = InvokeAction, Principal = "sns.amazonaws.com", SourceArn = topicArn };
        return !string.IsNullOrEmpty(topicArn);
    }

    private void Register(AddPermissionRequest r)
    {
        r.StatementId = $"AllowTracked-{_issued.Count}";
        _issued.Add(r);
    }

    private void Remember(AddPermissionRequest r)
    {
        r.Action ??= InvokeAction;
        _lastGrant = r;
    }

    // Tuples: a complete grant written by deconstruction, and members deconstructed from a method (values not known).
    public async Task GrantByTuplesAsync(string bucketArn, string account)
    {
        var literal = new AddPermissionRequest { FunctionName = _target.FunctionName, Principal = "s3.amazonaws.com" };
        (literal.StatementId, (literal.Action, literal.SourceArn), literal.SourceAccount) = ("AllowS3Tuple", (InvokeAction, bucketArn), account);
        await _lambda.AddPermissionAsync(literal);

        var picked = new AddPermissionRequest { FunctionName = _target.FunctionName };
        (picked.StatementId, picked.Action, picked.Principal) = PickGrant();
        await _lambda.AddPermissionAsync(picked);
    }

    private static (string Id, string Action, string Principal) PickGrant() => ("AllowPicked", "lambda:*", "*");
}
