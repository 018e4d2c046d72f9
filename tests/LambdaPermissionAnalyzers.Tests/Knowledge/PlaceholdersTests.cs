using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;

namespace LambdaPermissionAnalyzers.Tests.Knowledge;

/// <summary>
/// What <see cref="Placeholders"/> takes for a value still to be filled in: every row of its documentation
/// tables, the edges of a twelve-digit run and of a word, markers, and the project's own additions and exceptions.
/// </summary>
public class PlaceholdersTests
{
    public static IEnumerable<object[]> AccountIds => Placeholders.DocumentationAccountIds.Select(id => new object[] { id });

    public static IEnumerable<object[]> OrganizationIds => Placeholders.DocumentationOrganizationIds.Select(id => new object[] { id });

    public static IEnumerable<object[]> BucketNames => Placeholders.DocumentationBucketNames.Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(AccountIds))]
    public void Each_documentation_account_id_is_found_alone_and_inside_an_arn(string account)
    {
        AssertFound(PlaceholderKind.AccountId, account, Find(account));
        AssertFound(PlaceholderKind.AccountId, account, Find($"arn:aws:sns:us-east-1:{account}:alerts"));
    }

    [Theory]
    [MemberData(nameof(OrganizationIds))]
    public void Each_documentation_organization_id_is_found(string organization)
    {
        AssertFound(PlaceholderKind.OrganizationId, organization, Find(organization));
        AssertFound(PlaceholderKind.OrganizationId, organization, Find(organization.ToUpperInvariant()), organization);
    }

    [Theory]
    [MemberData(nameof(BucketNames))]
    public void Each_documentation_bucket_is_found_in_an_s3_arn(string bucket)
    {
        AssertFound(PlaceholderKind.BucketName, bucket, Find("arn:aws:s3:::" + bucket));
        AssertFound(PlaceholderKind.BucketName, bucket, Find("arn:aws:s3:::" + bucket + "/uploads/*"));
        Assert.Null(Find(bucket));
    }

    [Fact]
    public void Buckets_with_the_reserved_documentation_prefix_are_found_in_any_letter_case()
    {
        AssertFound(PlaceholderKind.BucketName, "amzn-s3-demo-invoices", Find("arn:aws:s3:::amzn-s3-demo-invoices"));
        AssertFound(PlaceholderKind.BucketName, "AMZN-S3-DEMO-invoices", Find("arn:aws:s3:::AMZN-S3-DEMO-invoices"));
        AssertFound(PlaceholderKind.BucketName, "My-Bucket", Find("arn:aws:s3:::My-Bucket"));
        Assert.Null(Find("arn:aws:s3:::invoices-381492765013"));
        Assert.Null(Find("arn:aws:s3:::amzn-s3-demo"));
    }

    [Theory]
    [InlineData("<account-id>", "<account-id>")]
    [InlineData("arn:aws:s3:::<bucket-name>/*", "<bucket-name>")]
    [InlineData("o-<id>", "<id>")]
    public void Markers_in_angle_brackets_are_found(string text, string marker)
        => AssertFound(PlaceholderKind.Marker, marker, Find(text));

    [Theory]
    [InlineData("<>")]
    [InlineData("a<b")]
    [InlineData("a>b<")]
    [InlineData("1234567890123")]
    [InlineData("12345678901")]
    [InlineData("381492765013")]
    [InlineData("o-a1b2c3d4e5x")]
    [InlineData("xo-a1b2c3d4e5")]
    [InlineData("arn:aws:s3:::invoices")]
    [InlineData("")]
    public void Look_alikes_are_not_placeholders(string text)
        => Assert.Null(Find(text));

    [Fact]
    public void Null_and_unknown_values_hold_no_placeholder()
    {
        Assert.Null(Placeholders.Find(GrantValue.FromConstant(null), ExampleValueSettings.Default));
        Assert.Null(Placeholders.Find(GrantValue.Unknown, ExampleValueSettings.Default));
    }

    [Fact]
    public void Account_ids_and_words_touching_a_hole_could_be_longer_and_are_not_found()
    {
        Assert.Null(Find("123456789012", null));
        Assert.Null(Find(null, "123456789012"));
        Assert.Null(Find("o-a1b2c3d4e5", null));
        Assert.Null(Find(null, "o-a1b2c3d4e5"));
        Assert.Null(Find("arn:aws:s3:::my-bucket", null));

        AssertFound(PlaceholderKind.AccountId, "123456789012", Find("arn:aws:sns:", null, ":123456789012:alerts"));
        AssertFound(PlaceholderKind.AccountId, "123456789012", Find("arn:aws:sns:us-east-1:123456789012:", null));
        AssertFound(PlaceholderKind.OrganizationId, "o-a1b2c3d4e5", Find("o-a1b2c3d4e5/", null));
        AssertFound(PlaceholderKind.BucketName, "my-bucket", Find("arn:aws:s3:::my-bucket/", null));
        AssertFound(PlaceholderKind.Marker, "<region>", Find(null, ":<region>:"));
    }

    [Fact]
    public void The_project_adds_its_own_placeholders_and_declares_real_values()
    {
        var settings = new ExampleValueSettings(new[] { "", "dummy-account" }, new[] { "111111111111", "O-EXAMPLEORGID" });

        AssertFound(PlaceholderKind.Configured, "dummy-account", Placeholders.Find(GrantValue.FromConstant("arn:aws:sns:us-east-1:DUMMY-ACCOUNT:t"), settings));
        Assert.Null(Placeholders.Find(GrantValue.FromConstant("111111111111"), settings));
        Assert.Null(Placeholders.Find(GrantValue.FromConstant("o-exampleorgid"), settings));
        AssertFound(PlaceholderKind.AccountId, "222222222222", Placeholders.Find(GrantValue.FromConstant("222222222222"), settings));
        Assert.Null(Placeholders.Find(GrantValue.FromConstant("real-value"), settings));
    }

    [Fact]
    public void Settings_lists_are_split_on_commas_semicolons_bars_and_spaces()
    {
        Assert.Equal(new[] { "a", "b", "c", "d", "e", "f" }, ExampleValueSettings.ParseList("a, b;c|d e\tf"));
        Assert.Empty(ExampleValueSettings.ParseList(null));
        Assert.Empty(ExampleValueSettings.ParseList(" , "));
    }

    [Theory]
    [InlineData(nameof(PlaceholderKind.Marker), "<id>", "the placeholder '<id>'")]
    [InlineData(nameof(PlaceholderKind.AccountId), "123456789012", "the AWS documentation's example account id '123456789012'")]
    [InlineData(nameof(PlaceholderKind.OrganizationId), "o-a1b2c3d4e5", "the AWS documentation's example organization id 'o-a1b2c3d4e5'")]
    [InlineData(nameof(PlaceholderKind.BucketName), "my-bucket", "the AWS documentation's example bucket 'my-bucket'")]
    [InlineData(nameof(PlaceholderKind.Configured), "dummy", "'dummy', configured as a placeholder for this project")]
    public void Each_kind_is_described_for_messages(string kind, string text, string description)
        => Assert.Equal(description, new Placeholder(System.Enum.Parse<PlaceholderKind>(kind), text).Describe());

    private static Placeholder? Find(params string?[] parts)
        => Placeholders.Find(
            parts.Length == 1 ? GrantValue.FromConstant(parts[0]) : GrantValue.FromParts(ImmutableArray.Create(parts)),
            ExampleValueSettings.Default);

    private static void AssertFound(PlaceholderKind kind, string text, Placeholder? found, string? expectedText = null)
    {
        Assert.NotNull(found);
        Assert.Equal(kind, found!.Value.Kind);
        Assert.Equal(expectedText ?? text, found.Value.Text);
    }
}
