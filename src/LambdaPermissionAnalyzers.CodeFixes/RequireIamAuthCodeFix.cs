using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

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

    protected override Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult<string?>(node is ExpressionSyntax ? "Require signed requests: use FunctionUrlAuthType.AWS_IAM" : null);

    protected override async Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var type = semanticModel?.GetTypeInfo(node, cancellationToken).ConvertedType;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        // The member's own type: the SDK's ConstantClass, CDK's enum, or a string (CfnPermissionProps, CfnUrl).
        ExpressionSyntax replacement = type switch
        {
            { SpecialType: SpecialType.System_String } => ParseExpression("\"AWS_IAM\""),
            INamedTypeSymbol named when !named.GetMembers(FunctionUrlAuthTypes.AwsIam).IsEmpty
                => ParseExpression(named.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ".AWS_IAM"),
            _ => ParseExpression("global::Amazon.Lambda.FunctionUrlAuthType.AWS_IAM"),
        };

        return await ValueReplacement.ReplaceAsync(document, node, replacement, cancellationToken).ConfigureAwait(false);
    }
}
