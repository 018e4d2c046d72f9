using LambdaPermissionAnalyzers.Knowledge;

namespace LambdaPermissionAnalyzers.Tests.Knowledge;

/// <summary>
/// The function name facts the rules build on: splitting each documented name form, the API's patterns and the
/// characters no name can hold. Plain unit tests, so that mutants of these pure functions are cheap to kill.
/// </summary>
public class FunctionNamesTests
{
    [Theory]
    [InlineData("orders", "orders", null)]
    [InlineData("orders:live", "orders", "live")]
    [InlineData("orders:$LATEST", "orders", "$LATEST")]
    [InlineData("381492765013:function:orders", "orders", null)]
    [InlineData("381492765013:function:orders:7", "orders", "7")]
    [InlineData("us-east-1:381492765013:function:orders:live", "orders", "live")]
    [InlineData("arn:aws:lambda:us-east-1:381492765013:function:orders", "orders", null)]
    [InlineData("arn:aws:lambda:us-east-1:381492765013:function:orders:live", "orders", "live")]
    [InlineData("arn:aws-cn:lambda:cn-north-1:381492765013:function:orders:$LATEST", "orders", "$LATEST")]
    [InlineData("function:orders:live", "orders", "live")]
    [InlineData("arn:orders", "arn", null)]
    [InlineData("381492765013:function", "381492765013", null)]
    public void Each_documented_form_splits_into_name_and_qualifier(string functionName, string name, string? qualifier)
    {
        Assert.Equal(name, FunctionNameParts.GetName(functionName));
        Assert.Equal(qualifier, FunctionNameParts.GetQualifier(functionName));
    }

    [Theory]
    [InlineData("orders")]
    [InlineData("orders-v2_blue.1")]
    [InlineData("orders:live")]
    [InlineData("orders:$LATEST")]
    [InlineData("arn:aws:lambda:us-east-1:381492765013:function:orders:live")]
    [InlineData("arn:aws-us-gov:lambda:us-gov-west-1:381492765013:function:orders")]
    [InlineData("381492765013:function:orders")]
    public void Documented_names_match_the_api_pattern(string functionName)
        => Assert.True(FunctionNames.MatchesPattern(functionName));

    [Theory]
    [InlineData("orders handler")]
    [InlineData("orders/handler")]
    [InlineData("")]
    public void Names_the_api_rejects_do_not_match(string functionName)
        => Assert.False(FunctionNames.MatchesPattern(functionName));

    [Theory]
    [InlineData("orders-v2_blue.1:$LATEST", null)]
    [InlineData("azAZ09", null)]
    [InlineData("orders handler", ' ')]
    [InlineData("orders/handler", '/')]
    [InlineData("orders+1", '+')]
    [InlineData("ordérs", 'é')]
    public void The_first_impossible_character_is_found(string literal, char? expected)
        => Assert.Equal(expected, FunctionNames.FindImpossibleCharacter(literal));

    [Fact]
    public void Limits_are_the_documented_ones()
    {
        Assert.Equal(64, FunctionNames.MaxBareNameLength);
        Assert.Equal(256, FunctionNames.DefaultMaxLength);
        Assert.Equal("$LATEST", FunctionNames.LatestQualifier);
        Assert.Equal(":$LATEST", FunctionNames.LatestSuffix);
    }
}
