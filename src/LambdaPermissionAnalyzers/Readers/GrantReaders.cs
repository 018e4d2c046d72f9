using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>The readers of a compilation: one per library it references. A new reader is created here and nowhere else.</summary>
internal static class GrantReaders
{
    /// <summary>The readers whose library the compilation references; empty when it references none (nothing is registered then).</summary>
    public static ImmutableArray<IGrantReader> Create(Compilation compilation)
    {
        var readers = ImmutableArray.CreateBuilder<IGrantReader>(2);
        if (LambdaSymbols.TryCreate(compilation) is { } sdk)
        {
            readers.Add(new SdkRequestReader(sdk));
        }

        if (CdkSymbols.TryCreate(compilation) is { } cdk)
        {
            readers.Add(new CdkReader(cdk));
        }

        return readers.ToImmutable();
    }
}
