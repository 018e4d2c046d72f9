using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.CodeFixes.Editing;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>LPA0201: adds <c>FunctionUrlAuthType = FunctionUrlAuthType.AWS_IAM</c> (not offered when the SDK lacks the member).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddAuthTypeCodeFix))]
[Shared]
public sealed class AddAuthTypeCodeFix : GrantCodeFixProvider
{
    public const string Key = "LPA0201.AddAwsIam";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.FunctionUrlGrantWithoutAuthType);

    protected override string EquivalenceKey => Key;

    protected override async Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => !diagnostic.Properties.ContainsKey(FunctionUrlAuthTypeRule.SdkTooOldProperty)
           && await MemberInsertion.CanAddAsync(document, node, new[] { GrantMembers.FunctionUrlAuthType }, cancellationToken).ConfigureAwait(false)
            ? "Add FunctionUrlAuthType = AWS_IAM"
            : null;

    protected override async Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var creation = GrantSyntax.FindCreation(node, semanticModel, cancellationToken);
        if (root is null || creation is null)
        {
            return document;
        }

        var value = ParseExpression("global::Amazon.Lambda.FunctionUrlAuthType.AWS_IAM").WithAdditionalAnnotations(Simplifier.Annotation);
        var changed = document.WithSyntaxRoot(GrantMemberEditor.Add(root, creation, new[] { (GrantMembers.FunctionUrlAuthType, value) }));
        return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
