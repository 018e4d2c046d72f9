using System.Collections.Immutable;
using System.Linq;
using LambdaPermissionAnalyzers.Model;

namespace LambdaPermissionAnalyzers.Tests.Model;

/// <summary>
/// A member's value as the readers build it from literals and holes: adjacent literals merge, adjacent holes are one
/// hole, no hole is a known value, no literal text an unknown one; the prefix and suffix the rules read, and the text
/// messages show.
/// </summary>
public class GrantValueTests
{
    [Theory]
    [InlineData(new[] { "a", "b" }, "ab")]
    [InlineData(new[] { "a", "" }, "a")]
    [InlineData(new string[0], "")]
    public void Parts_without_a_hole_are_a_known_value(string[] parts, string text)
    {
        var value = GrantValue.FromParts(ImmutableArray.Create<string?>(parts));

        Assert.Equal(ValueKind.Known, value.Kind);
        Assert.Equal(text, value.Text);
        Assert.Equal(text, value.KnownPrefix);
        Assert.Equal(text, value.KnownSuffix);
        Assert.Equal(text, value.Display());
    }

    [Theory]
    [InlineData("a|b|~|~|c|", "ab|~|c", "ab", "c", "ab{…}c")]
    [InlineData("arn:|~", "arn:|~", "arn:", "", "arn:{…}")]
    [InlineData("~|.amazonaws.com", "~|.amazonaws.com", "", ".amazonaws.com", "{…}.amazonaws.com")]
    [InlineData("|~|x|", "~|x", "", "x", "{…}x")]
    public void Parts_with_holes_and_text_are_partly_known(string parts, string mergedParts, string prefix, string suffix, string display)
    {
        var value = GrantValue.FromParts(Parts(parts));
        var merged = Parts(mergedParts);

        Assert.Equal(ValueKind.PartlyKnown, value.Kind);
        Assert.Equal(merged.ToArray(), value.Parts.ToArray());
        Assert.Equal(prefix, value.KnownPrefix);
        Assert.Equal(suffix, value.KnownSuffix);
        Assert.Equal(display, value.Display());
        Assert.Equal(merged.ToArray(), value.AsParts().ToArray());
    }

    [Theory]
    [InlineData("~")]
    [InlineData("|~|")]
    [InlineData("~|~")]
    public void Holes_without_literal_text_are_unknown(string parts)
    {
        var value = GrantValue.FromParts(Parts(parts));

        Assert.Equal(ValueKind.Unknown, value.Kind);
        Assert.Equal("", value.KnownPrefix);
        Assert.Equal("", value.KnownSuffix);
        Assert.Equal("{…}", value.Display());
        Assert.Equal(new string?[] { null }, value.AsParts());
    }

    [Fact]
    public void Null_is_known_and_shown_as_null()
    {
        var value = GrantValue.FromConstant(null);

        Assert.True(value.IsKnown);
        Assert.True(value.IsNull);
        Assert.Equal("", value.KnownPrefix);
        Assert.Equal("", value.KnownSuffix);
        Assert.Equal("null", value.Display());
        Assert.Equal(new[] { "" }, value.AsParts());
        Assert.False(GrantValue.FromConstant("").IsNull);
    }

    /// <summary>"a|~|b": the parts "a", a hole and "b".</summary>
    private static ImmutableArray<string?> Parts(string parts)
        => parts.Split('|').Select(part => part == "~" ? null : part).ToImmutableArray();
}
