using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace LambdaPermissionAnalyzers.CodeFixes.Editing;

/// <summary>Replaces a written value with another expression, simplified (<c>global::Amazon.Lambda.X</c> becomes <c>X</c> where a using allows).</summary>
internal static class ValueReplacement
{
    public static async Task<Document> ReplaceAsync(Document document, SyntaxNode value, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replaced = document.WithSyntaxRoot(root.ReplaceNode(value, replacement.WithTriviaFrom(value).WithAdditionalAnnotations(Simplifier.Annotation)));
        return await Simplifier.ReduceAsync(replaced, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
