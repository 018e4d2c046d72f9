using LambdaPermissionAnalyzers.CodeFixes;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>RemoveLatestQualifierCodeFix, the fix of LPA0002, checked at the latest C# and, when the source compiles there, at C# 7.3 (the default of .NET Framework 4.x projects).</summary>
public class RemoveLatestQualifierCodeFixTests
{
    private const string UsingsWithCollections = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        """;

    private const string CdkUsings = """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.Lambda;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SNS;
        using Constructs;

        """;

    [Fact]
    public Task Fix_removes_the_qualifier_from_the_initializer() => VerifyCodeFixAsync<RemoveLatestQualifierCodeFix>("""
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "orders",
                Qualifier = {|LPA0002:"$LATEST"|},
                StatementId = "AllowPartner",
                Action = "lambda:InvokeFunction",
                Principal = "381492765013",
            });
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            Task GrantAsync(IAmazonLambda lambda) => lambda.AddPermissionAsync(new AddPermissionRequest
            {
                FunctionName = "orders",
                StatementId = "AllowPartner",
                Action = "lambda:InvokeFunction",
                Principal = "381492765013",
            });
        }
        """);

    [Fact]
    public Task Fix_removes_a_statement_and_trims_function_names() => VerifyFixAllAsync<RemoveLatestQualifierCodeFix>("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Statement()
            {
                var request = new AddPermissionRequest { FunctionName = "orders" };
                request.Qualifier = {|LPA0002:"$LATEST"|};
                return request;
            }

            static AddPermissionRequest Literal() => new() { FunctionName = {|LPA0002:"orders:$LATEST"|}, Qualifier = {|LPA0002:"$LATEST"|} };

            static AddPermissionRequest Interpolated(string name) => new() { FunctionName = {|LPA0002:$"{name}:$LATEST"|} };
        }
        """, """
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Statement()
            {
                var request = new AddPermissionRequest { FunctionName = "orders" };
                return request;
            }

            static AddPermissionRequest Literal() => new() { FunctionName = "orders" };

            static AddPermissionRequest Interpolated(string name) => new() { FunctionName = $"{name}" };
        }
        """);

    /// <summary>
    /// An interpolated name is trimmed in its last literal text, which may keep text before the suffix; a suffix spelled
    /// with an escape sequence is left for the user (the fix edits the text as written).
    /// </summary>
    [Fact]
    public Task Interpolated_names_keep_the_text_before_the_suffix() => VerifyFixAllAsync<RemoveLatestQualifierCodeFix>("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Prefixed(string stage) => new() { FunctionName = {|LPA0002:$"{stage}-orders:$LATEST"|} };

            static AddPermissionRequest Verbatim(string name) => new() { FunctionName = {|LPA0002:$@"{name}:$LATEST"|} };

            static AddPermissionRequest Escaped(string name) => new() { FunctionName = {|LPA0002:$"{name}:\u0024LATEST"|} };
        }
        """, """
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Prefixed(string stage) => new() { FunctionName = $"{stage}-orders" };

            static AddPermissionRequest Verbatim(string name) => new() { FunctionName = $@"{name}" };

            static AddPermissionRequest Escaped(string name) => new() { FunctionName = {|LPA0002:$"{name}:\u0024LATEST"|} };
        }
        """);

    [Fact]
    public Task Qualifier_from_a_constant_elsewhere_is_reported_but_the_name_is_not_rewritten() => VerifyCodeFixAsync<RemoveLatestQualifierCodeFix>("""
        using Amazon.Lambda.Model;

        static class Names { public const string OrdersLatest = "orders:$LATEST"; }

        class Requests
        {
            static AddPermissionRequest Create() => new() { FunctionName = {|LPA0002:Names.OrdersLatest|} };
        }
        """, """
        using Amazon.Lambda.Model;

        static class Names { public const string OrdersLatest = "orders:$LATEST"; }

        class Requests
        {
            static AddPermissionRequest Create() => new() { FunctionName = {|LPA0002:Names.OrdersLatest|} };
        }
        """);

    // ----- RemovePermission -----

    [Fact]
    public async Task Remove_permission_fixes()
    {
        // No statement id can be made up for a removal; $LATEST goes.
        await VerifyCodeFixAsync<AddRequiredMembersCodeFix>(UsingsWithCollections + """
            class Cleanup
            {
                Task RemoveAsync(IAmazonLambda lambda) => lambda.RemovePermissionAsync(new {|LPA0001:RemovePermissionRequest|} { FunctionName = "orders" });
            }
            """, UsingsWithCollections + """
            class Cleanup
            {
                Task RemoveAsync(IAmazonLambda lambda) => lambda.RemovePermissionAsync(new {|LPA0001:RemovePermissionRequest|} { FunctionName = "orders" });
            }
            """);
        await VerifyCodeFixAsync<RemoveLatestQualifierCodeFix>(UsingsWithCollections + """
            class Cleanup
            {
                Task RemoveAsync(IAmazonLambda lambda) => lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "orders", StatementId = "a", Qualifier = {|LPA0002:"$LATEST"|} });
            }
            """, UsingsWithCollections + """
            class Cleanup
            {
                Task RemoveAsync(IAmazonLambda lambda) => lambda.RemovePermissionAsync(new RemovePermissionRequest { FunctionName = "orders", StatementId = "a" });
            }
            """);
    }

    // ----- AWS CDK -----

    [Fact]
    public Task Permission_on_LatestVersion_grants_nothing() => VerifyCdkCodeFixAsync<RemoveLatestQualifierCodeFix>(CdkUsings + """
        class Triggers : Stack
        {
            Triggers(Construct scope, Function fn, Topic topic) : base(scope, "Triggers")
            {
                fn.LatestVersion.AddPermission("Sns", new {|LPA0002:Permission|} { Principal = new ServicePrincipal("sns.amazonaws.com"), SourceArn = topic.TopicArn });
            }
        }
        """, CdkUsings + """
        class Triggers : Stack
        {
            Triggers(Construct scope, Function fn, Topic topic) : base(scope, "Triggers")
            {
                fn.AddPermission("Sns", new Permission { Principal = new ServicePrincipal("sns.amazonaws.com"), SourceArn = topic.TopicArn });
            }
        }
        """);
}
