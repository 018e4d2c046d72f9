using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Rules;

namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>
/// The mechanical repairs LPA0004 offers (<see cref="InvalidValueRule.Repair"/>): what each member's repair keeps,
/// replaces and refuses, at the limits. Plain unit tests next to the fix tests that apply the repairs.
/// </summary>
public class InvalidValueRepairTests
{
    [Theory]
    [InlineData("Allow S3 invoke.v2", "Allow-S3-invoke-v2")]
    [InlineData("allow_s3-Z9", "allow_s3-Z9")]
    [InlineData("zZ aA", "zZ-aA")]
    [InlineData("09", "09")]
    [InlineData(" ", "-")]
    [InlineData("", null)]
    public void Statement_ids_keep_letters_digits_dashes_and_underscores_and_replace_the_rest(string value, string? repaired)
        => Assert.Equal(repaired, InvalidValueRule.Repair(GrantKind.AddPermissionRequest, GrantMembers.StatementId, value));

    [Fact]
    public void Repaired_statement_ids_are_cut_to_the_api_s_100_characters()
    {
        Assert.Equal(new string('a', 99) + "-", InvalidValueRule.Repair(GrantKind.AddPermissionRequest, GrantMembers.StatementId, new string('a', 99) + " "));
        Assert.Equal(new string('a', 100), InvalidValueRule.Repair(GrantKind.AddPermissionRequest, GrantMembers.StatementId, new string('a', 100) + " b"));
    }

    [Fact]
    public void The_statement_id_of_a_removal_names_an_existing_statement_and_is_never_repaired()
        => Assert.Null(InvalidValueRule.Repair(GrantKind.RemovePermissionRequest, GrantMembers.StatementId, "Allow S3"));

    [Theory]
    [InlineData("3814-9276-5013", "381492765013")]
    [InlineData("3814 9276 5013", "381492765013")]
    [InlineData("3814.9276_5013", "381492765013")]
    [InlineData("3814-9276-501", null)]
    [InlineData("3814-9276-50133", null)]
    [InlineData("3814/9276/5013", null)]
    [InlineData("account 381492765013", null)]
    public void Source_accounts_drop_separators_and_keep_exactly_twelve_digits(string value, string? repaired)
        => Assert.Equal(repaired, InvalidValueRule.Repair(GrantKind.AddPermissionRequest, GrantMembers.SourceAccount, value));

    [Theory]
    [InlineData("InvokeFunction", "lambda:InvokeFunction")]
    [InlineData("z", "lambda:z")]
    [InlineData("aAzZ", "lambda:aAzZ")]
    [InlineData("Invoke Function", null)]
    [InlineData("lambda.InvokeFunction", null)]
    [InlineData("InvokeFunction2", null)]
    [InlineData("", null)]
    public void Actions_without_the_service_prefix_get_it_when_they_are_a_bare_word(string value, string? repaired)
        => Assert.Equal(repaired, InvalidValueRule.Repair(GrantKind.AddPermissionRequest, GrantMembers.Action, value));

    [Theory]
    [InlineData("GetLayerVersion", "lambda:GetLayerVersion")]
    [InlineData("getlayerversion", "lambda:GetLayerVersion")]
    [InlineData("InvokeFunction", null)]
    [InlineData("lambda:InvokeFunction", null)]
    public void Layer_actions_are_repaired_only_to_get_layer_version(string value, string? repaired)
        => Assert.Equal(repaired, InvalidValueRule.Repair(GrantKind.AddLayerVersionPermissionRequest, GrantMembers.Action, value));

    [Theory]
    [InlineData(GrantMembers.Principal, "s3 .amazonaws.com")]
    [InlineData(GrantMembers.PrincipalOrgID, "o-ABC")]
    [InlineData(GrantMembers.Qualifier, "live.blue")]
    public void Other_members_have_no_mechanical_repair(string member, string value)
        => Assert.Null(InvalidValueRule.Repair(GrantKind.AddPermissionRequest, member, value));
}
