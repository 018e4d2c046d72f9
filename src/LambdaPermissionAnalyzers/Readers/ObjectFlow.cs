using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// Where a created grant object goes within its method: straight into the call (or construct) that consumes it,
/// or into a local whose property sets are further writes. Anything the readers cannot follow (another call, a
/// store, a return, a capture, a <c>ref</c>, a reassignment) is an escape.
/// </summary>
internal readonly struct ObjectFlow
{
    /// <summary>Whether <paramref name="call"/> (an invocation or an object creation) consumes the object passed as <paramref name="argument"/>.</summary>
    public delegate bool SendPredicate(IOperation call, IArgumentOperation argument);

    /// <summary>Receives a property write: the property's name, the value (<see langword="null"/> for compound writes) and the write.</summary>
    public delegate void WriteHandler(string property, IOperation? value, IOperation assignment);

    private ObjectFlow(IOperation? send, bool escapesBeforeSend, bool isUnused, bool escapes = false)
    {
        Send = send;
        EscapesBeforeSend = escapesBeforeSend;
        IsUnused = isUnused;
        Escapes = escapes || escapesBeforeSend;
    }

    private static ObjectFlow Escaped => new(null, false, false, escapes: true);

    /// <summary>The (last) call or creation that consumes the object, when there is one.</summary>
    public IOperation? Send { get; }

    /// <summary>Something could have written the object before it was sent.</summary>
    public bool EscapesBeforeSend { get; }

    /// <summary>Handed somewhere the readers cannot follow, before or after a send.</summary>
    public bool Escapes { get; }

    /// <summary>Never sent and never handed anywhere: discarded, or a local that is only written.</summary>
    public bool IsUnused { get; }

    public static ObjectFlow Trace(IObjectCreationOperation creation, SendPredicate isSend, WriteHandler onWrite, CancellationToken cancellationToken)
    {
        IOperation current = creation;
        while (current.Parent is IConversionOperation conversion)
        {
            current = conversion;
        }

        switch (current.Parent)
        {
            case IArgumentOperation { Parent: { } call } argument when call is IInvocationOperation or IObjectCreationOperation:
                return isSend(call, argument) ? new ObjectFlow(call, false, false) : Escaped;

            case IExpressionStatementOperation:
                return new ObjectFlow(null, false, isUnused: true);

            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return TraceLocal(declarator.Symbol, creation, isSend, onWrite, cancellationToken);

            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == current:
                return TraceLocal(local.Local, creation, isSend, onWrite, cancellationToken);

            case ISimpleAssignmentOperation { Target: IDiscardOperation }:
                return new ObjectFlow(null, false, isUnused: true);

            default:
                return Escaped;
        }
    }

    /// <summary>Follows every use of the local within its function.</summary>
    private static ObjectFlow TraceLocal(ILocalSymbol local, IObjectCreationOperation creation, SendPredicate isSend, WriteHandler onWrite, CancellationToken cancellationToken)
    {
        var scope = creation.EnclosingFunction();
        var lastSend = -1;
        IOperation? send = null;
        var firstEscape = int.MaxValue;
        var read = false;

        foreach (var operation in scope.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is not ILocalReferenceOperation reference
                || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            var position = reference.Syntax.SpanStart;
            if (reference.EnclosingFunction() != scope)
            {
                // Captured by a lambda or local function: it may run at any time.
                firstEscape = System.Math.Min(firstEscape, position);
                continue;
            }

            switch (Classify(reference, creation, isSend))
            {
                case Use.Write:
                    var property = (IPropertyReferenceOperation)reference.Parent!;
                    switch (property.Parent)
                    {
                        case ISimpleAssignmentOperation simple:
                            onWrite(property.Property.Name, simple.Value, simple);
                            break;
                        case { } other:
                            onWrite(property.Property.Name, null, other);
                            break;
                    }

                    break;
                case Use.Send when position > lastSend:
                    lastSend = position;
                    send = reference.Parent is IConversionOperation conversion ? conversion.Parent!.Parent! : reference.Parent!.Parent!;
                    break;
                case Use.Read:
                    read = true;
                    break;
                case Use.Escape:
                    firstEscape = System.Math.Min(firstEscape, position);
                    break;
            }
        }

        var escapes = firstEscape != int.MaxValue;
        if (send is null)
        {
            return new ObjectFlow(null, false, isUnused: !escapes && !read, escapes);
        }

        return new ObjectFlow(send, escapesBeforeSend: firstEscape < lastSend, isUnused: false, escapes);
    }

    private static Use Classify(ILocalReferenceOperation reference, IObjectCreationOperation creation, SendPredicate isSend)
    {
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
                return isSend(call, argument) ? Use.Send : Use.Escape;

            // Passed through a conversion (CDK: a Permission local passed as IPermission).
            case IConversionOperation { Parent: IArgumentOperation { Parent: { } call } argument } when call is IInvocationOperation or IObjectCreationOperation:
                return isSend(call, argument) ? Use.Send : Use.Escape;

            case IInvocationOperation invocation when invocation.Instance == reference:
            case INameOfOperation:
                return Use.Read;

            case ISimpleAssignmentOperation assignment when assignment.Target == reference && assignment.Value.WithoutConversions() == creation:
                return Use.Initialize;

            default:
                return Use.Escape;
        }
    }

    private enum Use
    {
        /// <summary>The assignment of the creation itself (<c>request = new …;</c>).</summary>
        Initialize,
        Read,
        Write,
        Send,
        Escape,
    }
}
