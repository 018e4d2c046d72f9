using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;

namespace LambdaPermissionAnalyzers.Tests.Knowledge;

/// <summary>How the policy names compare: action names and auth types in any letter case, the wildcards and <c>*</c> exactly.</summary>
public class PolicyNamesTests
{
    [Theory]
    [InlineData("*", true)]
    [InlineData("lambda:*", true)]
    [InlineData("LAMBDA:*", true)]
    [InlineData("lambda:Invoke*", false)]
    [InlineData("lambda:InvokeFunction", false)]
    [InlineData("**", false)]
    [InlineData("", false)]
    public void Wildcard_actions(string action, bool wildcard)
    {
        Assert.Equal(wildcard, LambdaActions.IsWildcard(action));
        Assert.Equal(wildcard, LambdaActions.IsWildcard(GrantValue.FromConstant(action)));
    }

    [Fact]
    public void Unknown_and_null_actions_are_not_known_wildcards()
    {
        Assert.False(LambdaActions.IsWildcard(GrantValue.Unknown));
        Assert.False(LambdaActions.IsWildcard(GrantValue.FromConstant(null)));
        Assert.False(LambdaActions.IsWildcard(GrantValue.FromParts(System.Collections.Immutable.ImmutableArray.Create<string?>("lambda:", null))));
    }

    [Theory]
    [InlineData("lambda:InvokeFunctionUrl", true)]
    [InlineData("lambda:invokefunctionurl", true)]
    [InlineData("LAMBDA:INVOKEFUNCTIONURL", true)]
    [InlineData("lambda:InvokeFunction", false)]
    [InlineData("lambda:InvokeFunctionUrl ", false)]
    public void Actions_compare_in_any_letter_case(string action, bool isUrlAction)
        => Assert.Equal(isUrlAction, LambdaActions.Is(GrantValue.FromConstant(action), LambdaActions.InvokeFunctionUrl));

    [Theory]
    [InlineData("NONE", true)]
    [InlineData("none", true)]
    [InlineData("None", true)]
    [InlineData("AWS_IAM", false)]
    [InlineData("NONE ", false)]
    [InlineData("", false)]
    public void Auth_type_none_in_any_letter_case(string authType, bool isNone)
        => Assert.Equal(isNone, FunctionUrlAuthTypes.IsNone(GrantValue.FromConstant(authType)));

    [Fact]
    public void The_api_accepts_exactly_two_auth_types()
        => Assert.Equal(new[] { "NONE", "AWS_IAM" }, FunctionUrlAuthTypes.All);

    [Theory]
    [InlineData("*", true)]
    [InlineData("**", false)]
    [InlineData(" *", false)]
    [InlineData("381492765013", false)]
    public void Everyone_is_exactly_a_star(string principal, bool everyone)
        => Assert.Equal(everyone, Principals.IsEveryone(GrantValue.FromConstant(principal)));
}
