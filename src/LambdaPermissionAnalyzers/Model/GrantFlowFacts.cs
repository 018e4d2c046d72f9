using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Model;

/// <summary>
/// What following a grant through its method (and the methods it passes through) found beyond its writes: where it
/// came from, the writes that come too late for its send, and whether the send repeats in a loop.
/// </summary>
internal sealed class GrantFlowFacts
{
    public GrantFlowFacts(CallOrigin? origin, ImmutableArray<GrantWrite> lateWrites, RepeatedSend? repetition, bool returned = false)
    {
        IsReturned = returned;
        Origin = origin;
        LateWrites = lateWrites.IsDefault ? ImmutableArray<GrantWrite>.Empty : lateWrites;
        Repetition = repetition;
    }

    public static GrantFlowFacts None { get; } = new(null, ImmutableArray<GrantWrite>.Empty, null);

    /// <summary>
    /// The call the whole grant comes from: a factory whose result the method sends, or a method that creates and
    /// sends it with this call's arguments. <see langword="null"/> for a grant created in the method itself.
    /// </summary>
    public CallOrigin? Origin { get; }

    /// <summary>Writes after the grant's last send (and outside any loop around it): the sent grant does not have them.</summary>
    public ImmutableArray<GrantWrite> LateWrites { get; }

    /// <summary>The send runs once per iteration of a loop, when it does.</summary>
    public RepeatedSend? Repetition { get; }

    /// <summary>
    /// Returned to the caller (a factory's grant) with every write up to the return visible: the caller's writes and
    /// send complete it.
    /// </summary>
    public bool IsReturned { get; }
}

/// <summary>
/// A send inside a loop that may run more than once, and which members are the same on every iteration (a known
/// value, or a symbol the loop does not write and that does not derive from the iteration variable).
/// </summary>
internal sealed class RepeatedSend
{
    public RepeatedSend(string loopDescription, ImmutableHashSet<string> sameEveryIteration, string? iterationVariable, IOperation loop)
    {
        Loop = loop;
        LoopDescription = loopDescription;
        SameEveryIteration = sameEveryIteration;
        IterationVariable = iterationVariable;
    }

    /// <summary>The loop (or the call that runs a lambda per item): sends in the same loop repeat together.</summary>
    public IOperation Loop { get; }

    /// <summary>For messages: <c>foreach</c>, <c>for</c>, <c>while</c>, <c>do</c>, or the method that runs the lambda.</summary>
    public string LoopDescription { get; }

    /// <summary>The members whose written value is the same on every iteration.</summary>
    public ImmutableHashSet<string> SameEveryIteration { get; }

    /// <summary>The loop's integral iteration variable (a <c>for</c> counter), when it has one a fix can append to the id.</summary>
    public string? IterationVariable { get; }
}
