using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;

namespace LambdaPermissionAnalyzers.CodeFixes.Editing;

/// <summary>
/// The two places a member missing from a factory's grant can go: the <c>new</c> expression the factory returns, or a
/// statement after the call that stores the factory's result in a local.
/// </summary>
internal static class FactorySyntax
{
    /// <summary>The factory a call runs, when it is declared in <paramref name="tree"/>.</summary>
    public static IMethodSymbol? FindFactory(SemanticModel semanticModel, InvocationExpressionSyntax call, CancellationToken cancellationToken)
        => semanticModel.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol method ? method.OriginalDefinition : null;

    /// <summary>The <c>new</c> expression a factory returns (directly, or through the local it returns).</summary>
    public static BaseObjectCreationExpressionSyntax? FindReturnedCreation(IMethodSymbol factory, SyntaxTree tree, CancellationToken cancellationToken)
    {
        foreach (var reference in factory.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != tree)
            {
                continue;
            }

            var declaration = reference.GetSyntax(cancellationToken);
            var (expressionBody, body) = declaration switch
            {
                MethodDeclarationSyntax method => (method.ExpressionBody, (SyntaxNode?)method.Body),
                LocalFunctionStatementSyntax local => (local.ExpressionBody, local.Body),
                _ => (null, null),
            };

            var returned = expressionBody?.Expression ?? SingleReturn(body);
            return Resolve(returned, body);
        }

        return null;
    }

    /// <summary>
    /// Whether no call of the factory writes <paramref name="member"/> to the result afterwards: then the member belongs
    /// in the factory. A call whose result is not stored in a local cannot write it.
    /// </summary>
    public static async Task<bool> EveryCallSiteNeedsAsync(IMethodSymbol factory, Solution solution, string member, CancellationToken cancellationToken)
    {
        var references = await SymbolFinder.FindReferencesAsync(factory, solution, cancellationToken).ConfigureAwait(false);
        foreach (var location in references.SelectMany(static reference => reference.Locations))
        {
            var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root?.FindNode(location.Location.SourceSpan).FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } call
                && StoredIn(call) is { } local
                && WritesMember(local, member))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>var request = Factory(...);</c>: the local's declarator.</summary>
    public static VariableDeclaratorSyntax? StoredIn(InvocationExpressionSyntax call)
        => call.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax } } declarator }
            ? declarator
            : null;

    private static bool WritesMember(VariableDeclaratorSyntax local, string member)
    {
        var scope = local.FirstAncestorOrSelf<BlockSyntax>();
        if (scope is null)
        {
            return false;
        }

        foreach (var assignment in scope.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (assignment.Left is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver, Name.Identifier.ValueText: var name }
                && name == member
                && receiver.Identifier.ValueText == local.Identifier.ValueText)
            {
                return true;
            }
        }

        return false;
    }

    private static ExpressionSyntax? SingleReturn(SyntaxNode? body)
    {
        if (body is null)
        {
            return null;
        }

        var returns = body.DescendantNodes(static node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .OfType<ReturnStatementSyntax>()
            .ToList();
        return returns.Count == 1 ? returns[0].Expression : null;
    }

    private static BaseObjectCreationExpressionSyntax? Resolve(ExpressionSyntax? returned, SyntaxNode? body)
    {
        switch (returned.WithoutParentheses())
        {
            case BaseObjectCreationExpressionSyntax creation:
                return creation;
            case IdentifierNameSyntax name when body is not null:
                foreach (var declarator in body.DescendantNodes().OfType<VariableDeclaratorSyntax>())
                {
                    if (declarator.Identifier.ValueText == name.Identifier.ValueText && declarator.Initializer?.Value is BaseObjectCreationExpressionSyntax created)
                    {
                        return created;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
