using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using LambdaPermissionAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>
/// What the light bulb shows: every fix of the package is asked, as the IDE asks it, for its actions on every
/// diagnostic of a document, and the titles it offers (or the absence of an action) are checked, by line.
/// </summary>
public class FixTitlesTests
{
    [Fact]
    public async Task Sdk_fixes_name_what_they_do()
    {
        var offered = await OfferedAsync("""
            using System.Threading.Tasks;
            using Amazon.Lambda;
            using Amazon.Lambda.Model;

            class Deployer
            {
                async Task GrantAsync(IAmazonLambda lambda, string[] accounts)
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "s3", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com" });
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "sns", Action = "lambda:InvokeFunction", Principal = "sns.amazonaws.com", SourceArn = "arn:aws:s3:::uploads" });
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "public", Action = "lambda:InvokeFunction", Principal = "*" });
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "all", Action = "lambda:*", Principal = "381492765013" });
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "latest", Action = "lambda:InvokeFunction", Principal = "381492765013", Qualifier = "$LATEST" });
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders:$LATEST", StatementId = "suffix", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders:prod", StatementId = "both", Action = "lambda:InvokeFunction", Principal = "381492765013", Qualifier = "live" });
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "bad id", Action = "lambda:InvokeFunction", Principal = "381492765013" });
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "s3", Action = "lambda:InvokeFunction", Principal = "210987654321" });
                    foreach (var account in accounts)
                    {
                        await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "each", Action = "lambda:InvokeFunction", Principal = account });
                    }

                    await lambda.CreateFunctionUrlConfigAsync(new CreateFunctionUrlConfigRequest { FunctionName = "orders", AuthType = FunctionUrlAuthType.NONE });
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "bucket", Action = "lambda:InvokeFunction", Principal = "s3.amazonaws.com", SourceArn = "arn:aws:s3:::uploads" });
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "get", Action = "lambda:GetFunction", Principal = "381492765013", FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM });
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "381492765013" });
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "webhook", StatementId = "open", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = "NONE" });
                    await lambda.AddLayerVersionPermissionAsync(new AddLayerVersionPermissionRequest { LayerName = "shared", VersionNumber = 3, StatementId = "org", Action = "lambda:GetLayerVersion", Principal = "*" });
                    await lambda.AddPermissionAsync(Make("orders"));
                    var made = Make("invoices");
                    await lambda.AddPermissionAsync(made);
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", Principal = "381492765013" });
                    var named = Partial("named");
                    named.StatementId = "named";
                    await lambda.AddPermissionAsync(named);
                    var stored = Partial("stored");
                    await lambda.AddPermissionAsync(stored);
                    await lambda.AddPermissionAsync(Partial("passed"));
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "skill", StatementId = "alexa", Action = "lambda:InvokeFunction", Principal = "alexa-appkit.amazon.com" });
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "rotation", StatementId = "secrets", Action = "lambda:InvokeFunction", Principal = "secretsmanager.amazonaws.com" });
                }

                static AddPermissionRequest Partial(string function) => new AddPermissionRequest { FunctionName = function, Action = "lambda:InvokeFunction", Principal = "381492765013" };

                static AddPermissionRequest Make(string function) => new AddPermissionRequest { FunctionName = function, Action = "lambda:InvokeFunction", Principal = "381492765013" };
            }
            """);

        Assert.Equal(
            new[]
            {
                "9 LPA0001: Add StatementId",
                "10 LPA0100: Restrict the grant to its source: add SourceArn and SourceAccount",
                "11 LPA0102: no fix",
                "12 LPA0103: Restrict to your organization: add PrincipalOrgID",
                "13 LPA0104: Grant only lambda:InvokeFunction",
                "14 LPA0002: Remove the $LATEST qualifier",
                "15 LPA0002: Remove ':$LATEST' from the function name",
                "16 LPA0005: Remove the Qualifier (the function name's qualifier applies)",
                "17 LPA0004: Change to \"bad-id\"",
                "18 LPA0006: Make the statement id unique",
                "21 LPA0006: Make the statement id unique per iteration",
                "24 LPA0202: no fix",
                "24 LPA0200: Require signed requests: use FunctionUrlAuthType.AWS_IAM",
                "25 LPA0101: Add SourceAccount",
                "26 LPA0007: Remove the member that has no effect",
                "27 LPA0201: Add FunctionUrlAuthType = AWS_IAM",
                "28 LPA0202: Add the companion lambda:InvokeFunction grant (InvokedViaFunctionUrl = true)",
                "28 LPA0200: Require signed requests: use FunctionUrlAuthType.AWS_IAM",
                "29 LPA0300: Share with your organization only: add OrganizationId",
                "30 LPA0001: Add StatementId in Make",
                "31 LPA0001: Add StatementId in Make",
                "33 LPA0001: Add StatementId and Action",
                "37 LPA0001: Add StatementId after the call",
                "39 LPA0001: Add StatementId in Partial",
                "40 LPA0100: Restrict the grant to its source: add EventSourceToken",
                "41 LPA0100: Restrict the grant to its source: add SourceAccount",
            },
            offered);
    }

    [Fact]
    public async Task Cdk_fixes_name_what_they_do()
    {
        var offered = await OfferedAsync("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;

            class Triggers : Stack
            {
                Triggers(Construct scope, Function fn, ILayerVersion layer) : base(scope, "Triggers")
                {
                    fn.AddPermission("S3", new Permission { Principal = new ServicePrincipal("s3.amazonaws.com") });
                    fn.LatestVersion.AddPermission("Latest", new Permission { Principal = new AccountPrincipal("381492765013") });
                    fn.AddPermission("Everyone", new Permission { Principal = new AnyPrincipal() });
                    fn.AddPermission("All", new Permission { Principal = new AccountPrincipal("381492765013"), Action = "lambda:*" });
                    fn.AddFunctionUrl(new FunctionUrlOptions { AuthType = FunctionUrlAuthType.NONE });
                    layer.AddPermission("Public", new LayerVersionPermission { AccountId = "*" });
                }
            }
            """);

        Assert.Equal(
            new[]
            {
                "10 LPA0100: Restrict the grant to its source: add SourceArn and SourceAccount",
                "11 LPA0002: Add the permission to the function instead of LatestVersion",
                "12 LPA0103: Restrict to your organization: add PrincipalOrgID",
                "13 LPA0104: Grant only lambda:InvokeFunction",
                "14 LPA0202: no fix",
                "14 LPA0200: Require signed requests: use FunctionUrlAuthType.AWS_IAM",
                "15 LPA0300: Share with your organization only: add OrganizationId",
            },
            offered);
    }

    /// <summary>The companion grant is a second statement after the send: offered only where one can follow it.</summary>
    [Fact]
    public async Task Companion_fix_is_offered_where_a_second_send_can_follow()
    {
        var offered = await OfferedAsync("""
            using System.Threading.Tasks;
            using Amazon.Lambda;
            using Amazon.Lambda.Model;

            class Urls
            {
                async Task OpenAsync(IAmazonLambda lambda, bool open)
                {
                    await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "a", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = "NONE" }).ConfigureAwait(false);
                    var response = await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "b", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = "NONE" });
                    _ = lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "c", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = "NONE" });
                    if (open) await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "d", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = "NONE" });
                    lambda.AddPermission(new AddPermissionRequest { FunctionName = "e", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = "NONE" });
                }

                Task Returned(IAmazonLambda lambda)
                {
                    return lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "f", StatementId = "url", Action = "lambda:InvokeFunctionUrl", Principal = "*", FunctionUrlAuthType = "NONE" });
                }
            }
            """);

        Assert.Equal(
            new[]
            {
                "9 LPA0202: Add the companion lambda:InvokeFunction grant (InvokedViaFunctionUrl = true)",
                "9 LPA0200: Require signed requests: use FunctionUrlAuthType.AWS_IAM",
                "10 LPA0202: Add the companion lambda:InvokeFunction grant (InvokedViaFunctionUrl = true)",
                "10 LPA0200: Require signed requests: use FunctionUrlAuthType.AWS_IAM",
                "11 LPA0202: no fix",
                "11 LPA0200: Require signed requests: use FunctionUrlAuthType.AWS_IAM",
                "12 LPA0202: no fix",
                "12 LPA0200: Require signed requests: use FunctionUrlAuthType.AWS_IAM",
                "13 LPA0202: Add the companion lambda:InvokeFunction grant (InvokedViaFunctionUrl = true)",
                "13 LPA0200: Require signed requests: use FunctionUrlAuthType.AWS_IAM",
                "18 LPA0202: no fix",
                "18 LPA0200: Require signed requests: use FunctionUrlAuthType.AWS_IAM",
            },
            offered);
    }

    /// <summary>Each diagnostic's id and line, with the title of every action offered for it ("no fix" when none is).</summary>
    private static async Task<string[]> OfferedAsync(string source)
    {
        var compilation = await TestCompilation.CreateAsync(SdkShape.V4, source);
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Fixes",
            "Fixes",
            LanguageNames.CSharp,
            compilationOptions: compilation.Options,
            parseOptions: compilation.SyntaxTrees[0].Options,
            metadataReferences: compilation.References));
        var document = workspace.AddDocument(project.Id, "Source0.cs", SourceText.From(source));
        var analyzed = await (await document.Project.GetCompilationAsync())!
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new GrantAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        var providers = typeof(GrantCodeFixProvider).Assembly.GetTypes()
            .Where(type => typeof(CodeFixProvider).IsAssignableFrom(type) && !type.IsAbstract)
            .Select(type => (CodeFixProvider)System.Activator.CreateInstance(type)!)
            .ToArray();
        var offered = new List<string>();
        foreach (var diagnostic in analyzed.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id))
        {
            var titles = new List<string>();
            foreach (var provider in providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var context = new CodeFixContext(document, diagnostic, (action, _) => titles.Add(action.Title), CancellationToken.None);
                await provider.RegisterCodeFixesAsync(context);
            }

            var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
            offered.Add($"{line} {diagnostic.Id}: {(titles.Count == 0 ? "no fix" : string.Join(" | ", titles))}");
        }

        return offered.ToArray();
    }
}
