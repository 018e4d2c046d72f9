using System;
using System.Collections.Generic;
using LambdaPermissionAnalyzers.Model;

namespace LambdaPermissionAnalyzers.Knowledge;

/// <summary>
/// Values that stand for something still to be filled in: <c>&lt;account-id&gt;</c> markers, and the example
/// values of the AWS documentation (account <c>123456789012</c>, organization <c>o-a1b2c3d4e5</c>, bucket
/// <c>amzn-s3-demo-bucket</c>), which never name a resource of the reader's own.
/// </summary>
/// <remarks>
/// Only literal text is inspected. An account id touching a hole (<c>$"{prefix}123456789012"</c>) could be part of
/// a longer number, so it is not reported.
/// </remarks>
internal static class Placeholders
{
    /// <summary>The account ids the AWS documentation uses in examples (IAM, Lambda, Organizations guides).</summary>
    public static readonly IReadOnlyCollection<string> DocumentationAccountIds = new[]
    {
        "123456789012", "111122223333", "444455556666", "777788889999", "111111111111", "222222222222",
    };

    /// <summary>Example organization ids of the AWS documentation (Lambda developer guide, Organizations guide).</summary>
    public static readonly IReadOnlyCollection<string> DocumentationOrganizationIds = new[]
    {
        "o-a1b2c3d4e5", "o-a1b2c3d4e5f", "o-exampleorgid",
    };

    /// <summary>Example bucket names of the AWS documentation; <c>amzn-s3-demo-</c> is reserved for documentation.</summary>
    public static readonly IReadOnlyCollection<string> DocumentationBucketNames = new[]
    {
        "amzn-s3-demo-bucket", "doc-example-bucket", "examplebucket", "example-bucket", "my-bucket",
    };

    private const string ReservedBucketPrefix = "amzn-s3-demo-";

    /// <summary>The first placeholder or documentation example in the literal text of <paramref name="value"/>.</summary>
    public static Placeholder? Find(GrantValue value, ExampleValueSettings settings)
    {
        if (value.Kind == ValueKind.Known)
        {
            return value.Text is { } text ? FindInPart(text, atStart: true, atEnd: true, settings) : null;
        }

        var parts = value.Parts;
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] is { } part && FindInPart(part, atStart: i == 0, atEnd: i == parts.Length - 1, settings) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <param name="atStart">The part starts the value (no hole before it).</param>
    /// <param name="atEnd">The part ends the value (no hole after it).</param>
    private static Placeholder? FindInPart(string text, bool atStart, bool atEnd, ExampleValueSettings settings)
    {
        if (FindMarker(text) is { } marker)
        {
            return new Placeholder(PlaceholderKind.Marker, marker);
        }

        foreach (var extra in settings.Additional)
        {
            if (extra.Length > 0 && text.IndexOf(extra, StringComparison.OrdinalIgnoreCase) >= 0 && !settings.IsIgnored(extra))
            {
                return new Placeholder(PlaceholderKind.Configured, extra);
            }
        }

        // Twelve-digit runs bounded by non-digits (or by the ends of a value, not by a hole).
        for (var start = 0; start < text.Length; start++)
        {
            if (!IsDigit(text[start]) || (start > 0 && IsDigit(text[start - 1])))
            {
                continue;
            }

            var end = start;
            while (end < text.Length && IsDigit(text[end]))
            {
                end++;
            }

            var bounded = (start > 0 || atStart) && (end < text.Length || atEnd);
            if (end - start == 12 && bounded)
            {
                var account = text.Substring(start, 12);
                if (Contains(DocumentationAccountIds, account) && !settings.IsIgnored(account))
                {
                    return new Placeholder(PlaceholderKind.AccountId, account);
                }
            }

            start = end;
        }

        foreach (var organization in DocumentationOrganizationIds)
        {
            if (ContainsWord(text, organization, atStart, atEnd) && !settings.IsIgnored(organization))
            {
                return new Placeholder(PlaceholderKind.OrganizationId, organization);
            }
        }

        if (FindBucket(text, atEnd) is { } bucket && !settings.IsIgnored(bucket))
        {
            return new Placeholder(PlaceholderKind.BucketName, bucket);
        }

        return null;
    }

    private static string? FindMarker(string text)
    {
        var open = text.IndexOf('<');
        if (open < 0)
        {
            return null;
        }

        var close = text.IndexOf('>', open + 1);
        return close > open + 1 ? text.Substring(open, close - open + 1) : null;
    }

    /// <summary>The bucket of an S3 ARN (<c>arn:aws:s3:::bucket/key</c>) when it is a documentation example.</summary>
    private static string? FindBucket(string text, bool atEnd)
    {
        var marker = text.IndexOf(":s3:::", StringComparison.Ordinal);
        if (marker < 0)
        {
            return null;
        }

        var start = marker + ":s3:::".Length;
        var end = text.IndexOf('/', start);
        if (end < 0)
        {
            if (!atEnd)
            {
                return null;
            }

            end = text.Length;
        }

        var bucket = text.Substring(start, end - start);
        return bucket.StartsWith(ReservedBucketPrefix, StringComparison.OrdinalIgnoreCase) || Contains(DocumentationBucketNames, bucket)
            ? bucket
            : null;
    }

    private static bool ContainsWord(string text, string word, bool atStart, bool atEnd)
    {
        var index = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return false;
        }

        var end = index + word.Length;
        var startBounded = index > 0 ? !char.IsLetterOrDigit(text[index - 1]) : atStart;
        var endBounded = end < text.Length ? !char.IsLetterOrDigit(text[end]) : atEnd;
        return startBounded && endBounded;
    }

    private static bool Contains(IReadOnlyCollection<string> values, string value)
    {
        foreach (var candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}

/// <summary>What kind of stand-in a value holds.</summary>
internal enum PlaceholderKind
{
    /// <summary>A <c>&lt;…&gt;</c> marker.</summary>
    Marker,

    /// <summary>A documentation example account id.</summary>
    AccountId,

    /// <summary>A documentation example organization id.</summary>
    OrganizationId,

    /// <summary>A documentation example bucket name.</summary>
    BucketName,

    /// <summary>A value the project configured as a placeholder.</summary>
    Configured,
}

/// <summary>A placeholder found in a value: its kind and the text that stands in.</summary>
internal readonly struct Placeholder
{
    public Placeholder(PlaceholderKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    public PlaceholderKind Kind { get; }

    public string Text { get; }

    /// <summary>For messages: "the placeholder '&lt;bucket-name&gt;'", "the documentation example account id '123456789012'".</summary>
    public string Describe() => Kind switch
    {
        PlaceholderKind.Marker => "the placeholder '" + Text + "'",
        PlaceholderKind.AccountId => "the AWS documentation's example account id '" + Text + "'",
        PlaceholderKind.OrganizationId => "the AWS documentation's example organization id '" + Text + "'",
        PlaceholderKind.BucketName => "the AWS documentation's example bucket '" + Text + "'",
        _ => "'" + Text + "', configured as a placeholder for this project",
    };
}

/// <summary>The project's additions to and exceptions from the built-in example values (from .editorconfig).</summary>
internal sealed class ExampleValueSettings
{
    public static readonly ExampleValueSettings Default = new(Array.Empty<string>(), Array.Empty<string>());

    private readonly string[] _ignored;

    public ExampleValueSettings(string[] additional, string[] ignored)
    {
        Additional = additional;
        _ignored = ignored;
    }

    /// <summary>More values to report, such as a team's own dummy account id.</summary>
    public string[] Additional { get; }

    /// <summary>Parses a list separated by commas, bars or spaces (in .editorconfig a <c>;</c> starts a comment).</summary>
    public static string[] ParseList(string? text)
        => text is null ? Array.Empty<string>() : text.Split(new[] { ',', ';', '|', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether the project declared this value real (for example an account that really is <c>111111111111</c>).</summary>
    public bool IsIgnored(string value)
    {
        foreach (var ignored in _ignored)
        {
            if (string.Equals(ignored, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
