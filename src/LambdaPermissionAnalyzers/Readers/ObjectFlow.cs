using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// Where a grant object goes within its method: straight into the call (or construct) that consumes it, back to
/// the caller (a factory's <c>return</c>), or into a local (or parameter) whose property sets are further writes.
/// A helper of the compilation that only finishes the object is followed (its writes count at the call); anything
/// else the readers cannot follow (another call, a store, a capture, a <c>ref</c>, a reassignment) is an escape.
/// Writes after the last send, outside any loop around that send, do not count for it (they are late).
/// </summary>
internal readonly struct ObjectFlow
{
    /// <summary>Whether <paramref name="call"/> (an invocation or an object creation) consumes the object passed as <paramref name="argument"/>.</summary>
    public delegate bool SendPredicate(IOperation call, IArgumentOperation argument);

    /// <summary>Receives a property write: the property's name, the value (<see langword="null"/> for compound writes) and the write.</summary>
    public delegate void WriteHandler(string property, IOperation? value, IOperation assignment);

    /// <summary>What a method of the compilation does with the object passed to it, or <see langword="null"/> when it may do anything.</summary>
    public delegate HelperCall? HelperResolver(IInvocationOperation call, IArgumentOperation argument);

    private ObjectFlow(IOperation? send, IOperation? returned, bool escapesBeforeSend, bool isUnused, bool escapes)
    {
        Send = send;
        Return = returned;
        EscapesBeforeSend = escapesBeforeSend;
        IsUnused = isUnused;
        Escapes = escapes || escapesBeforeSend;
    }

    private static ObjectFlow Escaped => new(null, null, escapesBeforeSend: false, isUnused: false, escapes: true);

    private static ObjectFlow Unused => new(null, null, escapesBeforeSend: false, isUnused: true, escapes: false);

    /// <summary>Neither sent nor returned, and handed nowhere the readers cannot follow (a helper that only finishes it, a discarded factory result).</summary>
    private static ObjectFlow Kept => new(null, null, escapesBeforeSend: false, isUnused: false, escapes: false);

    private static ObjectFlow SentBy(IOperation call) => new(call, null, escapesBeforeSend: false, isUnused: false, escapes: false);

    /// <summary>The (last) call or creation that consumes the object, when there is one.</summary>
    public IOperation? Send { get; }

    /// <summary>The <c>return</c> that hands the object to the caller (a factory), when nothing escapes before it.</summary>
    public IOperation? Return { get; }

    /// <summary>Something could have written the object before it was sent (or returned).</summary>
    public bool EscapesBeforeSend { get; }

    /// <summary>Handed somewhere the readers cannot follow, before or after a send.</summary>
    public bool Escapes { get; }

    /// <summary>Never sent and never handed anywhere: discarded, or a local that is only written.</summary>
    public bool IsUnused { get; }

    /// <summary>Follows the object <paramref name="origin"/> creates (an object creation, or a factory call).</summary>
    public static ObjectFlow Trace(IOperation origin, in FlowHooks hooks, CancellationToken cancellationToken)
    {
        var current = origin;
        while (current.Parent is IConversionOperation conversion)
        {
            current = conversion;
        }

        switch (current.Parent)
        {
            case IArgumentOperation { Parent: { } call } argument when call is IInvocationOperation or IObjectCreationOperation:
                if (hooks.IsSend(call, argument))
                {
                    return SentBy(call);
                }

                if (call is IInvocationOperation invocation && hooks.ResolveHelper?.Invoke(invocation, argument) is { } helper)
                {
                    hooks.Inherit(helper.Writes);
                    return helper.Sends ? SentBy(call) : Kept;
                }

                return Escaped;

            case IReturnOperation returned:
                return new ObjectFlow(null, returned, escapesBeforeSend: false, isUnused: false, escapes: false);

            case IExpressionStatementOperation:
                return origin is IObjectCreationOperation ? Unused : Kept;

            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return TraceSymbol(declarator.Symbol, origin, origin.EnclosingFunction(), hooks, cancellationToken);

            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == current:
                return TraceSymbol(local.Local, origin, origin.EnclosingFunction(), hooks, cancellationToken);

            case ISimpleAssignmentOperation { Target: IDiscardOperation }:
                return origin is IObjectCreationOperation ? Unused : Kept;

            default:
                return Escaped;
        }
    }

    /// <summary>Follows a parameter through the body of its method (a helper that receives the object).</summary>
    public static ObjectFlow TraceParameter(IParameterSymbol parameter, IOperation body, in FlowHooks hooks, CancellationToken cancellationToken)
        => TraceSymbol(parameter, null, body, hooks, cancellationToken);

    /// <summary>Follows every use of a local (or parameter) within its function.</summary>
    private static ObjectFlow TraceSymbol(ISymbol symbol, IOperation? origin, IOperation scope, in FlowHooks hooks, CancellationToken cancellationToken)
    {
        var lastSend = -1;
        IOperation? send = null;
        IOperation? returned = null;
        var sends = new List<IOperation>();
        var firstEscape = int.MaxValue;
        var read = false;
        var writes = new List<(int Position, IOperation Operation, string? Property, IOperation? Value, ImmutableArray<GrantWrite> Inherited)>();

        foreach (var operation in scope.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Refers(operation, symbol))
            {
                continue;
            }

            var position = operation.Syntax.SpanStart;
            if (operation.EnclosingFunction() != scope)
            {
                // Captured by a lambda or local function: it may run at any time.
                firstEscape = Math.Min(firstEscape, position);
                continue;
            }

            switch (Classify(operation, origin, hooks, out var helper))
            {
                case Use.Write:
                    var property = (IPropertyReferenceOperation)operation.Parent!;
                    var assignment = property.Parent!;
                    writes.Add((position, assignment, property.Property.Name, WrittenValue(property, assignment), default));
                    break;
                case Use.Send:
                    var call = operation.Parent is IConversionOperation conversion ? conversion.Parent!.Parent! : operation.Parent!.Parent!;
                    sends.Add(call);
                    if (position > lastSend)
                    {
                        lastSend = position;
                        send = call;
                    }

                    break;
                case Use.Helper:
                    var helperCall = ArgumentOf(operation).Parent!;
                    writes.Add((position, helperCall, null, null, helper!.Writes));
                    if (helper.Sends)
                    {
                        sends.Add(helperCall);
                        if (position > lastSend)
                        {
                            lastSend = position;
                            send = helperCall;
                        }
                    }

                    break;
                case Use.Return:
                    returned ??= operation.Parent is IReturnOperation direct ? direct : operation.Parent!.Parent;
                    break;
                case Use.Read:
                    read = true;
                    break;
                case Use.Escape:
                    firstEscape = Math.Min(firstEscape, position);
                    break;
            }
        }

        // Writes in source order; those after the last send (outside any loop around a send) are late.
        foreach (var write in writes)
        {
            var isLate = send is not null && write.Position > lastSend && !SharesLoopWithSend(write.Operation, sends, origin, scope);
            if (write.Property is { } name)
            {
                if (isLate)
                {
                    hooks.OnLateWrite?.Invoke(name, write.Value, write.Operation);
                }
                else
                {
                    hooks.OnWrite(name, write.Value, write.Operation);
                }
            }
            else if (!isLate)
            {
                hooks.Inherit(write.Inherited);
            }
        }

        var escapes = firstEscape != int.MaxValue;
        if (send is null)
        {
            if (returned is not null)
            {
                // A factory: only the writes before the return, and nothing may escape before it.
                return firstEscape < returned.Syntax.SpanStart
                    ? new ObjectFlow(null, null, escapesBeforeSend: true, isUnused: false, escapes: true)
                    : new ObjectFlow(null, returned, escapesBeforeSend: false, isUnused: false, escapes);
            }

            return new ObjectFlow(null, null, escapesBeforeSend: false, isUnused: origin is IObjectCreationOperation && !escapes && !read, escapes);
        }

        return new ObjectFlow(send, returned, escapesBeforeSend: firstEscape < lastSend, isUnused: false, escapes);
    }

    private static bool Refers(IOperation operation, ISymbol symbol) => operation switch
    {
        ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, symbol),
        IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, symbol),
        _ => false,
    };

    /// <summary>Whether a loop (that does not create the object anew) runs both the write and a send: a later iteration sends the write.</summary>
    private static bool SharesLoopWithSend(IOperation write, List<IOperation> sends, IOperation? origin, IOperation scope)
    {
        for (var loop = write.Parent; loop is not null && loop != scope; loop = loop.Parent)
        {
            if (loop is not ILoopOperation)
            {
                continue;
            }

            if (origin is not null && loop.Syntax.Span.Contains(origin.Syntax.Span))
            {
                return false;
            }

            foreach (var send in sends)
            {
                if (loop.Syntax.Span.Contains(send.Syntax.Span))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The value a write assigns: the right side of an assignment, or the matching element of a tuple deconstructed
    /// into members (<c>(request.StatementId, request.Action) = ("a", "lambda:InvokeFunction")</c>, nested tuples
    /// too); <see langword="null"/> (not known) for a compound assignment, or an element deconstructed from anything
    /// but a tuple literal.
    /// </summary>
    private static IOperation? WrittenValue(IPropertyReferenceOperation property, IOperation assignment)
    {
        if (assignment is ISimpleAssignmentOperation simple)
        {
            return simple.Value;
        }

        // The element's path through nested tuples, from the deconstruction down to the property.
        var path = new Stack<int>();
        IOperation element = property;
        while (element.Parent is ITupleOperation tuple)
        {
            path.Push(tuple.Elements.IndexOf(element));
            element = tuple;
        }

        if (element.Parent is not IDeconstructionAssignmentOperation deconstruction || deconstruction.Target != element)
        {
            return null;
        }

        var value = deconstruction.Value;
        while (path.Count > 0)
        {
            var index = path.Pop();
            if (value.WithoutConversions() is not ITupleOperation values || index >= values.Elements.Length)
            {
                return null;
            }

            value = values.Elements[index];
        }

        return value;
    }

    private static IArgumentOperation ArgumentOf(IOperation reference)
        => (IArgumentOperation)(reference.Parent is IConversionOperation conversion ? conversion.Parent! : reference.Parent!);

    private static Use Classify(IOperation reference, IOperation? origin, in FlowHooks hooks, out HelperCall? helper)
    {
        helper = null;
        switch (reference.Parent)
        {
            case IPropertyReferenceOperation property when property.Instance == reference:
                return property.Parent switch
                {
                    ISimpleAssignmentOperation assignment when assignment.Target == property => Use.Write,
                    ICompoundAssignmentOperation assignment when assignment.Target == property => Use.Write,
                    ICoalesceAssignmentOperation assignment when assignment.Target == property => Use.Write,
                    ITupleOperation => Use.Write,
                    _ => Use.Read,
                };

            case IArgumentOperation { Parent: { } call } argument when call is IInvocationOperation or IObjectCreationOperation:
                return ClassifyArgument(call, argument, hooks, out helper);

            // Passed through a conversion (CDK: a Permission local passed as IPermission).
            case IConversionOperation { Parent: IArgumentOperation { Parent: { } call } argument } when call is IInvocationOperation or IObjectCreationOperation:
                return ClassifyArgument(call, argument, hooks, out helper);

            case IReturnOperation:
            case IConversionOperation { Parent: IReturnOperation }:
                return Use.Return;

            case IInvocationOperation invocation when invocation.Instance == reference:
            case INameOfOperation:
                return Use.Read;

            case ISimpleAssignmentOperation assignment when origin is not null && assignment.Target == reference && assignment.Value.WithoutConversions() == origin:
                return Use.Initialize;

            default:
                return Use.Escape;
        }
    }

    private static Use ClassifyArgument(IOperation call, IArgumentOperation argument, in FlowHooks hooks, out HelperCall? helper)
    {
        helper = null;
        if (hooks.IsSend(call, argument))
        {
            return Use.Send;
        }

        if (call is IInvocationOperation invocation && hooks.ResolveHelper?.Invoke(invocation, argument) is { } resolved)
        {
            helper = resolved;
            return Use.Helper;
        }

        return Use.Escape;
    }

    private enum Use
    {
        /// <summary>The assignment of the creation itself (<c>request = new …;</c>).</summary>
        Initialize,
        Read,
        Write,
        Send,

        /// <summary>Passed to a method of the compilation that only finishes the object (and may send it).</summary>
        Helper,

        /// <summary>Returned to the caller.</summary>
        Return,
        Escape,
    }
}

/// <summary>What a helper of the compilation does with a grant passed to it: its writes (bound to the call's arguments), and whether it sends it.</summary>
internal sealed class HelperCall
{
    public HelperCall(ImmutableArray<GrantWrite> writes, bool sends)
    {
        Writes = writes;
        Sends = sends;
    }

    public ImmutableArray<GrantWrite> Writes { get; }

    public bool Sends { get; }
}

/// <summary>The reader's side of <see cref="ObjectFlow"/>: what is a send, and where the writes go.</summary>
internal readonly struct FlowHooks
{
    public FlowHooks(
        ObjectFlow.SendPredicate isSend,
        ObjectFlow.WriteHandler onWrite,
        ObjectFlow.WriteHandler? onLateWrite = null,
        ObjectFlow.HelperResolver? resolveHelper = null,
        Action<GrantWrite>? onInheritedWrite = null)
    {
        IsSend = isSend;
        OnWrite = onWrite;
        OnLateWrite = onLateWrite;
        ResolveHelper = resolveHelper;
        OnInheritedWrite = onInheritedWrite;
    }

    public ObjectFlow.SendPredicate IsSend { get; }

    public ObjectFlow.WriteHandler OnWrite { get; }

    /// <summary>Receives the writes that come after the last send.</summary>
    public ObjectFlow.WriteHandler? OnLateWrite { get; }

    public ObjectFlow.HelperResolver? ResolveHelper { get; }

    /// <summary>Receives a helper's writes, already bound to the call.</summary>
    public Action<GrantWrite>? OnInheritedWrite { get; }

    public void Inherit(ImmutableArray<GrantWrite> writes)
    {
        if (OnInheritedWrite is null || writes.IsDefault)
        {
            return;
        }

        foreach (var write in writes)
        {
            OnInheritedWrite(write);
        }
    }
}
