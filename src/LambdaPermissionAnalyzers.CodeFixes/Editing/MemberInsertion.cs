using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Readers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LambdaPermissionAnalyzers.CodeFixes.Editing;

/// <summary>
/// A member a fix adds: in CDK code a CDK expression when there is one (<c>bucket.BucketArn</c>), else the in-scope
/// variable whose name fits, else a placeholder that stays reported.
/// </summary>
internal readonly struct MemberToAdd
{
    public MemberToAdd(string member, Func<string, bool> fits, string placeholder, Func<SemanticModel, SyntaxNode, CancellationToken, ExpressionSyntax?>? cdkValue = null)
    {
        Member = member;
        Fits = fits;
        Placeholder = placeholder;
        CdkValue = cdkValue;
    }

    /// <summary>The value to write in CDK code, when the scope offers one (the creation is passed as location).</summary>
    public Func<SemanticModel, SyntaxNode, CancellationToken, ExpressionSyntax?>? CdkValue { get; }

    public string Member { get; }

    public Func<string, bool> Fits { get; }

    public string Placeholder { get; }
}

/// <summary>
/// Adds members to the grant a diagnostic is about, in its style: to its initializer, or as <c>request.Member = value;</c>
/// statements when its local is built statement by statement (<see cref="GrantMemberEditor"/>).
/// </summary>
internal static class MemberInsertion
{
    /// <summary>Whether the grant around <paramref name="node"/> can be found and lacks at least one of <paramref name="members"/> (in its initializer and the statements that write its local).</summary>
    public static async Task<bool> CanAddAsync(Document document, SyntaxNode node, IEnumerable<string> members, CancellationToken cancellationToken)
    {
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var creation = GrantSyntax.FindCreation(node, semanticModel, cancellationToken);
        if (creation is null)
        {
            return false;
        }

        var type = semanticModel?.GetTypeInfo(creation, cancellationToken).Type;
        foreach (var member in members)
        {
            var name = type is null ? null : GrantTypes.PropertyFor(type, semanticModel!.Compilation, member);
            if (name is not null && !GrantMemberEditor.Assigns(creation, name))
            {
                return true;
            }
        }

        return false;
    }

    public static async Task<Document> AddAsync(Document document, SyntaxNode node, IReadOnlyList<MemberToAdd> members, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var creation = semanticModel is null ? null : GrantSyntax.FindCreation(node, semanticModel, cancellationToken);
        if (root is null || semanticModel is null || creation is null)
        {
            return document;
        }

        var type = semanticModel.GetTypeInfo(creation, cancellationToken).Type;
        var cdk = GrantTypes.KindOf(type, semanticModel.Compilation)?.Library == GrantKind.CdkLibrary;
        var position = GrantMemberEditor.ValuePosition(creation);
        var assignments = new List<(string Member, ExpressionSyntax Value)>();
        foreach (var member in members)
        {
            var name = type is null ? null : GrantTypes.PropertyFor(type, semanticModel.Compilation, member.Member);
            if (name is null || GrantMemberEditor.Assigns(creation, name))
            {
                continue;
            }

            var value = (cdk ? member.CdkValue?.Invoke(semanticModel, creation, cancellationToken) : null)
                ?? (ScopeVariables.FindSingle(semanticModel, position, member.Fits) is { } variable
                    ? IdentifierName(variable)
                    : LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(member.Placeholder)));
            assignments.Add((name, value));
        }

        return assignments.Count == 0
            ? document
            : document.WithSyntaxRoot(GrantMemberEditor.Add(root, creation, assignments));
    }
}
