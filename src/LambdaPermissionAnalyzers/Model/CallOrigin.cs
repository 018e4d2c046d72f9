using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Model;

/// <summary>What the called method does with the grant that reaches the caller through it.</summary>
internal enum CallRole
{
    /// <summary>The method creates (or receives) the grant and sends it: <c>WireAsync("s3.amazonaws.com")</c>.</summary>
    Sends,

    /// <summary>The method builds the grant and returns it to the caller: a factory.</summary>
    Returns,

    /// <summary>The method receives the caller's grant and writes its members: a helper that finishes it.</summary>
    Finishes,
}

/// <summary>
/// A call in the method being analyzed through which a grant, or some of its writes, comes from another method
/// of the compilation. Findings that lie in the other method are reported on this call; findings on an argument
/// name the method.
/// </summary>
internal sealed class CallOrigin
{
    public CallOrigin(IOperation call, IMethodSymbol callee, CallRole role)
    {
        Call = call;
        Callee = callee;
        Role = role;
    }

    /// <summary>The invocation in the method being analyzed.</summary>
    public IOperation Call { get; }

    /// <summary>The method of the compilation that is called.</summary>
    public IMethodSymbol Callee { get; }

    public CallRole Role { get; }

    /// <summary>For messages: what the callee does with a value passed to it.</summary>
    public string Describe() => Role switch
    {
        CallRole.Sends => Callee.Name + ", which sends it in a grant",
        CallRole.Returns => Callee.Name + ", which writes it to the grant it returns",
        _ => Callee.Name + ", which writes it to the grant passed to it",
    };
}
