using System;
using System.Collections.Immutable;

namespace LambdaPermissionAnalyzers.Knowledge;

/// <summary>
/// What a service principal needs to stop other accounts' resources from invoking a function through it; each
/// service's restriction is a column of <see cref="AwsServices"/>.
/// </summary>
internal sealed class SourceRestriction
{
    public SourceRestriction(string? arnFormat, string? eventSourceTokenPlaceholder, ImmutableArray<string> arnNameHints, bool needsAccount, bool acceptsAccount)
    {
        AcceptsSourceAccount = acceptsAccount;
        ArnFormat = arnFormat;
        EventSourceTokenPlaceholder = eventSourceTokenPlaceholder;
        ArnNameHints = arnNameHints;
        NeedsSourceAccount = needsAccount;
    }

    /// <summary>The Alexa principals: the skill id as EventSourceToken.</summary>
    public static SourceRestriction Alexa { get; } = new(null, "amzn1.ask.skill.<skill-id>", ImmutableArray<string>.Empty, needsAccount: false, acceptsAccount: true);

    /// <summary>A service restricted by its caller's account only (Secrets Manager, and every service the table does not know).</summary>
    public static SourceRestriction AccountOnly { get; } = new(null, null, ImmutableArray<string>.Empty, needsAccount: true, acceptsAccount: true);

    /// <summary>The documented ARN format with <c>{0}</c> for the partition, when the service is restricted by SourceArn.</summary>
    public string? ArnFormat { get; }

    public bool NeedsSourceArn => ArnFormat is not null;

    public bool NeedsSourceAccount { get; }

    /// <summary>Whether the service's requests carry the caller's account: SNS's do not, and Lambda denies access when SourceAccount is set.</summary>
    public bool AcceptsSourceAccount { get; }

    /// <summary>Whether the service's ARNs carry an account id (S3 bucket ARNs do not).</summary>
    public bool ArnCarriesAccount => ArnFormat is null || ArnFormat.IndexOf("<account-id>", StringComparison.Ordinal) >= 0;

    public bool NeedsEventSourceToken => EventSourceTokenPlaceholder is not null;

    public string? EventSourceTokenPlaceholder { get; }

    /// <summary>Words that, followed by <c>Arn</c>, name a variable holding this service's source ARN (<c>bucketArn</c>).</summary>
    public ImmutableArray<string> ArnNameHints { get; }

    public const string AccountPlaceholder = "<account-id>";

    /// <summary>
    /// The restriction for <paramref name="principal"/>. A service this table does not know gets SourceAccount,
    /// which every service except SNS supports.
    /// </summary>
    public static SourceRestriction For(ServicePrincipal principal) => For(principal.Service, principal.IsAlexa);

    /// <summary>The restriction for a service label (<c>s3</c>), as carried in a diagnostic's properties.</summary>
    public static SourceRestriction For(string? service, bool isAlexa)
    {
        if (isAlexa)
        {
            return Alexa;
        }

        return AwsServices.Find(service)?.Restriction ?? AccountOnly;
    }

    /// <summary>The members to add, in plain words, for messages ("SourceArn and SourceAccount").</summary>
    public string DescribeMembers()
    {
        if (NeedsEventSourceToken)
        {
            return "EventSourceToken";
        }

        return (NeedsSourceArn, NeedsSourceAccount) switch
        {
            (true, true) => "SourceArn and SourceAccount",
            (true, false) => "SourceArn",
            _ => "SourceAccount",
        };
    }
}
