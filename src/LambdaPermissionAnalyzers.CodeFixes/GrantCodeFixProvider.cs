using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

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

            var target = new FixTarget(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), FindAdditionalNodes(root, diagnostic), diagnostic);
            var title = await GetTitleAsync(context.Document, target, context.CancellationToken).ConfigureAwait(false);
            if (title is null)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => FixAsync(document, target, ct), EquivalenceKey),
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
    protected virtual Task<string?> GetTitleAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult<string?>(null);

    /// <summary>As <see cref="GetTitleAsync(Document, SyntaxNode, Diagnostic, CancellationToken)"/>, for fixes that need the nodes of the diagnostic's additional locations.</summary>
    protected virtual Task<string?> GetTitleAsync(Document document, FixTarget target, CancellationToken cancellationToken)
        => GetTitleAsync(document, target.Node, target.Diagnostic, cancellationToken);

    /// <summary>
    /// Fixes one diagnostic. <paramref name="node"/> is the diagnostic's node in <paramref name="document"/>;
    /// during Fix All the diagnostic's location may be stale, so use only its properties.
    /// </summary>
    protected virtual Task<Document> FixAsync(Document document, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Task.FromResult(document);

    /// <summary>As <see cref="FixAsync(Document, SyntaxNode, Diagnostic, CancellationToken)"/>, for fixes that need the nodes of the diagnostic's additional locations.</summary>
    protected virtual Task<Document> FixAsync(Document document, FixTarget target, CancellationToken cancellationToken)
        => FixAsync(document, target.Node, target.Diagnostic, cancellationToken);

    private static ImmutableArray<SyntaxNode?> FindAdditionalNodes(SyntaxNode root, Diagnostic diagnostic)
    {
        var nodes = ImmutableArray.CreateBuilder<SyntaxNode?>(diagnostic.AdditionalLocations.Count);
        foreach (var location in diagnostic.AdditionalLocations)
        {
            nodes.Add(location.IsInSource && location.SourceTree == root.SyntaxTree && root.FullSpan.Contains(location.SourceSpan)
                ? root.FindNode(location.SourceSpan, getInnermostNodeForTie: true)
                : null);
        }

        return nodes.MoveToImmutable();
    }

    private async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // Each fix sees the document the previous ones left: the diagnostic's node and its additional nodes are
        // found again through annotations, since the diagnostics' locations go stale.
        var targets = new List<(SyntaxAnnotation Node, ImmutableArray<SyntaxAnnotation?> Additional, Diagnostic Diagnostic)>();
        var nodes = new Dictionary<SyntaxNode, SyntaxAnnotation>();
        SyntaxAnnotation Annotate(SyntaxNode node)
        {
            if (!nodes.TryGetValue(node, out var annotation))
            {
                annotation = new SyntaxAnnotation();
                nodes.Add(node, annotation);
            }

            return annotation;
        }

        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (!AppliesTo(diagnostic))
            {
                continue;
            }

            var target = new FixTarget(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), FindAdditionalNodes(root, diagnostic), diagnostic);
            if (await GetTitleAsync(document, target, context.CancellationToken).ConfigureAwait(false) is null)
            {
                continue;
            }

            targets.Add((Annotate(target.Node), target.AdditionalNodes.Select(n => n is null ? null : Annotate(n)).ToImmutableArray(), diagnostic));
        }

        document = document.WithSyntaxRoot(root.ReplaceNodes(nodes.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(nodes[original])));
        foreach (var (nodeAnnotation, additionalAnnotations, diagnostic) in targets)
        {
            var current = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var node = current?.GetAnnotatedNodes(nodeAnnotation).FirstOrDefault();
            if (current is null || node is null)
            {
                continue;
            }

            var additional = additionalAnnotations.Select(a => a is null ? null : current.GetAnnotatedNodes(a).FirstOrDefault()).ToImmutableArray();
            var target = new FixTarget(node, additional, diagnostic);
            if (await GetTitleAsync(document, target, context.CancellationToken).ConfigureAwait(false) is not null)
            {
                document = await FixAsync(document, target, context.CancellationToken).ConfigureAwait(false);
            }
        }

        return document;
    }
}

/// <summary>What a fix works on: the diagnostic's node and the nodes of its additional locations, found in the current document.</summary>
public readonly struct FixTarget
{
    internal FixTarget(SyntaxNode node, ImmutableArray<SyntaxNode?> additionalNodes, Diagnostic diagnostic)
    {
        Node = node;
        AdditionalNodes = additionalNodes;
        Diagnostic = diagnostic;
    }

    /// <summary>The node at the diagnostic's location.</summary>
    public SyntaxNode Node { get; }

    /// <summary>The nodes at the diagnostic's additional locations, in order (null for one outside the document).</summary>
    public ImmutableArray<SyntaxNode?> AdditionalNodes { get; }

    /// <summary>The diagnostic; during Fix All its locations may be stale, so use only its properties.</summary>
    public Diagnostic Diagnostic { get; }
}
