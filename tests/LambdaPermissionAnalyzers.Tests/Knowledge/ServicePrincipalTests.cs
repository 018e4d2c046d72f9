using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;

namespace LambdaPermissionAnalyzers.Tests.Knowledge;

/// <summary>
/// Which principals <see cref="ServicePrincipal"/> takes for an AWS service: both domains in any letter case,
/// regional forms, the Alexa principals, partly known principals, and the look-alikes that are not services.
/// </summary>
public class ServicePrincipalTests
{
    [Theory]
    [InlineData("s3.amazonaws.com", "s3", false)]
    [InlineData("S3.AmazonAWS.com", "s3", false)]
    [InlineData("logs.eu-west-1.amazonaws.com", "logs", false)]
    [InlineData("s3.amazonaws.com.cn", "s3", true)]
    [InlineData("events.AMAZONAWS.COM.CN", "events", true)]
    [InlineData("x.amazonaws.com", "x", false)]
    public void Known_service_principals_name_their_service_and_partition(string principal, string service, bool isChina)
    {
        var parsed = ServicePrincipal.TryParse(GrantValue.FromConstant(principal));

        Assert.NotNull(parsed);
        Assert.Equal(service, parsed!.Service);
        Assert.Equal(isChina, parsed.IsChina);
        Assert.Equal(isChina ? "aws-cn" : "aws", parsed.Partition);
        Assert.False(parsed.IsAlexa);
        Assert.Equal(principal, parsed.Display);
    }

    [Theory]
    [InlineData("alexa-appkit.amazon.com", "alexa-appkit")]
    [InlineData("alexa-connectedhome.amazon.com", "alexa-connectedhome")]
    [InlineData("Alexa-AppKit.Amazon.com", "alexa-appkit")]
    public void Alexa_principals_are_services_scoped_by_their_token(string principal, string service)
    {
        var parsed = ServicePrincipal.TryParse(GrantValue.FromConstant(principal));

        Assert.NotNull(parsed);
        Assert.True(parsed!.IsAlexa);
        Assert.Equal(service, parsed.Service);
        Assert.Equal("aws", parsed.Partition);
    }

    [Theory]
    [InlineData(".amazonaws.com")]
    [InlineData("amazonaws.com")]
    [InlineData(".amazonaws.com.cn")]
    [InlineData("s3 .amazonaws.com")]
    [InlineData("s3.amazonaws.com\t")]
    [InlineData("s3.amazonaws.co")]
    [InlineData("s3.amazonaws.com.evil")]
    [InlineData("alexa.amazon.com")]
    [InlineData("381492765013")]
    [InlineData("arn:aws:iam::381492765013:root")]
    [InlineData("*")]
    [InlineData("")]
    public void Look_alikes_are_not_service_principals(string principal)
        => Assert.Null(ServicePrincipal.TryParse(GrantValue.FromConstant(principal)));

    [Fact]
    public void Null_and_unknown_principals_are_not_service_principals()
    {
        Assert.Null(ServicePrincipal.TryParse(GrantValue.FromConstant(null)));
        Assert.Null(ServicePrincipal.TryParse(GrantValue.Unknown));
    }

    [Theory]
    [InlineData("logs.", ".amazonaws.com", "logs", false, "logs.{…}.amazonaws.com")]
    [InlineData("Logs.", ".amazonaws.com.cn", "logs", true, "Logs.{…}.amazonaws.com.cn")]
    [InlineData(null, ".amazonaws.com", null, false, "{…}.amazonaws.com")]
    [InlineData("logs", ".amazonaws.com", null, false, "logs{…}.amazonaws.com")]
    public void Partly_known_principals_are_services_when_the_domain_is_known(string? prefix, string suffix, string? service, bool isChina, string display)
    {
        var parts = prefix is null ? ImmutableArray.Create<string?>(null, suffix) : ImmutableArray.Create<string?>(prefix, null, suffix);
        var parsed = ServicePrincipal.TryParse(GrantValue.FromParts(parts));

        Assert.NotNull(parsed);
        Assert.Equal(service, parsed!.Service);
        Assert.Equal(isChina, parsed.IsChina);
        Assert.Equal(display, parsed.Display);
    }

    [Theory]
    [InlineData("s3.amazonaws.com", null)]
    [InlineData("s3.amazonaws.co", null)]
    [InlineData(null, "amazonaws.com")]
    [InlineData(null, ".amazonaws.co")]
    public void Partly_known_principals_without_the_whole_domain_are_not_known_services(string? prefix, string? suffix)
        => Assert.Null(ServicePrincipal.TryParse(GrantValue.FromParts(ImmutableArray.Create(prefix, suffix))));
}
