namespace LambdaPermissionAnalyzers.Tests.Readers;

/// <summary>
/// Which methods the readers look into: a call runs the method's own body only when it cannot be overridden or
/// replaced (not virtual unless sealed, not abstract, not an interface member) and the body is in the compilation.
/// The factory below returns a grant without a StatementId: LPA0001 on the call proves the body was read.
/// </summary>
public class FollowableMethodsTests
{
    private const string Grant = """new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" }""";

    [Theory]
    [InlineData("class Factory { public AddPermissionRequest Make() => " + Grant + "; }")]
    [InlineData("class Factory { public static AddPermissionRequest Build() => " + Grant + "; public AddPermissionRequest Make() => Build(); }")]
    [InlineData("class Factory { public AddPermissionRequest Make() { return Local(); AddPermissionRequest Local() => " + Grant + "; } }")]
    [InlineData("class Base { public virtual AddPermissionRequest Make() => null!; } sealed class Factory : Base { public override AddPermissionRequest Make() => " + Grant + "; }")]
    [InlineData("class Base { public virtual AddPermissionRequest Make() => null!; } class Factory : Base { public sealed override AddPermissionRequest Make() => " + Grant + "; }")]
    [InlineData("partial class Factory { public partial AddPermissionRequest Make(); } partial class Factory { public partial AddPermissionRequest Make() => " + Grant + "; }")]
    [InlineData("partial class Factory { public partial AddPermissionRequest Make() => " + Grant + "; } partial class Factory { public partial AddPermissionRequest Make(); }")]
    public Task A_method_that_cannot_be_replaced_is_followed(string declarations) => VerifyAsync(declarations, followed: true);

    [Theory]
    [InlineData("class Factory { public virtual AddPermissionRequest Make() => " + Grant + "; }")]
    [InlineData("class Base { public virtual AddPermissionRequest Make() => null!; } class Factory : Base { public override AddPermissionRequest Make() => " + Grant + "; }")]
    [InlineData("abstract class Factory { public abstract AddPermissionRequest Make(); }")]
    [InlineData("interface Factory { AddPermissionRequest Make() => " + Grant + "; }")]
    [InlineData("class Factory { [System.Runtime.InteropServices.DllImport(\"grants\")] public static extern AddPermissionRequest Extern(); public AddPermissionRequest Make() => Extern(); }")]
    public Task A_method_that_may_be_replaced_or_has_no_body_here_is_not_followed(string declarations) => VerifyAsync(declarations, followed: false);

    private static Task VerifyAsync(string declarations, bool followed) => VerifyAnalyzerAsync($$"""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            async Task GrantAsync(IAmazonLambda lambda, Factory factory)
            {
                await lambda.AddPermissionAsync({{(followed ? "{|LPA0001:factory.Make()|}" : "factory.Make()")}});
            }
        }

        {{declarations}}
        """);
}
