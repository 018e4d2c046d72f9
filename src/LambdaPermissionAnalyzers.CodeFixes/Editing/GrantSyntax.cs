using System.Threading;
using LambdaPermissionAnalyzers.Readers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaPermissionAnalyzers.CodeFixes.Editing;

/// <summary>Finds the <c>new</c> expression that created the grant a diagnostic is about.</summary>
internal static class GrantSyntax
{
    /// <summary>
    /// The creation around <paramref name="node"/> (the node is in its initializer or is its type name), or, for
    /// <c>request.Member = value;</c>, the creation that initialized the local <c>request</c>.
    /// </summary>
    public static BaseObjectCreationExpressionSyntax? FindCreation(SyntaxNode node, SemanticModel? semanticModel, CancellationToken cancellationToken)
    {
        // The value may itself sit in a creation (CDK: Principal = new ServicePrincipal("s3.amazonaws.com")): skip to the grant's.
        for (var current = node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>(); current is not null; current = current.Parent?.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>())
        {
            if (semanticModel is null || GrantTypes.KindOf(semanticModel.GetTypeInfo(current, cancellationToken).Type, semanticModel.Compilation) is not null)
            {
                return current;
            }
        }

        var receiver = (node.FirstAncestorOrSelf<AssignmentExpressionSyntax>()?.Left as MemberAccessExpressionSyntax)?.Expression as IdentifierNameSyntax;
        var local = receiver is null ? null : semanticModel?.GetSymbolInfo(receiver, cancellationToken).Symbol as ILocalSymbol;
        if (local is null)
        {
            return null;
        }

        foreach (var reference in local.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: var value })
            {
                return value.WithoutParentheses() as BaseObjectCreationExpressionSyntax;
            }
        }

        return null;
    }
}
