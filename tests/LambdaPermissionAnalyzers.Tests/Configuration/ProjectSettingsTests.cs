using System.Collections.Immutable;
using System.IO;
using LambdaPermissionAnalyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaPermissionAnalyzers.Tests.Configuration;

/// <summary>A project is a test project when it references the assembly of a unit test framework, by its exact name.</summary>
public class ProjectSettingsTests
{
    [Theory]
    [InlineData("xunit.core", true)]
    [InlineData("xunit.v3.core", true)]
    [InlineData("nunit.framework", true)]
    [InlineData("Microsoft.VisualStudio.TestPlatform.TestFramework", true)]
    [InlineData("MSTest.TestFramework", true)]
    [InlineData("xunit.abstractions", false)]
    [InlineData("NUnit.Framework.Extensions", false)]
    [InlineData("Orders.Tests", false)]
    public void A_reference_to_a_test_framework_makes_a_test_project(string assemblyName, bool isTestProject)
    {
        var compilation = CSharpCompilation.Create("Project", references: [Reference("Other"), Reference(assemblyName)]);

        var settings = ProjectSettings.Create(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));

        Assert.Equal(isTestProject, settings.IsTestProject);
    }

    private static MetadataReference Reference(string assemblyName)
    {
        using var image = new MemoryStream();
        var emitted = CSharpCompilation.Create(assemblyName, options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).Emit(image);
        Assert.True(emitted.Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
