using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// Reads every grant of one method body: the grants it creates, the grants factories return to it, the grants the
/// methods it calls send with its arguments, and (for the value rules) the writes to grant objects it neither
/// created nor received in a way the readers follow.
/// </summary>
internal sealed class BodyReader
{
    private readonly MethodSummaries _summaries;
    private readonly bool _bindParameters;
    private readonly Dictionary<CallOrigin, MethodSummary> _sources = new();

    /// <param name="bindParameters">
    /// Reading a method for its summary: an argument that is the method's own parameter is bound too, so that the
    /// summary's callers can bind it in turn. (In the method being analyzed, an unknown argument binds nothing.)
    /// </param>
    public BodyReader(MethodSummaries summaries, bool bindParameters)
    {
        _summaries = summaries;
        _bindParameters = bindParameters;
    }

    /// <summary>
    /// Reads a member body as the analysis sees it (its own arguments bind nothing, calls are followed
    /// <see cref="MethodSummaries.MaxLevels"/> deep): what <see cref="GrantAnalyzer"/> reports on and what the suppressor
    /// judges by.
    /// </summary>
    public static BodyRead ReadAnalyzed(MethodSummaries summaries, IOperation body, CancellationToken cancellationToken)
    {
        summaries.Seed(body.SemanticModel);
        return new BodyReader(summaries, bindParameters: false).Read(body, MethodSummaries.MaxLevels, MethodSummaries.PathOf(body, cancellationToken), cancellationToken);
    }

    /// <summary>The summaries of the methods the grants came through, by call.</summary>
    public IReadOnlyDictionary<CallOrigin, MethodSummary> Sources => _sources;

    /// <summary>Every method whose body the reading looked into, through the summaries it used.</summary>
    public ImmutableHashSet<IMethodSymbol> Reads { get; private set; } = MethodSummaries.EmptyPath;

    /// <summary>No call was left unread because it leads back into a method being read (recursion).</summary>
    public bool IsComplete { get; private set; } = true;

    /// <summary>The path with the local functions (and lambdas' enclosing local functions) around <paramref name="call"/>: a call into one of them is recursion.</summary>
    private static ImmutableHashSet<IMethodSymbol> WithEnclosingFunctions(ImmutableHashSet<IMethodSymbol> path, IOperation call)
    {
        for (var current = call.Parent; current is not null; current = current.Parent)
        {
            if (current is ILocalFunctionOperation local)
            {
                path = path.Add(local.Symbol);
            }
        }

        return path;
    }

    public ReadContext Context(int levels, ImmutableHashSet<IMethodSymbol> path, CancellationToken cancellationToken)
        => new(levels > 0 ? (call, argument) => ResolveHelper(call, argument, levels, path, cancellationToken) : null, cancellationToken);

    public BodyRead Read(IOperation body, int levels, ImmutableHashSet<IMethodSymbol> path, CancellationToken cancellationToken)
    {
        var grants = ImmutableArray.CreateBuilder<Grant>();
        var anchors = ImmutableArray.CreateBuilder<IOperation>();
        var context = Context(levels, path, cancellationToken);
        List<IOperation>? assignments = null;
        foreach (var operation in body.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IObjectCreationOperation creation:
                    if (_summaries.ReaderStarting(creation) is { } reader && reader.TryRead(creation, context) is { } grant)
                    {
                        grants.Add(grant);
                        anchors.Add(creation);
                    }

                    break;

                case IInvocationOperation call when levels > 0:
                    ReadCall(call, levels, path, context, grants, anchors, cancellationToken);
                    break;

                case ISimpleAssignmentOperation assignment when _summaries.WritesGrantMember(assignment):
                    (assignments ??= new List<IOperation>()).Add(assignment);
                    break;
            }
        }

        if (assignments is not null)
        {
            AddDetached(assignments, grants, anchors);
        }

        return new BodyRead(grants.ToImmutable(), anchors.ToImmutable(), _sources);
    }

    private void ReadCall(
        IInvocationOperation call,
        int levels,
        ImmutableHashSet<IMethodSymbol> path,
        in ReadContext context,
        ImmutableArray<Grant>.Builder grants,
        ImmutableArray<IOperation>.Builder anchors,
        CancellationToken cancellationToken)
    {
        var callee = _summaries.Followable(call, cancellationToken);
        if (callee is null)
        {
            return;
        }

        path = WithEnclosingFunctions(path, call);
        if (path.Contains(callee))
        {
            // Recursion: the method's own grants are read once, where they are.
            IsComplete = false;
            return;
        }

        var summary = _summaries.Get(callee, levels - 1, path, cancellationToken);
        if (summary is null || !summary.IsRelevant)
        {
            return;
        }

        Reads = Reads.Union(summary.Reads);

        if (summary.Returned is { } template && _summaries.ReaderFor(call.Type) is { } reader)
        {
            var origin = new CallOrigin(call, callee, CallRole.Returns);
            _sources[origin] = summary;
            var writes = Bind(template.Writes, call, origin, summary, reader);
            if (reader.TryReadFactoryCall(call, writes, template.Flow.IsReturned, origin, context) is { } grant)
            {
                grants.Add(grant);
                anchors.Add(call);
            }
        }

        foreach (var sent in summary.Sent)
        {
            if (_summaries.ReaderOf(sent) is { } sentReader)
            {
                var origin = new CallOrigin(call, callee, CallRole.Sends);
                _sources[origin] = summary;
                var writes = Bind(sent.Writes, call, origin, summary, sentReader);
                grants.Add(sent.With(writes, sent.Location, new GrantFlowFacts(origin, ImmutableArray<GrantWrite>.Empty, Loops.FindRepetition(call, call, writes, cancellationToken))));
                anchors.Add(call);
            }
        }
    }

    private HelperCall? ResolveHelper(IInvocationOperation call, IArgumentOperation argument, int levels, ImmutableHashSet<IMethodSymbol> path, CancellationToken cancellationToken)
    {
        var parameter = argument.Parameter;
        var callee = parameter is { RefKind: RefKind.None } ? _summaries.Followable(call, cancellationToken) : null;
        if (parameter is null || callee is null)
        {
            return null;
        }

        path = WithEnclosingFunctions(path, call);
        if (path.Contains(callee))
        {
            IsComplete = false;
            return null;
        }

        var summary = _summaries.Get(callee, levels - 1, path, cancellationToken);
        var received = summary is not null && parameter.Ordinal < summary.Parameters.Length ? summary.Parameters[parameter.Ordinal] : null;
        var reader = _summaries.ReaderFor(parameter.Type);
        if (summary is null || received is null || !received.AllWritesVisible || reader is null)
        {
            return null;
        }

        Reads = Reads.Union(summary.Reads);
        var origin = new CallOrigin(call, callee, CallRole.Finishes);
        _sources[origin] = summary;
        return new HelperCall(Bind(received.Writes, call, origin, summary, reader), received.IsSent);
    }

    /// <summary>
    /// The callee's writes as the call makes them: a value read from one of the callee's parameters becomes the call's
    /// argument (when it is known, or when a summary keeps it for its own callers).
    /// </summary>
    private ImmutableArray<GrantWrite> Bind(ImmutableArray<GrantWrite> writes, IInvocationOperation call, CallOrigin origin, MethodSummary callee, IGrantReader reader)
    {
        var bound = ImmutableArray.CreateBuilder<GrantWrite>(writes.Length);
        foreach (var write in writes)
        {
            if (write.ValueOperation.WithoutConversions() is IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter }
                && MethodSummaries.IsParameterOf(parameter, callee.Method)
                && !callee.ReassignedParameters.Contains(parameter.Ordinal)
                && FindArgument(call, parameter.Ordinal) is { ArgumentKind: not ArgumentKind.ParamArray } argument)
            {
                var value = reader.ReadValue(argument.Value);
                if (value.Kind != ValueKind.Unknown || (_bindParameters && argument.Value.WithoutConversions() is IParameterReferenceOperation))
                {
                    bound.Add(write.BoundTo(value, argument.Value, origin));
                    continue;
                }
            }

            bound.Add(write.Through(origin));
        }

        return bound.MoveToImmutable();
    }

    private static IArgumentOperation? FindArgument(IInvocationOperation call, int ordinal)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>Writes no grant took (a parameter, a field, an element), one partial grant per receiver.</summary>
    private void AddDetached(List<IOperation> assignments, ImmutableArray<Grant>.Builder grants, ImmutableArray<IOperation>.Builder anchors)
    {
        var taken = new HashSet<IOperation>();
        foreach (var grant in grants)
        {
            foreach (var write in grant.Writes)
            {
                taken.Add(write.Assignment);
            }

            foreach (var write in grant.Flow.LateWrites)
            {
                taken.Add(write.Assignment);
            }
        }

        var groups = new Dictionary<(ITypeSymbol, string), List<IOperation>>();
        var order = new List<(ITypeSymbol, string)>();
        foreach (var assignment in assignments)
        {
            if (taken.Contains(assignment))
            {
                continue;
            }

            var property = (IPropertyReferenceOperation)((ISimpleAssignmentOperation)assignment).Target;
            var key = (property.Property.ContainingType, ReceiverKey(property.Instance!) ?? "@" + assignment.Syntax.SpanStart);
            if (!groups.TryGetValue(key, out var group))
            {
                group = new List<IOperation>();
                groups.Add(key, group);
                order.Add(key);
            }

            group.Add(assignment);
        }

        foreach (var key in order)
        {
            // The reader whose types include the receiver's reads the group (a CfnPermission construct is no grant type).
            var group = groups[key];
            foreach (var reader in _summaries.Readers)
            {
                if (reader.ReadDetached(key.Item1, group) is { } grant)
                {
                    grants.Add(grant);
                    anchors.Add(group[0]);
                    break;
                }
            }
        }
    }

    /// <summary><c>request</c>, <c>this._request</c>, <c>settings.Request</c>: the same symbols read the same way are one object.</summary>
    private static string? ReceiverKey(IOperation instance)
    {
        instance = instance.WithoutConversions();
        switch (instance)
        {
            case ILocalReferenceOperation local:
                return "l:" + local.Local.Name + "@" + (local.Local.Locations.IsEmpty ? 0 : local.Local.Locations[0].SourceSpan.Start);
            case IParameterReferenceOperation parameter:
                // Lambdas and local functions of one body have parameters of their own: the declaration tells them apart.
                return "p:" + parameter.Parameter.Name + "@" + (parameter.Parameter.Locations.IsEmpty ? 0 : parameter.Parameter.Locations[0].SourceSpan.Start);
            case IInstanceReferenceOperation:
                return "this";
            case IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } member when member is not IPropertyReferenceOperation { Arguments.Length: > 0 }:
                var inner = member.Instance is null ? "static" : ReceiverKey(member.Instance);
                return inner is null ? null : inner + "." + member.Member.ToDisplayString();
            default:
                return null;
        }
    }
}

/// <summary>The grants of one method body, each with the operation through which it enters the body.</summary>
internal sealed class BodyRead
{
    public BodyRead(ImmutableArray<Grant> grants, ImmutableArray<IOperation> anchors, IReadOnlyDictionary<CallOrigin, MethodSummary> sources)
    {
        Grants = grants;
        Anchors = anchors;
        Sources = sources;
    }

    public ImmutableArray<Grant> Grants { get; }

    /// <summary>By grant: its creation, the call it comes from, or its first detached write.</summary>
    public ImmutableArray<IOperation> Anchors { get; }

    /// <summary>The summaries of the methods the grants came through, by call.</summary>
    public IReadOnlyDictionary<CallOrigin, MethodSummary> Sources { get; }
}
