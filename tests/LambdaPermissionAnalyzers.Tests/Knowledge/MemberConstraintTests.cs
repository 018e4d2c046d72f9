using System.Collections.Generic;
using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;

namespace LambdaPermissionAnalyzers.Tests.Knowledge;

/// <summary>
/// The Lambda API's constraint on each member, as <see cref="MemberConstraint"/> holds it: every length limit on
/// both sides (exactly at the limit, and one past it), the characters each pattern refuses, and where another
/// operation constrains a member differently. Plain unit tests, so that mutants of the table are cheap to kill.
/// </summary>
public class MemberConstraintTests
{
    private const string TooLong = "is {0} characters long, more than the {1} the API allows";

    [Theory]
    [InlineData(GrantMembers.StatementId, "", 100)]
    [InlineData(GrantMembers.Action, "lambda:", 10000)]
    [InlineData(GrantMembers.Principal, "", 2048)]
    [InlineData(GrantMembers.SourceArn, "arn:aws:s3:::", 10000)]
    [InlineData(GrantMembers.EventSourceToken, "", 256)]
    [InlineData(GrantMembers.Qualifier, "", 128)]
    public void Each_maximum_length_is_accepted_and_one_more_character_is_not(string member, string prefix, int maxLength)
    {
        var constraint = MemberConstraint.For(member)!;
        Assert.Equal(maxLength, constraint.MaxLength);

        var atLimit = prefix + new string('a', maxLength - prefix.Length);
        Assert.Null(constraint.Check(atLimit, required: true));
        Assert.Equal(string.Format(TooLong, maxLength + 1, maxLength), constraint.Check(atLimit + "a", required: true));
    }

    [Theory]
    [InlineData(nameof(GrantKind.AddLayerVersionPermissionRequest), GrantMembers.LayerName, 140)]
    [InlineData(nameof(GrantKind.RemovePermissionRequest), GrantMembers.StatementId, 100)]
    [InlineData(nameof(GrantKind.CreateFunctionUrlConfigRequest), GrantMembers.Qualifier, 128)]
    [InlineData(nameof(GrantKind.UpdateFunctionUrlConfigRequest), GrantMembers.Qualifier, 128)]
    public void Each_operation_s_own_maximum_length_is_accepted_and_one_more_character_is_not(string kind, string member, int maxLength)
    {
        var constraint = MemberConstraint.For(Kind(kind), member)!;

        var atLimit = new string('a', maxLength);
        Assert.Null(constraint.Check(atLimit, required: true));
        Assert.Equal(string.Format(TooLong, maxLength + 1, maxLength), constraint.Check(atLimit + "a", required: true));
    }

    [Theory]
    [InlineData(GrantMembers.StatementId, "a")]
    [InlineData(GrantMembers.Action, "*")]
    [InlineData(GrantMembers.Principal, "*")]
    [InlineData(GrantMembers.Qualifier, "7")]
    [InlineData(GrantMembers.EventSourceToken, "a")]
    [InlineData(GrantMembers.PrincipalOrgID, "o-a1b2c3d4e6")]
    [InlineData(GrantMembers.PrincipalOrgID, "o-a1b2c3d4e6a1b2c3d4e6a1b2c3d4e6a1")]
    [InlineData(GrantMembers.SourceAccount, "381492765013")]
    public void Values_at_the_minimum_length_or_the_pattern_s_edges_are_accepted(string member, string value)
        => Assert.Null(MemberConstraint.For(member)!.Check(value, required: true));

    [Theory]
    [InlineData(GrantMembers.SourceAccount, "38149276501", "is not a 12-digit account id")]
    [InlineData(GrantMembers.SourceAccount, "3814927650130", "is not a 12-digit account id")]
    [InlineData(GrantMembers.SourceAccount, "38149276501a", "is not a 12-digit account id")]
    [InlineData(GrantMembers.PrincipalOrgID, "o-a1b2c3d4e", "is not an organization id ('o-' followed by 10 to 32 lowercase letters or digits)")]
    [InlineData(GrantMembers.PrincipalOrgID, "o-a1b2c3d4e6a1b2c3d4e6a1b2c3d4e6a1b", "is not an organization id ('o-' followed by 10 to 32 lowercase letters or digits)")]
    [InlineData(GrantMembers.PrincipalOrgID, "o-A1B2C3D4E6", "is not an organization id ('o-' followed by 10 to 32 lowercase letters or digits)")]
    [InlineData(GrantMembers.StatementId, "allow s3", "can contain only letters, digits, '-' and '_'")]
    [InlineData(GrantMembers.StatementId, "allow.s3", "can contain only letters, digits, '-' and '_'")]
    [InlineData(GrantMembers.Action, "lambda:Invoke-Function", "is not an action of the form lambda:InvokeFunction, lambda:* or *")]
    [InlineData(GrantMembers.Action, "InvokeFunction", "is not an action of the form lambda:InvokeFunction, lambda:* or *")]
    [InlineData(GrantMembers.Principal, "s3 .amazonaws.com", "contains whitespace, which no principal can contain")]
    [InlineData(GrantMembers.SourceArn, "arn:aws:s3:us-east-1x::uploads", "is not an ARN of the form arn:partition:service:region:account-id:resource")]
    [InlineData(GrantMembers.SourceArn, "arn:aws:sns:us-east-1:38149276501:topic", "is not an ARN of the form arn:partition:service:region:account-id:resource")]
    [InlineData(GrantMembers.EventSourceToken, "token with spaces", "can contain only letters, digits, '.', '_' and '-'")]
    [InlineData(GrantMembers.Qualifier, "live.blue", "is not a version number or an alias name (letters, digits, '-' and '_')")]
    public void Values_outside_the_pattern_are_told_the_rule(string member, string value, string problem)
        => Assert.Equal(problem, MemberConstraint.For(member)!.Check(value, required: true));

    [Theory]
    [InlineData("arn:aws:s3:::uploads")]
    [InlineData("arn:aws-cn:sqs:cn-north-1:381492765013:orders")]
    [InlineData("arn:aws-us-gov:sns:us-gov-west-1:381492765013:alerts")]
    [InlineData("arn:aws:events:eusc-de-east-1:381492765013:rule/nightly")]
    [InlineData("arn:aws-iso:s3:us-iso-east-1::uploads")]
    public void Source_arns_of_every_partition_and_region_form_are_accepted(string arn)
        => Assert.Null(MemberConstraint.For(GrantMembers.SourceArn)!.Check(arn, required: false));

    [Fact]
    public void Empty_values_are_refused_when_the_api_requires_one_and_checked_against_the_pattern_otherwise()
    {
        Assert.Equal("is empty, but the API requires a value", MemberConstraint.For(GrantMembers.StatementId)!.Check("", required: false));
        Assert.Equal("is empty, but the API requires a value", MemberConstraint.For(GrantMembers.SourceAccount)!.Check("", required: true));
        Assert.Equal("is not a 12-digit account id", MemberConstraint.For(GrantMembers.SourceAccount)!.Check("", required: false));
        Assert.Equal("can contain only letters, digits, '.', '_' and '-'", MemberConstraint.For(GrantMembers.EventSourceToken)!.Check("", required: false));
    }

    [Fact]
    public void Remove_permission_allows_a_dot_in_the_statement_id_and_add_permission_does_not()
    {
        Assert.Null(MemberConstraint.For(GrantKind.RemovePermissionRequest, GrantMembers.StatementId)!.Check("cdk.allow-s3", required: true));
        Assert.Equal(
            "can contain only letters, digits, '-' and '_'",
            MemberConstraint.For(GrantKind.AddPermissionRequest, GrantMembers.StatementId)!.Check("cdk.allow-s3", required: true));
    }

    [Theory]
    [InlineData(GrantMembers.Action, "lambda:GetLayerVersion", null)]
    [InlineData(GrantMembers.Action, "lambda:InvokeFunction", "is not lambda:GetLayerVersion, the only action a layer permission can grant")]
    [InlineData(GrantMembers.Action, "lambda:*", "is not lambda:GetLayerVersion, the only action a layer permission can grant")]
    [InlineData(GrantMembers.Principal, "381492765013", null)]
    [InlineData(GrantMembers.Principal, "*", null)]
    [InlineData(GrantMembers.Principal, "arn:aws:iam::381492765013:root", null)]
    [InlineData(GrantMembers.Principal, "arn:aws:iam::381492765013:role/deployer", "is not a 12-digit account id, * or an account root ARN (arn:aws:iam::<account-id>:root); a layer cannot be shared with a role, a user or a service")]
    [InlineData(GrantMembers.Principal, "s3.amazonaws.com", "is not a 12-digit account id, * or an account root ARN (arn:aws:iam::<account-id>:root); a layer cannot be shared with a role, a user or a service")]
    [InlineData(GrantMembers.OrganizationId, "o-a1b2c3d4e6", null)]
    [InlineData(GrantMembers.OrganizationId, "o-a1b2", "is not an organization id ('o-' followed by 10 to 32 lowercase letters or digits)")]
    [InlineData(GrantMembers.LayerName, "shared-libs", null)]
    [InlineData(GrantMembers.LayerName, "arn:aws:lambda:us-east-1:381492765013:layer:shared-libs", null)]
    [InlineData(GrantMembers.LayerName, "shared libs", "is not a layer name (letters, digits, '-' and '_') or a layer ARN (arn:aws:lambda:region:account:layer:name)")]
    public void Layer_permissions_have_their_own_constraints(string member, string value, string? problem)
        => Assert.Equal(problem, MemberConstraint.For(GrantKind.AddLayerVersionPermissionRequest, member)!.Check(value, required: true));

    [Theory]
    [InlineData("live", null)]
    [InlineData("blue-2", null)]
    [InlineData("7", "is not an alias name: a function URL attaches to the function or an alias, never to a version number or $LATEST")]
    [InlineData("$LATEST", "is not an alias name: a function URL attaches to the function or an alias, never to a version number or $LATEST")]
    public void Function_url_qualifiers_are_aliases_only(string value, string? problem)
    {
        Assert.Equal(problem, MemberConstraint.For(GrantKind.CreateFunctionUrlConfigRequest, GrantMembers.Qualifier)!.Check(value, required: false));
        Assert.Equal(problem, MemberConstraint.For(GrantKind.UpdateFunctionUrlConfigRequest, GrantMembers.Qualifier)!.Check(value, required: false));
        Assert.Null(MemberConstraint.For(GrantKind.AddPermissionRequest, GrantMembers.Qualifier)!.Check(value, required: false));
    }

    [Fact]
    public void Members_without_a_constraint_have_none()
    {
        Assert.Null(MemberConstraint.For(GrantMembers.FunctionName));
        Assert.Null(MemberConstraint.For(GrantMembers.RevisionId));
        Assert.Same(MemberConstraint.For(GrantMembers.Principal), MemberConstraint.For(GrantKind.AddPermissionRequest, GrantMembers.Principal));
    }

    [Theory]
    [InlineData(GrantMembers.StatementId, "allow-", null)]
    [InlineData(GrantMembers.StatementId, "allow ", "can contain only letters, digits, '-' and '_'")]
    [InlineData(GrantMembers.SourceAccount, "38149276501x", "is not a 12-digit account id")]
    [InlineData(GrantMembers.PrincipalOrgID, "o-A", "is not an organization id ('o-' followed by 10 to 32 lowercase letters or digits)")]
    [InlineData(GrantMembers.Principal, "arn:aws:iam::", null)]
    [InlineData(GrantMembers.Principal, "arn aws", "contains whitespace, which no principal can contain")]
    [InlineData(GrantMembers.SourceArn, "arn aws", null)]
    public void Literal_parts_of_a_partly_known_value_are_checked_character_by_character(string member, string literal, string? problem)
    {
        var value = GrantValue.FromParts(ImmutableArray.Create<string?>(literal, null));
        Assert.Equal(problem, MemberConstraint.For(member)!.CheckLiteralParts(value));
    }

    /// <summary>
    /// The characters a literal part may hold (which decide a partly known value) are exactly those the member's
    /// pattern admits somewhere: each printable ASCII character is tried in every position of valid samples.
    /// </summary>
    [Theory]
    [InlineData(nameof(GrantKind.AddPermissionRequest), GrantMembers.StatementId, "Allow-1_x")]
    [InlineData(nameof(GrantKind.AddPermissionRequest), GrantMembers.Action, "lambda:InvokeFunction|lambda:*|*")]
    [InlineData(nameof(GrantKind.AddPermissionRequest), GrantMembers.Principal, "381492765013|s3.amazonaws.com")]
    [InlineData(nameof(GrantKind.AddPermissionRequest), GrantMembers.SourceAccount, "381492765013")]
    [InlineData(nameof(GrantKind.AddPermissionRequest), GrantMembers.PrincipalOrgID, "o-k7x2m9q4w1")]
    [InlineData(nameof(GrantKind.AddPermissionRequest), GrantMembers.EventSourceToken, "a.b_c-1")]
    [InlineData(nameof(GrantKind.AddPermissionRequest), GrantMembers.Qualifier, "prod-1_x|$LATEST.PUBLISHED")]
    [InlineData(nameof(GrantKind.RemovePermissionRequest), GrantMembers.StatementId, "a.b-c_1")]
    [InlineData(nameof(GrantKind.AddLayerVersionPermissionRequest), GrantMembers.Principal, "381492765013|*|arn:aws-cn:iam::381492765013:root")]
    [InlineData(nameof(GrantKind.AddLayerVersionPermissionRequest), GrantMembers.OrganizationId, "o-k7x2m9q4w1")]
    [InlineData(nameof(GrantKind.AddLayerVersionPermissionRequest), GrantMembers.LayerName, "my-layer_1|arn:aws:lambda:us-east-1:381492765013:layer:shared")]
    [InlineData(nameof(GrantKind.CreateFunctionUrlConfigRequest), GrantMembers.Qualifier, "prod-1_x")]
    public void A_literal_part_may_hold_exactly_the_characters_the_pattern_admits(string kind, string member, string samples)
    {
        var constraint = MemberConstraint.For(Kind(kind), member)!;
        var wrong = new List<string>();
        for (var c = ' '; c <= '~'; c++)
        {
            var admitted = false;
            foreach (var sample in samples.Split('|'))
            {
                Assert.Null(constraint.Check(sample, required: true));
                for (var i = 0; i < sample.Length && !admitted; i++)
                {
                    admitted = constraint.Check(sample.Substring(0, i) + c + sample.Substring(i + 1), required: true) is null;
                }
            }

            var allowed = constraint.CheckLiteralParts(GrantValue.FromParts(ImmutableArray.Create<string?>(c.ToString(), null))) is null;
            if (allowed != admitted)
            {
                wrong.Add($"'{c}': the pattern {(admitted ? "admits" : "refuses")} it, a literal part {(allowed ? "may" : "may not")} hold it");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Literal_parts_longer_than_the_maximum_are_reported_whatever_the_holes_hold()
    {
        var constraint = MemberConstraint.For(GrantMembers.StatementId)!;
        var atLimit = GrantValue.FromParts(ImmutableArray.Create<string?>(new string('a', 60), null, new string('b', 40)));
        var pastLimit = GrantValue.FromParts(ImmutableArray.Create<string?>(new string('a', 60), null, new string('b', 41)));

        Assert.Null(constraint.CheckLiteralParts(atLimit));
        Assert.Equal("is at least 101 characters long, more than the 100 the API allows", constraint.CheckLiteralParts(pastLimit));
    }

    private static GrantKind Kind(string name)
        => (GrantKind)typeof(GrantKind).GetProperty(name)!.GetValue(null)!;
}
