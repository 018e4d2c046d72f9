using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;

namespace LambdaPermissionAnalyzers.Tests.Knowledge;

/// <summary>
/// ArnParts reads the fields of a known or partly known ARN: a field counts only when the literal text runs past
/// the colon that ends it. Plain unit tests, so that mutants of this pure function are cheap to kill.
/// </summary>
public class ArnPartsTests
{
    [Theory]
    [InlineData("arn:aws:s3:::uploads", "s3", "", "uploads")]
    [InlineData("arn:aws:events:us-east-1:381492765013:rule/nightly", "events", "381492765013", "rule/nightly")]
    [InlineData("arn:aws:logs:eu-west-1:381492765013:log-group:/app:*", "logs", "381492765013", "log-group:/app:*")]
    [InlineData("arn:aws:s3:::", "s3", "", "")]
    [InlineData("arn:aws:s3::", "s3", "", null)]
    [InlineData("arn:aws:s3", "s3", null, null)]
    [InlineData("arn:aws", null, null, null)]
    public void Known_arn_fields(string text, string? service, string? account, string? resource)
    {
        Assert.True(ArnParts.TryParse(GrantValue.FromConstant(text), out var arn));
        Assert.Equal(service, arn.Service);
        Assert.Equal(account, arn.Account);
        Assert.Equal(resource, arn.Resource);
    }

    [Fact]
    public void The_last_field_of_a_partly_known_prefix_runs_into_the_hole_and_is_not_known()
    {
        // $"arn:aws:sns:us-east-1:3814{rest}": the account field may go on in the hole.
        var value = GrantValue.FromParts(ImmutableArray.Create<string?>("arn:aws:sns:us-east-1:3814", null));
        Assert.True(ArnParts.TryParse(value, out var arn));
        Assert.Equal("sns", arn.Service);
        Assert.Null(arn.Account);
        Assert.Null(arn.Resource);

        // $"arn:aws:s3:::{bucket}": the account field is closed (empty), the resource is not known.
        var bucket = GrantValue.FromParts(ImmutableArray.Create<string?>("arn:aws:s3:::", null));
        Assert.True(ArnParts.TryParse(bucket, out var bucketArn));
        Assert.Equal("", bucketArn.Account);
        Assert.Null(bucketArn.Resource);
    }

    [Theory]
    [InlineData("orders-bucket")]
    [InlineData("ARN:aws:s3:::x")]
    [InlineData("")]
    public void Values_that_are_not_arns_are_not_parsed(string text)
        => Assert.False(ArnParts.TryParse(GrantValue.FromConstant(text), out _));

    [Fact]
    public void Null_and_unknown_values_are_not_parsed()
    {
        Assert.False(ArnParts.TryParse(GrantValue.FromConstant(null), out _));
        Assert.False(ArnParts.TryParse(GrantValue.Unknown, out _));
    }
}
