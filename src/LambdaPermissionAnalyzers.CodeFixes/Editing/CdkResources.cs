using System.Threading;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Readers;
using LambdaPermissionAnalyzers.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LambdaPermissionAnalyzers.CodeFixes.Editing;

/// <summary>
/// What a CDK fix can write instead of a placeholder: the ARN of an in-scope construct of the principal's service
/// (<c>bucket.BucketArn</c>), and the stack's account (<c>Stack.Of(this).Account</c>), as CDK's own integrations do.
/// </summary>
internal static class CdkResources
{
    /// <summary><c>resource.BucketArn</c> for the one in-scope construct of the service's type, when exactly one is in scope.</summary>
    public static ExpressionSyntax? FindSourceArn(SemanticModel semanticModel, int position, string? service)
    {
        var source = AwsServices.Find(service)?.CdkArnSource;
        var resourceType = source is null ? null : semanticModel.Compilation.GetTypeFromAssembly(source.InterfaceName, CdkSymbols.AssemblyName);
        if (source is null || resourceType is null)
        {
            return null;
        }

        var property = source.Property;
        string? found = null;
        foreach (var symbol in semanticModel.LookupSymbols(position))
        {
            var type = symbol switch
            {
                ILocalSymbol local => local.Type,
                IParameterSymbol parameter => parameter.Type,
                IFieldSymbol { IsImplicitlyDeclared: false } field => field.Type,
                IPropertySymbol { IsIndexer: false } other when other.Name != property => other.Type,
                _ => null,
            };

            if (type is null || !type.IsOrImplements(resourceType))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = symbol.Name;
        }

        return found is null ? null : MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(found), IdentifierName(property));
    }

    /// <summary><c>this.Account</c> in a stack, <c>Stack.Of(this).Account</c> in another construct (simplified to the file's usings).</summary>
    public static ExpressionSyntax? StackAccount(SemanticModel semanticModel, SyntaxNode location, CancellationToken cancellationToken)
    {
        var construct = semanticModel.Compilation.GetTypeFromAssembly("Constructs.Construct", "Constructs");
        var enclosing = construct is null ? null : semanticModel.GetEnclosingSymbol(location.SpanStart, cancellationToken);
        var type = enclosing is { IsStatic: false } ? enclosing.ContainingType : null;
        if (construct is null || type is null || !type.IsOrDerivesFrom(construct))
        {
            return null;
        }

        // In a stack, its own account; in any other construct, the account of the stack that holds it.
        var stack = semanticModel.Compilation.GetTypeFromAssembly("Amazon.CDK.Stack", CdkSymbols.AssemblyName);
        if (stack is null)
        {
            return null;
        }

        if (type.IsOrDerivesFrom(stack))
        {
            return Account(ThisExpression());
        }

        var stackOf = InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, QualifiedTypeName(stack), IdentifierName("Of")),
            ArgumentList(SingletonSeparatedList(Argument(ThisExpression()))));
        return Account(stackOf).WithAdditionalAnnotations(Simplifier.Annotation);

        static ExpressionSyntax Account(ExpressionSyntax owner) => MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, owner, IdentifierName("Account"));
    }

    /// <summary><c>global::Namespace.Type</c> for a top-level type, for the simplifier to shorten to the file's usings.</summary>
    private static ExpressionSyntax QualifiedTypeName(INamedTypeSymbol type)
    {
        var namespaces = new System.Collections.Generic.Stack<string>();
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            namespaces.Push(ns.Name);
        }

        ExpressionSyntax name = AliasQualifiedName(IdentifierName(Token(SyntaxKind.GlobalKeyword)), IdentifierName(namespaces.Pop()));
        while (namespaces.Count > 0)
        {
            name = MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, name, IdentifierName(namespaces.Pop()));
        }

        return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, name, IdentifierName(type.Name));
    }
}
