using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// Whether a send runs once per iteration of a loop (<c>for</c>, <c>foreach</c>, <c>while</c>, <c>do</c>, or a lambda run by
/// <c>List&lt;T&gt;.ForEach</c>, <c>Parallel.ForEach(Async)</c> or a <c>Select</c> that is awaited or enumerated), and which of the grant's
/// target and id members are the same on every iteration. A loop that may stop after the send (a <c>break</c>, a
/// <c>return</c>, a <c>goto</c>), a send whose failure is caught inside the loop, and a loop known to run at most
/// once do not repeat it.
/// </summary>
internal static class Loops
{
    /// <summary>The members whose sameness across iterations decides a repeated statement id.</summary>
    private static readonly string[] IdentityMembers =
    {
        GrantMembers.StatementId, GrantMembers.FunctionName, GrantMembers.Qualifier, GrantMembers.LayerName, GrantMembers.VersionNumber,
    };

    public static RepeatedSend? FindRepetition(IOperation send, IOperation origin, IReadOnlyList<GrantWrite> writes, CancellationToken cancellationToken)
    {
        var loop = FindLoop(send, out var iterationVariables, out var description);
        if (loop is null
            || RunsAtMostOnce(loop)
            || MayStopOrRetry(loop, send, cancellationToken))
        {
            return null;
        }

        var written = WrittenSymbols(loop, iterationVariables, cancellationToken);
        var same = ImmutableHashSet.CreateBuilder<string>();
        foreach (var member in IdentityMembers)
        {
            if (IsSameEveryIteration(member, writes, loop, written))
            {
                same.Add(member);
            }
        }

        string? counter = null;
        foreach (var variable in iterationVariables)
        {
            if (IsIntegral(variable))
            {
                counter = variable.Name;
                break;
            }
        }

        return new RepeatedSend(description, same.ToImmutable(), counter, loop);
    }

    /// <summary>The innermost loop around <paramref name="send"/> within its function, or the call that runs its lambda once per item.</summary>
    private static IOperation? FindLoop(IOperation send, out ImmutableArray<ISymbol> iterationVariables, out string description)
    {
        iterationVariables = ImmutableArray<ISymbol>.Empty;
        description = string.Empty;
        for (var current = send.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IForEachLoopOperation forEach:
                    iterationVariables = forEach.Locals.CastArray<ISymbol>();
                    description = "foreach";
                    return forEach;
                case IForLoopOperation forLoop:
                    iterationVariables = forLoop.Locals.CastArray<ISymbol>();
                    description = "for";
                    return forLoop;
                case IWhileLoopOperation whileLoop:
                    description = whileLoop.ConditionIsTop ? "while" : "do";
                    return whileLoop;
                case IAnonymousFunctionOperation lambda:
                    if (RunsPerItem(lambda) is { } call)
                    {
                        iterationVariables = lambda.Symbol.Parameters.CastArray<ISymbol>();
                        description = call.TargetMethod.ContainingType.Name + "." + call.TargetMethod.Name;
                        return call;
                    }

                    return null;
                case ILocalFunctionOperation:
                    return null;
            }
        }

        return null;
    }

    /// <summary><c>list.ForEach(x => …)</c>, <c>Parallel.ForEach(items, x => …)</c>, <c>Task.WhenAll(items.Select(async x => …))</c>.</summary>
    private static IInvocationOperation? RunsPerItem(IAnonymousFunctionOperation lambda)
    {
        IOperation current = lambda;
        while (current.Parent is IDelegateCreationOperation or IConversionOperation)
        {
            current = current.Parent;
        }

        if (current.Parent is not IArgumentOperation { Parent: IInvocationOperation call })
        {
            return null;
        }

        var method = call.TargetMethod;
        var type = method.ContainingType;
        switch (method.Name)
        {
            case "ForEach" when type.Name == "List" && IsIn(type, "System.Collections.Generic"):
            case "ForEach" or "ForEachAsync" when type.Name == "Parallel" && IsIn(type, "System.Threading.Tasks"):
                return call;
            case "Select" when type.Name == "Enumerable" && IsIn(type, "System.Linq") && IsAwaitedOrEnumerated(call):
                return call;
            default:
                return null;
        }
    }

    private static bool IsAwaitedOrEnumerated(IInvocationOperation select)
    {
        IOperation current = select;
        while (current.Parent is IConversionOperation)
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "WhenAll" } } => true,
            IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "ToList" or "ToArray" or "ToHashSet" or "ToDictionary" or "ToLookup" or "Count" or "LongCount" } enumerates } }
                when enumerates.ContainingType.Name == "Enumerable" && IsIn(enumerates.ContainingType, "System.Linq") => true,
            IForEachLoopOperation forEach => forEach.Collection.WithoutConversions() == select,
            _ => false,
        };
    }

    private static bool IsIn(INamedTypeSymbol type, string ns) => type.ContainingNamespace?.ToDisplayString() == ns;

    /// <summary><c>for (var i = 0; i &lt; 1; i++)</c>, <c>foreach</c> over one listed item, <c>while (false)</c>, <c>do … while (false)</c>.</summary>
    private static bool RunsAtMostOnce(IOperation loop)
    {
        switch (loop)
        {
            case IWhileLoopOperation { Condition.ConstantValue: { HasValue: true, Value: false } }:
                return true;
            case IForEachLoopOperation forEach:
                return forEach.Collection.WithoutConversions() switch
                {
                    IArrayCreationOperation { Initializer: { } items } => items.ElementValues.Length <= 1,
                    IObjectCreationOperation { Initializer: { } items } => items.Initializers.Length <= 1,
                    _ => false,
                };
            case IForLoopOperation { Condition: IBinaryOperation condition } forLoop
                when forLoop.Locals.Length == 1
                     && condition.LeftOperand.WithoutConversions() is ILocalReferenceOperation counter
                     && SymbolEqualityComparer.Default.Equals(counter.Local, forLoop.Locals[0])
                     && condition.RightOperand.ConstantValue.Value is int end
                     && InitialValue(forLoop) is int start:
                return condition.OperatorKind switch
                {
                    BinaryOperatorKind.LessThan => end - start <= 1,
                    BinaryOperatorKind.LessThanOrEqual => end - start <= 0,
                    _ => false,
                };
            default:
                return false;
        }
    }

    private static int? InitialValue(IForLoopOperation forLoop)
    {
        foreach (var before in forLoop.Before)
        {
            foreach (var operation in before.DescendantsAndSelf())
            {
                if (operation is IVariableDeclaratorOperation { Initializer.Value.ConstantValue: { HasValue: true, Value: int value } })
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>A way out of the loop (the next iteration may never come), or the send's failure caught inside the loop (a retry).</summary>
    private static bool MayStopOrRetry(IOperation loop, IOperation send, CancellationToken cancellationToken)
    {
        for (var current = send.Parent; current is not null && current != loop; current = current.Parent)
        {
            if (current is ITryOperation { Catches.Length: > 0 } tryOperation && tryOperation.Body.Syntax.Span.Contains(send.Syntax.Span))
            {
                return true;
            }
        }

        var exitLabel = (loop as ILoopOperation)?.ExitLabel;
        foreach (var operation in loop.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IBranchOperation { BranchKind: BranchKind.Break } branch when SymbolEqualityComparer.Default.Equals(branch.Target, exitLabel):
                case IBranchOperation { BranchKind: BranchKind.GoTo }:
                case IReturnOperation { Kind: OperationKind.Return or OperationKind.YieldBreak } when operation.EnclosingFunction() == send.EnclosingFunction() && loop is ILoopOperation:
                    return true;
            }
        }

        return false;
    }

    /// <summary>Symbols the loop declares or writes: their values may differ between iterations.</summary>
    private static HashSet<ISymbol> WrittenSymbols(IOperation loop, ImmutableArray<ISymbol> iterationVariables, CancellationToken cancellationToken)
    {
        var written = new HashSet<ISymbol>(iterationVariables, SymbolEqualityComparer.Default);
        foreach (var operation in loop.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is IVariableDeclaratorOperation declarator)
            {
                written.Add(declarator.Symbol);
            }
            else if (operation.WrittenTarget() is { } target)
            {
                AddTarget(written, target);
            }
        }

        return written;
    }

    private static void AddTarget(HashSet<ISymbol> written, IOperation target)
    {
        switch (target.WithoutConversions())
        {
            case ILocalReferenceOperation local:
                written.Add(local.Local);
                break;
            case IParameterReferenceOperation parameter:
                written.Add(parameter.Parameter);
                break;
            case IMemberReferenceOperation member:
                written.Add(member.Member);
                break;
            case ITupleOperation tuple:
                foreach (var element in tuple.Elements)
                {
                    AddTarget(written, element);
                }

                break;
            case IDeclarationExpressionOperation declaration:
                AddTarget(written, declaration.Expression);
                break;
        }
    }

    private static bool IsSameEveryIteration(string member, IReadOnlyList<GrantWrite> writes, IOperation loop, HashSet<ISymbol> written)
    {
        GrantWrite? only = null;
        foreach (var write in writes)
        {
            if (write.Member != member)
            {
                continue;
            }

            if (only is not null)
            {
                return false;
            }

            only = write;
        }

        if (only is null)
        {
            // Absent on every iteration.
            return true;
        }

        if (only.Via is not null && !only.IsArgument)
        {
            // Written by another method with its own value: the same when it is a constant.
            return only.Value.IsKnown;
        }

        var value = only.ValueOperation;
        if (value.Syntax.SyntaxTree != loop.Syntax.SyntaxTree || !loop.Syntax.Span.Contains(value.Syntax.Span))
        {
            // Written once, before the loop, on the object every iteration sends.
            return true;
        }

        return IsInvariant(value, written);
    }

    private static bool IsInvariant(IOperation value, HashSet<ISymbol> written)
    {
        value = value.WithoutConversions();
        if (value.ConstantValue.HasValue)
        {
            return true;
        }

        switch (value)
        {
            case ILocalReferenceOperation local:
                return !written.Contains(local.Local);
            case IParameterReferenceOperation parameter:
                return !written.Contains(parameter.Parameter);
            case IFieldReferenceOperation or IPropertyReferenceOperation { Arguments.Length: 0 }:
                var member = (IMemberReferenceOperation)value;
                return !written.Contains(member.Member)
                       && (member.Instance is null or IInstanceReferenceOperation || IsInvariant(member.Instance, written));
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole && !IsInvariant(hole.Expression, written))
                    {
                        return false;
                    }
                }

                return true;
            case IBinaryOperation binary:
                return IsInvariant(binary.LeftOperand, written) && IsInvariant(binary.RightOperand, written);
            default:
                return false;
        }
    }

    private static bool IsIntegral(ISymbol symbol)
    {
        var type = symbol switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };
        return type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64
            or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_SByte;
    }
}
