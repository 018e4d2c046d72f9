using LambdaPermissionAnalyzers.Model;

namespace LambdaPermissionAnalyzers.Knowledge;

/// <summary>
/// The fields of a known or partly known ARN (<c>arn:partition:service:region:account:resource</c>), as far as
/// its literal beginning reaches: a field is known only when the literal text runs past the colon that ends it.
/// </summary>
internal readonly struct ArnParts
{
    private readonly string[] _fields;

    private ArnParts(string[] fields, bool resourceKnown)
    {
        _fields = fields;
        ResourceKnown = resourceKnown;
    }

    /// <summary>The service field (<c>s3</c>, <c>execute-api</c>), when known.</summary>
    public string? Service => Field(2);

    /// <summary>The account field, when known ("" for S3 bucket ARNs).</summary>
    public string? Account => Field(4);

    /// <summary>Everything after the account field, when the whole value is known.</summary>
    public string? Resource => ResourceKnown && _fields.Length > 5 ? string.Join(":", _fields, 5, _fields.Length - 5) : null;

    private bool ResourceKnown { get; }

    /// <summary>The ARN's fields, when <paramref name="value"/> is a known or partly known ARN.</summary>
    public static bool TryParse(GrantValue value, out ArnParts arn)
    {
        var parsed = TryParse(value);
        arn = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }

    public static ArnParts? TryParse(GrantValue value)
    {
        string text;
        bool complete;
        switch (value.Kind)
        {
            case ValueKind.Known when value.Text is { } known:
                text = known;
                complete = true;
                break;
            case ValueKind.PartlyKnown:
                text = value.KnownPrefix;
                complete = false;
                break;
            default:
                return null;
        }

        if (!text.StartsWith("arn:", System.StringComparison.Ordinal))
        {
            return null;
        }

        var fields = text.Split(':');
        if (!complete)
        {
            // The last field of a prefix runs on into the hole: drop it.
            System.Array.Resize(ref fields, fields.Length - 1);
        }

        return new ArnParts(fields, complete);
    }

    private string? Field(int index) => index < _fields.Length ? _fields[index] : null;
}
