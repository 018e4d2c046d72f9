using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Roslyn;

/// <summary>Walks over operations the readers and the analyzer share (nothing here knows about grants).</summary>
internal static class OperationExtensions
{
    /// <summary>The operation under any conversions (implicit, reference, nullable, user-defined).</summary>
    public static IOperation WithoutConversions(this IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>What <paramref name="operation"/> writes to: an assignment's or increment's target, or a <c>ref</c>/<c>out</c> argument.</summary>
    public static IOperation? WrittenTarget(this IOperation operation) => operation switch
    {
        IAssignmentOperation assignment => assignment.Target,
        IIncrementOrDecrementOperation increment => increment.Target,
        IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => argument.Value,
        _ => null,
    };

    /// <summary>The root of <paramref name="operation"/>'s tree: the member body (or initializer) it belongs to.</summary>
    public static IOperation Root(this IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    /// <summary>The innermost lambda, local function or member body that contains <paramref name="operation"/>.</summary>
    public static IOperation EnclosingFunction(this IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return parent;
            }

            operation = parent;
        }

        return operation;
    }
}
