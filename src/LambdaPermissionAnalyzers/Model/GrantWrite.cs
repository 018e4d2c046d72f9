using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Model;

/// <summary>One assignment to a member of a grant: in an object initializer or a later property set.</summary>
internal sealed class GrantWrite
{
    public GrantWrite(string member, GrantValue value, IOperation valueOperation, IOperation assignment, CallOrigin? via = null, bool isArgument = false)
    {
        Member = member;
        Value = value;
        ValueOperation = valueOperation;
        Assignment = assignment;
        Via = via;
        IsArgument = isArgument;
    }

    /// <summary>
    /// The call through which this write reached the grant: a factory, a helper that finishes the grant, or a method
    /// that sends it. <see langword="null"/> for a write in the method being analyzed.
    /// </summary>
    public CallOrigin? Via { get; }

    /// <summary>The value is an argument of <see cref="Via"/>'s call, bound to the callee's parameter.</summary>
    public bool IsArgument { get; }

    /// <summary>
    /// The same write, reached through <paramref name="via"/>, a call in the caller. Its value stays in the callee, so it is
    /// not an argument of that call (even when it was an argument of a call the callee makes).
    /// </summary>
    public GrantWrite Through(CallOrigin via) => new(Member, Value, ValueOperation, Assignment, via, isArgument: false);

    /// <summary>The write with its value replaced by the call's argument for the callee's parameter.</summary>
    public GrantWrite BoundTo(GrantValue value, IOperation argument, CallOrigin via) => new(Member, value, argument, Assignment, via, isArgument: true);

    /// <summary>The member name (see <see cref="GrantMembers"/>).</summary>
    public string Member { get; }

    public GrantValue Value { get; }

    /// <summary>The written expression: diagnostics about the value are reported on its syntax.</summary>
    public IOperation ValueOperation { get; }

    /// <summary>The whole assignment (initializer entry or expression statement's assignment).</summary>
    public IOperation Assignment { get; }

    public Location ValueLocation => ValueOperation.Syntax.GetLocation();
}
