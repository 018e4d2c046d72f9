using System;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Tests.Verifiers;

/// <summary>
/// The real AWS CDK for .NET assemblies (Amazon.CDK.Lib 2.160.0 with Constructs and Amazon.JSII.Runtime, copied next
/// to the tests by the project file), referenced as metadata as a CDK app's project would. Loaded once: the CDK
/// assembly is 53 MB.
/// </summary>
internal static class AwsCdk
{
    public static ImmutableArray<MetadataReference> References { get; } = ImmutableArray.Create<MetadataReference>(
        Load("Amazon.CDK.Lib.dll"),
        Load("Constructs.dll"),
        Load("Amazon.JSII.Runtime.dll"));

    private static MetadataReference Load(string fileName)
        => MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "refs", "cdk", fileName));
}
