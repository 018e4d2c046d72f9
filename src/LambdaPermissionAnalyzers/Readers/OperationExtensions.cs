using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>Walks over operations the readers and the analyzer share.</summary>
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
