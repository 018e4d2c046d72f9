using LambdaPermissionAnalyzers.CodeFixes;

namespace LambdaPermissionAnalyzers.Tests.CodeFixes;

/// <summary>RemoveConflictingQualifierCodeFix, the fix of LPA0005, checked at the latest C# and, when the source compiles there, at C# 7.3 (the default of .NET Framework 4.x projects).</summary>
public class RemoveConflictingQualifierCodeFixTests
{
    [Fact]
    public Task Fix_removes_the_qualifier() => VerifyFixAllAsync<RemoveConflictingQualifierCodeFix>("""
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Initializer() => new() { FunctionName = "orders:live", Qualifier = {|LPA0005:"beta"|} };

            static AddPermissionRequest Statement()
            {
                var request = new AddPermissionRequest { FunctionName = "orders:7" };
                request.Qualifier = {|LPA0005:"live"|};
                return request;
            }
        }
        """, """
        using Amazon.Lambda.Model;

        class Requests
        {
            static AddPermissionRequest Initializer() => new() { FunctionName = "orders:live" };

            static AddPermissionRequest Statement()
            {
                var request = new AddPermissionRequest { FunctionName = "orders:7" };
                return request;
            }
        }
        """);
}
