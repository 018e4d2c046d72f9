using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// Reads a <see cref="Grant"/> from <c>new</c> of one of the SDK's request types (<c>AddPermissionRequest</c>,
/// <c>RemovePermissionRequest</c>, <c>AddLayerVersionPermissionRequest</c>, <c>Create</c>/<c>UpdateFunctionUrlConfigRequest</c>):
/// the initializer, later property sets on the local that holds it, and whether it reaches the operation's
/// method on <c>IAmazonLambda</c> (sync, <c>Async</c> or V3 <c>Begin</c>) in the same method without escaping first.
/// </summary>
internal sealed class SdkRequestReader
{
    private readonly LambdaSymbols _symbols;
    private readonly Dictionary<ITypeSymbol, RequestShape> _shapes = new(SymbolEqualityComparer.Default);

    public SdkRequestReader(LambdaSymbols symbols)
    {
        _symbols = symbols;
        foreach (var (type, kind, operation) in symbols.RequestTypes)
        {
            _shapes.Add(type, new RequestShape(
                kind,
                operation,
                symbols.GetDeclaredMaxLength(type, GrantMembers.FunctionName),
                symbols.GetPropertyNames(type)));
        }
    }

    /// <summary>Whether objects of <paramref name="type"/> are grants this reader reads.</summary>
    public bool IsGrantType(ITypeSymbol? type) => type is not null && _shapes.ContainsKey(type);

    /// <summary>The grant written by <paramref name="creation"/>, or <see langword="null"/> when it creates something else.</summary>
    public Grant? TryRead(IObjectCreationOperation creation, CancellationToken cancellationToken)
    {
        if (creation.Type is null || !_shapes.TryGetValue(creation.Type, out var shape))
        {
            return null;
        }

        var writes = ImmutableArray.CreateBuilder<GrantWrite>();
        if (creation.Initializer is { } initializer)
        {
            foreach (var entry in initializer.Initializers)
            {
                if (entry is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                {
                    AddWrites(writes, property.Property.Name, assignment.Value, assignment);
                }
            }
        }

        var flow = TraceFlow(creation, shape, writes, cancellationToken);
        return new Grant(
            shape.Kind,
            GetTypeNameLocation(creation),
            writes.ToImmutable(),
            flow.Send?.Syntax.GetLocation(),
            flow.Send is not null && !flow.EscapesBeforeSend,
            shape.FunctionNameMaxLength,
            shape.AvailableMembers);
    }

    private GrantWrite CreateWrite(string member, IOperation value, IOperation assignment)
        => new(member, ValueReader.Read(value, _symbols), value, assignment);

    /// <summary>
    /// The write of one property. A <c>Cors</c> object created in place is read member by member: one write per
    /// listed origin and one for AllowCredentials; any other Cors value is an unknown write of Cors.
    /// </summary>
    private void AddWrites(ImmutableArray<GrantWrite>.Builder writes, string member, IOperation value, IOperation assignment)
    {
        if (member == "Cors" && Unwrap(value) is IObjectCreationOperation { Initializer: { } cors })
        {
            foreach (var entry in cors.Initializers)
            {
                switch (entry)
                {
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "AllowCredentials" } } credentials:
                        writes.Add(CreateWrite(GrantMembers.CorsAllowCredentials, credentials.Value, credentials));
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "AllowOrigins" } } origins:
                        AddOrigins(writes, origins.Value, origins);
                        break;
                    case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property.Name: "AllowOrigins" }, Initializer: { } list } origins:
                        AddOrigins(writes, list, origins);
                        break;
                }
            }
        }

        writes.Add(CreateWrite(member, value, assignment));
    }

    /// <summary>Each element of <c>new List&lt;string&gt; { … }</c>, <c>{ … }</c> or <c>new[] { … }</c>; anything else is one unknown origin.</summary>
    private void AddOrigins(ImmutableArray<GrantWrite>.Builder writes, IOperation value, IOperation assignment)
    {
        var elements = Unwrap(value) switch
        {
            IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation list } => list.Initializers,
            IObjectOrCollectionInitializerOperation list => list.Initializers,
            IArrayCreationOperation { Initializer: { } array } => array.ElementValues,
            _ => default(ImmutableArray<IOperation>),
        };

        if (elements.IsDefault)
        {
            writes.Add(new GrantWrite(GrantMembers.CorsAllowOrigins, GrantValue.Unknown, value, assignment));
            return;
        }

        foreach (var element in elements)
        {
            var origin = element is IInvocationOperation { Arguments.Length: 1 } add ? add.Arguments[0].Value : element;
            writes.Add(CreateWrite(GrantMembers.CorsAllowOrigins, origin, assignment));
        }
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static Location GetTypeNameLocation(IObjectCreationOperation creation) => creation.Syntax switch
    {
        ObjectCreationExpressionSyntax explicitNew => explicitNew.Type.GetLocation(),
        ImplicitObjectCreationExpressionSyntax targetTyped => targetTyped.NewKeyword.GetLocation(),
        var other => other.GetLocation(),
    };

    /// <summary>Where the created object goes: straight into a send, into a local, or somewhere we cannot follow.</summary>
    private Flow TraceFlow(IObjectCreationOperation creation, RequestShape shape, ImmutableArray<GrantWrite>.Builder writes, CancellationToken cancellationToken)
    {
        IOperation current = creation;
        while (current.Parent is IConversionOperation conversion)
        {
            current = conversion;
        }

        switch (current.Parent)
        {
            case IArgumentOperation { Parent: IInvocationOperation invocation } argument:
                return IsSend(invocation, argument, shape) ? Flow.SentBy(invocation) : Flow.Escaped;

            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return TraceLocal(declarator.Symbol, creation, shape, writes, cancellationToken);

            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == current:
                return TraceLocal(local.Local, creation, shape, writes, cancellationToken);

            default:
                return Flow.Escaped;
        }
    }

    /// <summary>
    /// Follows every use of the local that holds the request within its function: property sets are writes,
    /// sends are sends, reads are harmless, and anything else (another call, a store, a return, a capture, a
    /// ref, a reassignment) is an escape.
    /// </summary>
    private Flow TraceLocal(ILocalSymbol local, IObjectCreationOperation creation, RequestShape shape, ImmutableArray<GrantWrite>.Builder writes, CancellationToken cancellationToken)
    {
        var scope = GetEnclosingFunction(creation);
        var lastSend = -1;
        IInvocationOperation? send = null;
        var firstEscape = int.MaxValue;

        foreach (var operation in scope.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is not ILocalReferenceOperation reference
                || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            var position = reference.Syntax.SpanStart;
            if (GetEnclosingFunction(reference) != scope)
            {
                // Captured by a lambda or local function: it may run at any time.
                firstEscape = System.Math.Min(firstEscape, position);
                continue;
            }

            switch (Classify(reference, creation, shape))
            {
                case Use.Write:
                    var (member, value, assignment) = GetWrite(reference);
                    if (value is null)
                    {
                        writes.Add(new GrantWrite(member, GrantValue.Unknown, assignment, assignment));
                    }
                    else
                    {
                        AddWrites(writes, member, value, assignment);
                    }

                    break;
                case Use.Send when position > lastSend:
                    lastSend = position;
                    send = (IInvocationOperation)reference.Parent!.Parent!;
                    break;
                case Use.Escape:
                    firstEscape = System.Math.Min(firstEscape, position);
                    break;
            }
        }

        if (send is null)
        {
            return Flow.Escaped;
        }

        return new Flow(send, escapesBeforeSend: firstEscape < lastSend);
    }

    private Use Classify(ILocalReferenceOperation reference, IObjectCreationOperation creation, RequestShape shape)
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

            case IArgumentOperation { Parent: IInvocationOperation invocation } argument:
                return IsSend(invocation, argument, shape) ? Use.Send : Use.Escape;

            case IInvocationOperation invocation when invocation.Instance == reference:
            case INameOfOperation:
                return Use.Read;

            case ISimpleAssignmentOperation assignment when assignment.Target == reference && IsCreation(assignment.Value, creation):
                return Use.Read;

            default:
                return Use.Escape;
        }
    }

    private static (string Member, IOperation? Value, IOperation Assignment) GetWrite(ILocalReferenceOperation reference)
    {
        var property = (IPropertyReferenceOperation)reference.Parent!;
        var name = property.Property.Name;
        return property.Parent switch
        {
            ISimpleAssignmentOperation simple => (name, simple.Value, simple),
            { } other => (name, null, other),
            null => (name, null, property),
        };
    }

    private static bool IsCreation(IOperation value, IObjectCreationOperation creation)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value == creation;
    }

    private bool IsSend(IInvocationOperation invocation, IArgumentOperation argument, RequestShape shape)
    {
        var method = invocation.TargetMethod;
        return shape.IsSendName(method.Name)
               && argument.Parameter is { RefKind: RefKind.None } parameter
               && _shapes.TryGetValue(parameter.Type, out var parameterShape)
               && parameterShape == shape
               && _symbols.IsLambdaServiceMethod(method);
    }

    /// <summary>The innermost lambda, local function or member body that contains <paramref name="operation"/>.</summary>
    private static IOperation GetEnclosingFunction(IOperation operation)
    {
        var current = operation;
        while (current.Parent is { } parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return parent;
            }

            current = parent;
        }

        return current;
    }

    /// <summary>One request type: its kind, its operation's method names, and what this SDK build declares for it.</summary>
    private sealed class RequestShape
    {
        private readonly string _operation;

        public RequestShape(GrantKind kind, string operation, int? functionNameMaxLength, ImmutableHashSet<string> availableMembers)
        {
            Kind = kind;
            _operation = operation;
            FunctionNameMaxLength = functionNameMaxLength;
            AvailableMembers = availableMembers;
        }

        public GrantKind Kind { get; }

        public int? FunctionNameMaxLength { get; }

        public ImmutableHashSet<string> AvailableMembers { get; }

        /// <summary><c>Operation</c>, <c>OperationAsync</c> or <c>BeginOperation</c>.</summary>
        public bool IsSendName(string name)
            => name == _operation || name == _operation + "Async" || name == "Begin" + _operation;
    }

    private enum Use
    {
        Read,
        Write,
        Send,
        Escape,
    }

    private readonly struct Flow
    {
        public static Flow SentBy(IInvocationOperation send) => new(send, false);

        public static readonly Flow Escaped = new(null, false);

        public Flow(IInvocationOperation? send, bool escapesBeforeSend)
        {
            Send = send;
            EscapesBeforeSend = escapesBeforeSend;
        }

        /// <summary>The (last) call that sends the request, when there is one.</summary>
        public IInvocationOperation? Send { get; }

        public bool EscapesBeforeSend { get; }
    }
}
