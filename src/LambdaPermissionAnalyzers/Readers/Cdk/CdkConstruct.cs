using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// One CDK type whose objects are grants, as the template in <see cref="CdkReader"/> reads it: its kind (and so its
/// member spelling), the call or construct that sends it, and what CDK adds on its own.
/// </summary>
internal sealed class CdkConstruct
{
    public CdkConstruct(
        GrantKind kind,
        ImmutableArray<INamedTypeSymbol> types,
        ImmutableHashSet<string> members,
        ObjectFlow.SendPredicate isSend,
        string? defaultAction = null,
        bool principalIsObject = false,
        INamedTypeSymbol? sentTo = null)
    {
        Kind = kind;
        Types = types;
        Members = members;
        IsSend = isSend;
        DefaultAction = defaultAction;
        PrincipalIsObject = principalIsObject;
        SentTo = sentTo;
    }

    public GrantKind Kind { get; }

    /// <summary>The types whose objects are this grant (<c>FunctionUrlOptions</c> and <c>FunctionUrlProps</c> are one).</summary>
    public ImmutableArray<INamedTypeSymbol> Types { get; }

    /// <summary>The statement members the referenced CDK version lets the user write, in the API's spelling.</summary>
    public ImmutableHashSet<string> Members { get; }

    /// <summary>Whether passing the object as this argument of this call or creation sends it.</summary>
    public ObjectFlow.SendPredicate IsSend { get; }

    /// <summary>The action CDK writes when the grant names none (every write being visible).</summary>
    public string? DefaultAction { get; }

    /// <summary>The Principal property holds a principal object (<see cref="CdkPrincipals"/> decodes it), not a string.</summary>
    public bool PrincipalIsObject { get; }

    /// <summary>The construct the object is passed to whose own properties are the grant's too (<c>CfnPermission</c>).</summary>
    public INamedTypeSymbol? SentTo { get; }

    /// <summary>Whether <paramref name="type"/> is one of <see cref="Types"/> (or <see cref="SentTo"/>, when <paramref name="orSentTo"/>).</summary>
    public bool Is(ITypeSymbol? type, bool orSentTo = false)
    {
        foreach (var candidate in Types)
        {
            if (SymbolEqualityComparer.Default.Equals(type, candidate))
            {
                return true;
            }
        }

        return orSentTo && SentTo is not null && SymbolEqualityComparer.Default.Equals(type, SentTo);
    }
}
