using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using LambdaPermissionAnalyzers.Rules;

namespace LambdaPermissionAnalyzers.CodeFixes;

/// <summary>
/// Shared shape of the package's fixes: one code action per diagnostic, and a Fix All that applies the fixes
/// of a document one after the other (each sees the previous ones, so generated statement ids stay unique
/// and two fixes on one initializer do not collide).
/// </summary>
public abstract class GrantCodeFixProvider : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!AppliesTo(diagnostic))
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var title = await GetTitleAsync(context.Document, node, diagnostic, context.CancellationToken).ConfigureAwait(false);
            if (title is null)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => FixAsync(document, node, diagnostic, ct), EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>
    /// Whether the fix may edit the diagnostic's node: not when the finding lies in another method and is shown on a call
    /// or on an argument (a factory's or helper's grant, a grant sent by the callee), nor when it is reported on a factory call.
    /// </summary>
    protected virtual bool AppliesTo(Diagnostic diagnostic) => !diagnostic.Properties.ContainsKey(Relocated.RelocatedProperty);

    /// <summary>The key shared by every action of this fix, so Fix All applies them together.</summary>
    protected abstract string EquivalenceKey { get; }

    /// <summary>The action's title, or <see langword="null"/> when this diagnostic has no safe fix (or nothing left to fix) here.</summary>
    protected abstract Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken);

    /// <summary>
    /// Fixes one diagnostic. <paramref name="node"/> is the diagnostic's node in <paramref name="document"/>;
    /// during Fix All the diagnostic's location may be stale, so use only its properties.
    /// </summary>
    protected abstract Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken);

    private async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var targets = new List<(SyntaxAnnotation Annotation, Diagnostic Diagnostic)>();
        var nodes = new Dictionary<SyntaxNode, SyntaxAnnotation>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (!AppliesTo(diagnostic))
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (await GetTitleAsync(document, node, diagnostic, context.CancellationToken).ConfigureAwait(false) is null)
            {
                continue;
            }

            if (!nodes.TryGetValue(node, out var annotation))
            {
                annotation = new SyntaxAnnotation();
                nodes.Add(node, annotation);
            }

            targets.Add((annotation, diagnostic));
        }

        document = document.WithSyntaxRoot(root.ReplaceNodes(nodes.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(nodes[original])));
        foreach (var (annotation, diagnostic) in targets)
        {
            var current = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var node = current?.GetAnnotatedNodes(annotation).FirstOrDefault();
            if (node is not null && await GetTitleAsync(document, node, diagnostic, context.CancellationToken).ConfigureAwait(false) is not null)
            {
                document = await FixAsync(document, node, diagnostic, context.CancellationToken).ConfigureAwait(false);
            }
        }

        return document;
    }
}
