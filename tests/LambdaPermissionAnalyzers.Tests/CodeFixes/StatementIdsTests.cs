using System.Linq;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>
/// The statement ids the fixes generate: a service's word (or its label in Pascal case, keeping only the letters and
/// digits the API accepts), numbered on while a string of the same member already uses it.
/// </summary>
public class StatementIdsTests
{
    private const string Source = """
        class Deployer
        {
            void Grant() { var taken = "AllowKafkaInvoke"; var also = $"AllowS3Invoke"; }

            void Other() { var elsewhere = "AllowSnsInvoke"; }
        }
        """;

    [Theory]
    [InlineData("s3", "AllowS3Invoke2")]
    [InlineData("kafka", "AllowKafkaInvoke2")]
    [InlineData("sns", "AllowSnsInvoke")]
    [InlineData("ec2-instance.v2", "AllowEc2InstanceV2Invoke")]
    [InlineData("a`z{A@Z[0/9:", "AllowAzAZ09Invoke")]
    [InlineData("--", "AllowInvoke")]
    [InlineData(null, "AllowInvoke")]
    public void An_id_is_made_of_the_service_and_is_free_in_its_member(string? service, string id)
        => Assert.Equal(id, StatementIds.CreateUnique(service, BodyOf("Grant")));

    [Fact]
    public void Outside_a_member_every_string_of_the_file_counts()
    {
        var type = CSharpSyntaxTree.ParseText(Source).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single();

        Assert.Equal("AllowSnsInvoke2", StatementIds.CreateUnique("sns", type));
    }

    [Fact]
    public void Numbers_continue_past_the_taken_ones()
    {
        var method = CSharpSyntaxTree.ParseText("""class C { void M() { var a = "id"; var b = "id2"; var c = "id3"; } }""").GetRoot()
            .DescendantNodes().OfType<MethodDeclarationSyntax>().Single();

        Assert.Equal("id4", StatementIds.MakeUnique("id", method.Body!));
        Assert.Equal("free", StatementIds.MakeUnique("free", method.Body!));
    }

    private static SyntaxNode BodyOf(string method)
        => CSharpSyntaxTree.ParseText(Source).GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == method).Body!;
}
