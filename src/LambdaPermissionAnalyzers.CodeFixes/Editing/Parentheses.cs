using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaPermissionAnalyzers.CodeFixes.Editing;

/// <summary>Looks through the parentheses around an expression, in either direction.</summary>
internal static class Parentheses
{
    /// <summary>The expression inside any parentheses: <c>x</c> for <c>((x))</c>.</summary>
    public static ExpressionSyntax? WithoutParentheses(this ExpressionSyntax? expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    /// <summary>The outermost parentheses around <paramref name="expression"/> (itself when there are none).</summary>
    public static SyntaxNode WithEnclosingParentheses(this SyntaxNode expression)
    {
        while (expression.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized;
        }

        return expression;
    }
}
