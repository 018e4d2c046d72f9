using System.Collections.Immutable;
using System.Threading;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// Reads a <see cref="Grant"/> from <c>new Amazon.Lambda.Model.AddPermissionRequest { … }</c>: the initializer,
/// later property sets on the local that holds it, and whether it reaches
/// <c>IAmazonLambda.AddPermission</c>/<c>AddPermissionAsync</c>/<c>BeginAddPermission</c> in the same method
/// without escaping first.
/// </summary>
internal sealed class AddPermissionRequestReader
{
    private readonly LambdaSymbols _symbols;
    private readonly int? _functionNameMaxLength;
    private readonly ImmutableHashSet<string> _availableMembers;

    public AddPermissionRequestReader(LambdaSymbols symbols)
    {
        _symbols = symbols;
        _functionNameMaxLength = symbols.GetDeclaredMaxLength(symbols.AddPermissionRequest, GrantMembers.FunctionName);
        _availableMembers = symbols.GetPropertyNames(symbols.AddPermissionRequest);
    }

    /// <summary>Whether objects of <paramref name="type"/> are grants this reader reads.</summary>
    public bool IsGrantType(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, _symbols.AddPermissionRequest);

    /// <summary>The grant written by <paramref name="creation"/>, or <see langword="null"/> when it creates something else.</summary>
    public Grant? TryRead(IObjectCreationOperation creation, CancellationToken cancellationToken)
    {
        if (!IsGrantType(creation.Type))
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
                    writes.Add(CreateWrite(property.Property.Name, assignment.Value, assignment));
                }
            }
        }

        var flow = TraceFlow(creation, writes, cancellationToken);
        return new Grant(
            GrantKind.AddPermissionRequest,
            GetTypeNameLocation(creation),
            writes.ToImmutable(),
            flow.Send?.Syntax.GetLocation(),
            flow.Send is not null && !flow.EscapesBeforeSend,
            _functionNameMaxLength,
            _availableMembers);
    }

    private GrantWrite CreateWrite(string member, IOperation value, IOperation assignment)
        => new(member, ValueReader.Read(value, _symbols), value, assignment);

    private static Location GetTypeNameLocation(IObjectCreationOperation creation) => creation.Syntax switch
    {
        ObjectCreationExpressionSyntax explicitNew => explicitNew.Type.GetLocation(),
        ImplicitObjectCreationExpressionSyntax targetTyped => targetTyped.NewKeyword.GetLocation(),
        var other => other.GetLocation(),
    };

    /// <summary>Where the created object goes: straight into a send, into a local, or somewhere we cannot follow.</summary>
    private Flow TraceFlow(IObjectCreationOperation creation, ImmutableArray<GrantWrite>.Builder writes, CancellationToken cancellationToken)
    {
        IOperation current = creation;
        while (current.Parent is IConversionOperation conversion)
        {
            current = conversion;
        }

        switch (current.Parent)
        {
            case IArgumentOperation { Parent: IInvocationOperation invocation } argument:
                return IsSend(invocation, argument) ? Flow.SentBy(invocation) : Flow.Escaped;

            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return TraceLocal(declarator.Symbol, creation, writes, cancellationToken);

            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == current:
                return TraceLocal(local.Local, creation, writes, cancellationToken);

            default:
                return Flow.Escaped;
        }
    }

    /// <summary>
    /// Follows every use of the local that holds the request within its function: property sets are writes,
    /// sends are sends, reads are harmless, and anything else (another call, a store, a return, a capture, a
    /// ref, a reassignment) is an escape.
    /// </summary>
    private Flow TraceLocal(ILocalSymbol local, IObjectCreationOperation creation, ImmutableArray<GrantWrite>.Builder writes, CancellationToken cancellationToken)
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

            switch (Classify(reference, creation))
            {
                case Use.Write:
                    var (member, value, assignment) = GetWrite(reference);
                    writes.Add(value is null
                        ? new GrantWrite(member, GrantValue.Unknown, assignment, assignment)
                        : CreateWrite(member, value, assignment));
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

    private Use Classify(ILocalReferenceOperation reference, IObjectCreationOperation creation)
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
                return IsSend(invocation, argument) ? Use.Send : Use.Escape;

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

    private bool IsSend(IInvocationOperation invocation, IArgumentOperation argument)
    {
        var method = invocation.TargetMethod;
        return method.Name is "AddPermission" or "AddPermissionAsync" or "BeginAddPermission"
               && argument.Parameter is { RefKind: RefKind.None } parameter
               && SymbolEqualityComparer.Default.Equals(parameter.Type, _symbols.AddPermissionRequest)
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
