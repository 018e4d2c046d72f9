using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>Builds <see cref="Grant"/>s from one API's objects (the SDK's requests, the CDK's constructs).</summary>
internal interface IGrantReader
{
    /// <summary>The library whose grants this reader reads.</summary>
    GrantLibrary Library { get; }

    /// <summary>
    /// Words that the name of every grant type and send method of this reader contains (<c>Permission</c>): a file
    /// without any of them neither makes nor sends such a grant (see <see cref="GrantFiles"/>).
    /// </summary>
    ImmutableArray<string> NameWords { get; }

    /// <summary>The kind of grant whose objects have <paramref name="type"/>, or <see langword="null"/>.</summary>
    GrantKind? KindOf(ITypeSymbol? type);

    /// <summary>Whether creating an object of <paramref name="type"/> may start a grant this reader reads.</summary>
    bool IsGrantType(ITypeSymbol? type);

    /// <summary>Whether <paramref name="creation"/>, of a grant type, starts a grant (a cheap check, before <see cref="TryRead"/>).</summary>
    bool StartsGrant(IObjectCreationOperation creation);

    /// <summary>
    /// Whether <paramref name="call"/> sends a grant whose members are written in its arguments, outside the creation that
    /// starts the grant (the CDK's <c>fn.GrantInvoke(new ServicePrincipal(…).WithConditions(…))</c>): findings on those
    /// members are reported by the call.
    /// </summary>
    bool SendsGrantWrittenInArguments(IInvocationOperation call);

    /// <summary>Whether setting a property of <paramref name="type"/> may write a grant's member (grant types and the objects they become).</summary>
    bool IsWrittenType(ITypeSymbol? type);

    /// <summary>The grant <paramref name="creation"/> starts, or <see langword="null"/> when it creates something else.</summary>
    Grant? TryRead(IObjectCreationOperation creation, in ReadContext context);

    /// <summary>
    /// The grant a factory call returns: <paramref name="writes"/> (the factory's, bound to the call's arguments;
    /// <paramref name="visible"/> when the factory hides none) followed by the caller's own writes.
    /// <see langword="null"/> when the result is of no type this reader reads.
    /// </summary>
    Grant? TryReadFactoryCall(IInvocationOperation call, ImmutableArray<GrantWrite> writes, bool visible, CallOrigin origin, in ReadContext context);

    /// <summary>The grant a method receives as <paramref name="parameter"/>, as that method writes (and maybe sends) it.</summary>
    Grant? TryReadParameter(IParameterSymbol parameter, IOperation body, in ReadContext context);

    /// <summary>
    /// Writes to a grant object the method did not create or receive in a way the readers follow (a parameter, a
    /// field, a collection element), grouped by receiver: the value rules still apply to them.
    /// </summary>
    Grant? ReadDetached(ITypeSymbol receiverType, IReadOnlyList<IOperation> assignments);

    /// <summary>The value of an expression, as this reader's API spells values.</summary>
    GrantValue ReadValue(IOperation value);
}

/// <summary>What a reader may follow while it reads one grant.</summary>
internal readonly struct ReadContext
{
    public ReadContext(ObjectFlow.HelperResolver? resolveHelper, CancellationToken cancellationToken)
    {
        ResolveHelper = resolveHelper;
        CancellationToken = cancellationToken;
    }

    /// <summary>Resolves calls to methods of the compilation that receive the grant; <see langword="null"/>: every such call is an escape.</summary>
    public ObjectFlow.HelperResolver? ResolveHelper { get; }

    public CancellationToken CancellationToken { get; }
}
