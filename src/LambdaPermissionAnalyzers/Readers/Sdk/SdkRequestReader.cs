using System.Collections.Generic;
using System.Collections.Immutable;
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
internal sealed class SdkRequestReader : IGrantReader
{
    private readonly LambdaSymbols _symbols;
    private readonly Dictionary<ITypeSymbol, RequestShape> _shapes = new(SymbolEqualityComparer.Default);

    public SdkRequestReader(LambdaSymbols symbols)
    {
        _symbols = symbols;
        foreach (var (type, kind, operation) in symbols.RequestTypes)
        {
            _shapes.Add(type, new RequestShape(symbols, type, kind, operation));
        }
    }

    public GrantLibrary Library => GrantKind.SdkLibrary;

    /// <summary>AddPermission, RemovePermission, AddLayerVersionPermission, RemoveLayerVersionPermission, Create/UpdateFunctionUrlConfig.</summary>
    public ImmutableArray<string> NameWords { get; } = ImmutableArray.Create("Permission", "FunctionUrl");

    public GrantKind? KindOf(ITypeSymbol? type) => type is not null && _shapes.TryGetValue(type, out var shape) ? shape.Kind : null;

    /// <summary>Whether objects of <paramref name="type"/> are grants this reader reads.</summary>
    public bool IsGrantType(ITypeSymbol? type) => type is not null && _shapes.ContainsKey(type);

    public bool IsWrittenType(ITypeSymbol? type) => IsGrantType(type);

    public bool StartsGrant(IObjectCreationOperation creation) => IsGrantType(creation.Type);

    /// <summary>A request is written in its own initializer or statements, never inside the call that sends it.</summary>
    public bool SendsGrantWrittenInArguments(IInvocationOperation call) => false;

    /// <summary>The grant written by <paramref name="creation"/>, or <see langword="null"/> when it creates something else.</summary>
    public Grant? TryRead(IObjectCreationOperation creation, in ReadContext context)
        => creation.Type is not null && _shapes.TryGetValue(creation.Type, out var shape)
            ? Read(GrantSource.Creation(creation), shape, context)
            : null;

    public Grant? TryReadFactoryCall(IInvocationOperation call, ImmutableArray<GrantWrite> writes, bool visible, CallOrigin origin, in ReadContext context)
        => call.Type is not null && _shapes.TryGetValue(call.Type, out var shape)
            ? Read(GrantSource.Factory(call, writes, visible, origin), shape, context)
            : null;

    public Grant? TryReadParameter(IParameterSymbol parameter, IOperation body, in ReadContext context)
        => _shapes.TryGetValue(parameter.Type, out var shape) ? Read(GrantSource.Parameter(parameter, body), shape, context) : null;

    public Grant? ReadDetached(ITypeSymbol receiverType, IReadOnlyList<IOperation> assignments)
    {
        if (!_shapes.TryGetValue(receiverType, out var shape))
        {
            return null;
        }

        var writes = ImmutableArray.CreateBuilder<GrantWrite>();
        GrantSource.ReadAssignments(assignments, Into(writes));

        return new Grant(shape.Kind, assignments[0].Syntax.GetLocation(), writes.ToImmutable(), null, false, shape.FunctionNameMaxLength, shape.AvailableMembers);
    }

    public GrantValue ReadValue(IOperation value) => ValueReader.Read(value, _symbols);

    /// <summary>
    /// Reads a grant from where it enters the method (a creation and its initializer, a factory call and the
    /// factory's writes, or a helper's parameter), then follows the object to its send.
    /// </summary>
    private Grant Read(in GrantSource source, RequestShape shape, in ReadContext context)
    {
        var writes = source.StartWrites();
        var late = ImmutableArray.CreateBuilder<GrantWrite>();
        source.ReadInitializer(Into(writes));
        var flow = source.Follow(Hooks(writes, late, shape, context), context.CancellationToken);
        return new Grant(
            shape.Kind,
            source.Location,
            writes.ToImmutable(),
            flow.Send?.Syntax.GetLocation(),
            source.IsVisible(flow),
            shape.FunctionNameMaxLength,
            shape.AvailableMembers,
            flow: source.Facts(flow, writes, late, context.CancellationToken));
    }

    /// <summary>Records property writes into <paramref name="target"/>; a compound write (no value) is unknown.</summary>
    private ObjectFlow.WriteHandler Into(ImmutableArray<GrantWrite>.Builder target) => (property, value, assignment) =>
    {
        if (value is null)
        {
            target.Add(new GrantWrite(property, GrantValue.Unknown, assignment, assignment));
        }
        else
        {
            AddWrites(target, property, value, assignment);
        }
    };

    private FlowHooks Hooks(ImmutableArray<GrantWrite>.Builder writes, ImmutableArray<GrantWrite>.Builder late, RequestShape shape, ReadContext context)
    {
        return new FlowHooks(
            (call, argument) => call is IInvocationOperation invocation && IsSend(invocation, argument, shape),
            Into(writes),
            Into(late),
            context.ResolveHelper,
            writes.Add);
    }

    private GrantWrite CreateWrite(string member, IOperation value, IOperation assignment)
        => new(member, ValueReader.Read(value, _symbols), value, assignment);

    /// <summary>The write of one property; a <c>Cors</c> object created in place is read member by member too.</summary>
    private void AddWrites(ImmutableArray<GrantWrite>.Builder writes, string member, IOperation value, IOperation assignment)
    {
        if (member == "Cors")
        {
            CorsReader.AddWrites(writes, value, MemberSpelling.Api, _symbols);
        }

        writes.Add(CreateWrite(member, value, assignment));
    }

    internal static Location GetTypeNameLocation(IObjectCreationOperation creation) => creation.Syntax switch
    {
        ObjectCreationExpressionSyntax explicitNew => explicitNew.Type.GetLocation(),
        ImplicitObjectCreationExpressionSyntax targetTyped => targetTyped.NewKeyword.GetLocation(),
        var other => other.GetLocation(),
    };

    private bool IsSend(IInvocationOperation invocation, IArgumentOperation argument, RequestShape shape)
    {
        var method = invocation.TargetMethod;
        return shape.IsSendName(method.Name)
               && argument.Parameter is { RefKind: RefKind.None } parameter
               && _shapes.TryGetValue(parameter.Type, out var parameterShape)
               && parameterShape == shape
               && _symbols.IsLambdaServiceMethod(method);
    }

    /// <summary>One request type: its kind, its operation's method names, and what this SDK build declares for it.</summary>
    private sealed class RequestShape
    {
        private readonly string[] _sendNames;
        private readonly System.Lazy<ImmutableHashSet<string>> _availableMembers;

        public RequestShape(LambdaSymbols symbols, INamedTypeSymbol type, GrantKind kind, string operation)
        {
            Kind = kind;
            _sendNames = new[] { operation, operation + "Async", "Begin" + operation };
            FunctionNameMaxLength = new System.Lazy<int?>(() => symbols.GetDeclaredMaxLength(type, GrantMembers.FunctionName), System.Threading.LazyThreadSafetyMode.PublicationOnly);
            _availableMembers = new System.Lazy<ImmutableHashSet<string>>(() => symbols.GetPropertyNames(type), System.Threading.LazyThreadSafetyMode.PublicationOnly);
        }

        public GrantKind Kind { get; }

        /// <summary>
        /// The FunctionName limit the SDK build declares: its attributes are decoded only when a rule asks, for a name
        /// longer than any bare name (a tenth of the first grant's cost in a fresh compiler process; see docs/benchmarks.md).
        /// </summary>
        public System.Lazy<int?> FunctionNameMaxLength { get; }

        /// <summary>The properties this SDK build declares; read at the first grant.</summary>
        public ImmutableHashSet<string> AvailableMembers => _availableMembers.Value;

        /// <summary><c>Operation</c>, <c>OperationAsync</c> or <c>BeginOperation</c>.</summary>
        public bool IsSendName(string name) => System.Array.IndexOf(_sendNames, name) >= 0;
    }
}
