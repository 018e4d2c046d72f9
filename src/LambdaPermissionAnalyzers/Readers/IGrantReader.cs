using System.Threading;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>Builds <see cref="Grant"/>s from one API's objects (the SDK's requests, the CDK's constructs).</summary>
internal interface IGrantReader
{
    /// <summary>Whether creating an object of <paramref name="type"/> may start a grant this reader reads.</summary>
    bool IsGrantType(ITypeSymbol? type);

    /// <summary>Whether <paramref name="creation"/>, of a grant type, starts a grant (a cheap check, before <see cref="TryRead"/>).</summary>
    bool StartsGrant(IObjectCreationOperation creation);

    /// <summary>Whether setting a property of <paramref name="type"/> may write a grant's member (grant types and the objects they become).</summary>
    bool IsWrittenType(ITypeSymbol? type);

    /// <summary>The grant <paramref name="creation"/> starts, or <see langword="null"/> when it creates something else.</summary>
    Grant? TryRead(IObjectCreationOperation creation, CancellationToken cancellationToken);
}
