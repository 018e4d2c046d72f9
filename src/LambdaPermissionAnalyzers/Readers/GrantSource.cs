using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// Where a grant object enters the method a reader reads: a <c>new</c> expression (with its initializer), a factory
/// call (with the factory's writes), or a parameter (a helper's view of the grant it receives).
/// </summary>
internal readonly struct GrantSource
{
    private readonly IParameterSymbol? _parameter;
    private readonly IOperation? _body;
    private readonly ImmutableArray<GrantWrite> _inherited;
    private readonly bool _inheritedVisible;
    private readonly CallOrigin? _callOrigin;

    private GrantSource(IOperation? node, IParameterSymbol? parameter, IOperation? body, ImmutableArray<GrantWrite> inherited, bool inheritedVisible, CallOrigin? callOrigin)
    {
        Node = node;
        _parameter = parameter;
        _body = body;
        _inherited = inherited.IsDefault ? ImmutableArray<GrantWrite>.Empty : inherited;
        _inheritedVisible = inheritedVisible;
        _callOrigin = callOrigin;
    }

    public static GrantSource Creation(IObjectCreationOperation creation) => new(creation, null, null, default, true, null);

    /// <summary>A factory call: <paramref name="writes"/> are the factory's, bound to the call; <paramref name="visible"/> when the factory hides none.</summary>
    public static GrantSource Factory(IInvocationOperation call, ImmutableArray<GrantWrite> writes, bool visible, CallOrigin origin) => new(call, null, null, writes, visible, origin);

    public static GrantSource Parameter(IParameterSymbol parameter, IOperation body) => new(null, parameter, body, default, true, null);

    /// <summary>The creation or factory call; <see langword="null"/> for a parameter.</summary>
    public IOperation? Node { get; }

    /// <summary>Where missing members are reported: the type name of the <c>new</c>, the factory call, or the parameter.</summary>
    public Location Location => Node switch
    {
        IObjectCreationOperation creation => SdkRequestReader.GetTypeNameLocation(creation),
        { } call => call.Syntax.GetLocation(),
        _ => _parameter is { Locations.IsEmpty: false } parameter ? parameter.Locations[0] : Location.None,
    };

    /// <summary>The writes the grant already has: a factory's, bound to the call.</summary>
    public ImmutableArray<GrantWrite>.Builder StartWrites()
    {
        var writes = ImmutableArray.CreateBuilder<GrantWrite>();
        writes.AddRange(_inherited);
        return writes;
    }

    public void ReadInitializer(ObjectFlow.WriteHandler onWrite)
    {
        if (Node is IObjectCreationOperation { Initializer: { } initializer })
        {
            ReadAssignments(initializer.Initializers, onWrite);
        }
    }

    /// <summary>Hands each property assignment (an initializer entry, a detached write) to <paramref name="onWrite"/>.</summary>
    public static void ReadAssignments(IEnumerable<IOperation> assignments, ObjectFlow.WriteHandler onWrite)
    {
        foreach (var entry in assignments)
        {
            if (entry is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
            {
                onWrite(property.Property.Name, assignment.Value, assignment);
            }
        }
    }

    public ObjectFlow Follow(in FlowHooks hooks, CancellationToken cancellationToken)
        => Node is not null
            ? ObjectFlow.Trace(Node, hooks, cancellationToken)
            : ObjectFlow.TraceParameter(_parameter!, _body!, hooks, cancellationToken);

    /// <summary>
    /// Every write is visible: sent, nothing escaped before the send, and a factory's writes were all visible up to its
    /// return. For a parameter: the helper neither stores nor returns it (it may send it).
    /// </summary>
    public bool IsVisible(in ObjectFlow flow)
    {
        if (Node is null)
        {
            return !flow.Escapes && flow.Return is null;
        }

        return flow.Send is not null && !flow.EscapesBeforeSend && _inheritedVisible;
    }

    public GrantFlowFacts Facts(in ObjectFlow flow, ImmutableArray<GrantWrite>.Builder writes, ImmutableArray<GrantWrite>.Builder late, CancellationToken cancellationToken)
        => new(
            _callOrigin,
            late.ToImmutable(),
            flow.Send is { } send && Node is { } node ? Loops.FindRepetition(send, node, writes, cancellationToken) : null,
            returned: flow.Return is not null && (Node is null || _inheritedVisible));
}
