using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>
/// LPA0104: replaces the wildcard action with <c>"lambda:InvokeFunction"</c>, or <c>"lambda:InvokeFunctionUrl"</c> on a
/// grant that names a function URL auth type.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NarrowActionCodeFix))]
[Shared]
public sealed class NarrowActionCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0104.InvokeFunction";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.WildcardAction);

    protected override string EquivalenceKey => Key;

    protected override Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult<string?>(node is ExpressionSyntax ? "Grant only " + Replacement(diagnostic) : null);

    protected override Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => ValueReplacement.ReplaceAsync(document, node, LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(Replacement(diagnostic))), cancellationToken);

    private static string Replacement(Diagnostic diagnostic)
        => diagnostic.Properties.GetValueOrDefault(WildcardActionRule.ReplacementProperty) ?? LambdaActions.InvokeFunction;
}
