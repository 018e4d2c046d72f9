using LambdaPermissionAnalyzers.CodeFixes.Editing;
using LambdaPermissionAnalyzers.Knowledge;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>
/// Which variable names the fixes take for a value they need: one source ARN name per hint of every service
/// row, the account, organization and skill id names, and the look-alikes they must pass over.
/// </summary>
public class ScopeVariablesTests
{
    [Theory]
    [InlineData("s3", "bucketArn")]
    [InlineData("s3", "uploadsS3Arn")]
    [InlineData("sns", "topicArn")]
    [InlineData("sns", "snsArn")]
    [InlineData("events", "ruleArn")]
    [InlineData("events", "nightlyEventRuleArn")]
    [InlineData("events", "eventsArn")]
    [InlineData("apigateway", "apiArn")]
    [InlineData("apigateway", "restApiArn")]
    [InlineData("apigateway", "httpApiArn")]
    [InlineData("apigateway", "executeApiArn")]
    [InlineData("apigateway", "apiGatewayArn")]
    [InlineData("logs", "logGroupArn")]
    [InlineData("logs", "logsArn")]
    [InlineData("elasticloadbalancing", "targetGroupArn")]
    [InlineData("elasticloadbalancing", "loadBalancerArn")]
    [InlineData("elasticloadbalancing", "albArn")]
    [InlineData("iot", "iotRuleArn")]
    [InlineData("iot", "topicRuleArn")]
    [InlineData("iot", "iotArn")]
    [InlineData("cognito-idp", "userPoolArn")]
    [InlineData("cognito-idp", "cognitoArn")]
    [InlineData("ses", "receiptRuleArn")]
    [InlineData("ses", "sesArn")]
    [InlineData("bedrock", "agentArn")]
    [InlineData("bedrock", "bedrockArn")]
    [InlineData("cloudfront", "distributionArn")]
    [InlineData("cloudfront", "cloudFrontArn")]
    [InlineData("lex", "intentArn")]
    [InlineData("lex", "lexArn")]
    [InlineData("lex", "botArn")]
    public void Each_service_takes_the_arn_names_its_row_hints_at(string service, string name)
    {
        var hints = AwsServices.Find(service)!.Restriction.ArnNameHints;

        Assert.True(ScopeVariables.IsSourceArnName(name, hints));
        Assert.True(ScopeVariables.IsSourceArnName(name.ToUpperInvariant(), hints));
        Assert.False(ScopeVariables.IsSourceArnName(name.Substring(0, name.Length - "Arn".Length), hints));
        Assert.False(ScopeVariables.IsSourceArnName("functionArn", hints));
        Assert.False(ScopeVariables.IsSourceArnName(name, AwsServices.Find("secretsmanager")!.Restriction.ArnNameHints));
    }

    [Theory]
    [InlineData("sourceArn", true)]
    [InlineData("SourceARN", true)]
    [InlineData("functionArn", false)]
    [InlineData("roleArn", false)]
    [InlineData("bucketName", false)]
    public void Any_service_takes_source_arn_and_no_service_takes_an_arn_its_hints_do_not_name(string name, bool taken)
        => Assert.Equal(taken, ScopeVariables.IsSourceArnName(name, AwsServices.Find("s3")!.Restriction.ArnNameHints));

    [Theory]
    [InlineData("accountId", true)]
    [InlineData("awsAccountId", true)]
    [InlineData("ACCOUNTID", true)]
    [InlineData("account", true)]
    [InlineData("sourceAccount", true)]
    [InlineData("accountNumber", true)]
    [InlineData("accounts", false)]
    [InlineData("accountIds", false)]
    [InlineData("accountName", false)]
    [InlineData("myAccount", false)]
    public void Account_names(string name, bool taken) => Assert.Equal(taken, ScopeVariables.IsAccountName(name));

    [Theory]
    [InlineData("organizationId", true)]
    [InlineData("principalOrgId", true)]
    [InlineData("orgId", true)]
    [InlineData("ORGID", true)]
    [InlineData("organization", false)]
    [InlineData("orgIds", false)]
    public void Organization_id_names(string name, bool taken) => Assert.Equal(taken, ScopeVariables.IsOrganizationIdName(name));

    [Theory]
    [InlineData("skillId", true)]
    [InlineData("alexaSkillId", true)]
    [InlineData("eventSourceToken", true)]
    [InlineData("EventSourceToken", true)]
    [InlineData("skill", false)]
    [InlineData("eventSourceTokens", false)]
    [InlineData("myEventSourceToken", false)]
    public void Skill_id_names(string name, bool taken) => Assert.Equal(taken, ScopeVariables.IsSkillIdName(name));
}

/// <summary>Which strings in scope a fix may use at a position: by kind, type, declaration order and static context.</summary>
public class ScopeVariablesLookupTests
{
    private const string Source = """
        class Deployer
        {
            private string instanceField = "";
            private static string staticField = "";
            private const string constField = "";
            private int numberField;
            private string InstanceProperty => "";
            private static string StaticProperty => "";
            private string WriteOnly { set { } }
            private string this[int i] => "";

            void Instance(string parameter)
            {
                string before = "";
                /*here*/
                string after = "";
            }

            static void Static(int number)
            {
                System.Action run = () =>
                {
                    /*here*/
                };
            }
        }
        """;

    [Theory]
    [InlineData("Instance", "parameter", true)]
    [InlineData("Instance", "before", true)]
    [InlineData("Instance", "after", false)]
    [InlineData("Instance", "instanceField", true)]
    [InlineData("Instance", "staticField", true)]
    [InlineData("Instance", "numberField", false)]
    [InlineData("Instance", "InstanceProperty", true)]
    [InlineData("Instance", "StaticProperty", true)]
    [InlineData("Instance", "WriteOnly", false)]
    [InlineData("Instance", "this[]", false)]
    [InlineData("Static", "number", false)]
    [InlineData("Static", "instanceField", false)]
    [InlineData("Static", "staticField", true)]
    [InlineData("Static", "constField", true)]
    [InlineData("Static", "InstanceProperty", false)]
    [InlineData("Static", "StaticProperty", true)]
    public async Task A_string_in_reach_is_found(string method, string name, bool found)
    {
        var compilation = await TestCompilation.CreateAsync(SdkShape.V4, Source);
        var tree = compilation.SyntaxTrees[0];
        var methodStart = Source.IndexOf(method == "Instance" ? "void Instance" : "static void Static", System.StringComparison.Ordinal);
        var position = Source.IndexOf("/*here*/", methodStart, System.StringComparison.Ordinal);

        var result = ScopeVariables.FindSingle(compilation.GetSemanticModel(tree), position, candidate => candidate == name);

        Assert.Equal(found ? name : null, result);
    }

    [Fact]
    public async Task Two_names_that_fit_are_too_many()
    {
        var compilation = await TestCompilation.CreateAsync(SdkShape.V4, Source);
        var position = Source.IndexOf("/*here*/", System.StringComparison.Ordinal);

        Assert.Null(ScopeVariables.FindSingle(compilation.GetSemanticModel(compilation.SyntaxTrees[0]), position, name => name.EndsWith("Field", System.StringComparison.Ordinal)));
        Assert.Equal("before", ScopeVariables.FindSingle(compilation.GetSemanticModel(compilation.SyntaxTrees[0]), position, name => name.StartsWith("bef", System.StringComparison.Ordinal)));
    }
}
