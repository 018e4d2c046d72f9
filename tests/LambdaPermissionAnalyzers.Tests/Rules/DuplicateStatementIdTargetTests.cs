namespace LambdaPermissionAnalyzers.Tests.Rules;

/// <summary>
/// LPA0006 needs the same target for both grants: the same known function name, or one read the same way from the
/// same symbols (a local, a parameter, this object's field, a static member, the same chain of members); and the same
/// qualifier, absent in both or equal. Anything else may differ, so nothing is reported.
/// </summary>
public class DuplicateStatementIdTargetTests
{
    [Theory]
    [InlineData("\"orders\"", "\"orders\"", true)]
    [InlineData("\"orders\"", "\"invoices\"", false)]
    [InlineData("name", "name", true)]
    [InlineData("name", "other", false)]
    [InlineData("local", "local", true)]
    [InlineData("_name", "this._name", true)]
    [InlineData("Static", "Deployer.Static", true)]
    [InlineData("settings.Name", "settings.Name", true)]
    [InlineData("settings.Name", "backup.Name", false)]
    [InlineData("settings.Inner.Name", "settings.Inner.Name", true)]
    [InlineData("settings.Inner.Name", "backup.Inner.Name", false)]
    [InlineData("Settings.Shared.Name", "settings.Name", false)]
    [InlineData("Settings.Shared.Name", "Settings.Shared.Name", true)]
    [InlineData("Read()", "Read()", false)]
    public Task The_same_function_is_the_same_value_read_the_same_way(string first, string second, bool same)
        => VerifyAnalyzerAsync(Source(first, second, "", "", same));

    [Theory]
    [InlineData("", "", true)]
    [InlineData(", Qualifier = \"live\"", ", Qualifier = \"live\"", true)]
    [InlineData(", Qualifier = \"live\"", "", false)]
    [InlineData("", ", Qualifier = \"live\"", false)]
    [InlineData(", Qualifier = \"live\"", ", Qualifier = \"test\"", false)]
    public Task The_same_qualifier_is_absent_in_both_or_equal(string first, string second, bool same)
        => VerifyAnalyzerAsync(Source("\"orders\"", "\"orders\"", first, second, same));

    [Fact]
    public Task A_function_name_written_twice_is_not_certain() => VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, string name)
            {
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = name, StatementId = "id", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                var second = new AddPermissionRequest { FunctionName = name, StatementId = "id", Action = "lambda:InvokeFunction", Principal = "210987654321" };
                second.FunctionName = name;
                await lambda.AddPermissionAsync(second);
            }
        }
        """);

    private static string Source(string first, string second, string firstQualifier, string secondQualifier, bool reported) => $$"""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Settings
        {
            public static Settings Shared = new Settings();
            public string Name = "orders";
            public Settings Inner = null!;
        }

        class Deployer
        {
            private string _name = "orders";
            private static string Static = "orders";

            async Task GrantAsync(IAmazonLambda lambda, string name, string other, Settings settings, Settings backup)
            {
                var local = name + "-v2";
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = {{first}}, StatementId = "id", Action = "lambda:InvokeFunction", Principal = "381492765013"{{firstQualifier}} });
                await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = {{second}}, StatementId = {{(reported ? "{|LPA0006:\"id\"|}" : "\"id\"")}}, Action = "lambda:InvokeFunction", Principal = "210987654321"{{secondQualifier}} });
            }

            static string Read() => "orders";
        }
        """;
}
