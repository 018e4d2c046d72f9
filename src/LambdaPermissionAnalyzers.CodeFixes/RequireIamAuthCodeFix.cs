using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Readers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>
/// LPA0200: replaces auth type NONE, in any spelling, with <c>AWS_IAM</c> in the member's own type: the SDK's
/// <c>FunctionUrlAuthType.AWS_IAM</c>, CDK's enum member, or the string for CDK's L1 props.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequireIamAuthCodeFix))]
[Shared]
public sealed class RequireIamAuthCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0200.AwsIam";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PublicFunctionUrl);

    protected override string EquivalenceKey => Key;

    protected override async Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => node is ExpressionSyntax && await ReplacementAsync(document, node, cancellationToken).ConfigureAwait(false) is not null
            ? "Require signed requests: use FunctionUrlAuthType.AWS_IAM"
            : null;

    protected override async Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => await ReplacementAsync(document, node, cancellationToken).ConfigureAwait(false) is { } replacement
            ? await ValueReplacement.ReplaceAsync(document, node, replacement, cancellationToken).ConfigureAwait(false)
            : document;

    /// <summary>AWS_IAM in the member's own type: a string (CfnPermissionProps, CfnUrl), the member of the value's type (the SDK's ConstantClass, CDK's enum), else the SDK's constant.</summary>
    private static async Task<ExpressionSyntax?> ReplacementAsync(Document document, SyntaxNode node, CancellationToken cancellationToken)
    {
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (semanticModel is null)
        {
            return null;
        }

        var type = semanticModel.GetTypeInfo(node, cancellationToken).ConvertedType;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        var generator = SyntaxGenerator.GetGenerator(document);
        if (type is { SpecialType: SpecialType.System_String })
        {
            return (ExpressionSyntax)generator.LiteralExpression(FunctionUrlAuthTypes.AwsIam);
        }

        var owner = type is INamedTypeSymbol named && !named.GetMembers(FunctionUrlAuthTypes.AwsIam).IsEmpty
            ? named
            : LambdaSymbols.GetLambdaType(semanticModel.Compilation, "Amazon.Lambda.FunctionUrlAuthType");
        return owner is null ? null : (ExpressionSyntax)generator.MemberAccessExpression(generator.TypeExpression(owner), FunctionUrlAuthTypes.AwsIam);
    }
}
