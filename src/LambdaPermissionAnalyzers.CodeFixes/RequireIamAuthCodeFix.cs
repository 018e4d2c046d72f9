using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>LPA0200: replaces auth type NONE, in any spelling, with <c>FunctionUrlAuthType.AWS_IAM</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequireIamAuthCodeFix))]
[Shared]
public sealed class RequireIamAuthCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0200.AwsIam";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PublicFunctionUrl);

    protected override string EquivalenceKey => Key;

    protected override Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult<string?>(node is ExpressionSyntax ? "Require signed requests: use FunctionUrlAuthType.AWS_IAM" : null);

    protected override Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => ValueReplacement.ReplaceAsync(document, node, ParseExpression("global::Amazon.Lambda.FunctionUrlAuthType.AWS_IAM"), cancellationToken);
}
