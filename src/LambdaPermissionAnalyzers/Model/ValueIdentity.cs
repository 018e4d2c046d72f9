using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Model;

/// <summary>Whether two members certainly hold the same value: both absent, both the same known value, or both read from the same symbol.</summary>
internal static class ValueIdentity
{
    public static bool Same(GrantMember left, GrantMember right)
    {
        if (left.IsAbsent || right.IsAbsent)
        {
            return left.IsAbsent && right.IsAbsent;
        }

        if (left.Writes.Length != 1 || right.Writes.Length != 1)
        {
            return false;
        }

        var a = left.Writes[0];
        var b = right.Writes[0];
        if (a.Value.IsKnown && b.Value.IsKnown)
        {
            return a.Value.Text == b.Value.Text;
        }

        return SameSymbolChain(a.ValueOperation, b.ValueOperation);
    }

    /// <summary><c>name</c> and <c>name</c>, <c>settings.FunctionName</c> and <c>settings.FunctionName</c>: the same symbols, read the same way.</summary>
    private static bool SameSymbolChain(IOperation left, IOperation right)
    {
        while (true)
        {
            left = Unwrap(left);
            right = Unwrap(right);
            switch (left, right)
            {
                case (ILocalReferenceOperation l, ILocalReferenceOperation r):
                    return SymbolEqualityComparer.Default.Equals(l.Local, r.Local);
                case (IParameterReferenceOperation l, IParameterReferenceOperation r):
                    return SymbolEqualityComparer.Default.Equals(l.Parameter, r.Parameter);
                case (IMemberReferenceOperation l, IMemberReferenceOperation r) when SymbolEqualityComparer.Default.Equals(l.Member, r.Member):
                    if (l.Instance is null || r.Instance is null)
                    {
                        return l.Instance is null && r.Instance is null;
                    }

                    if (l.Instance is IInstanceReferenceOperation && r.Instance is IInstanceReferenceOperation)
                    {
                        return true;
                    }

                    left = l.Instance;
                    right = r.Instance;
                    continue;
                default:
                    return false;
            }
        }
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { OperatorMethod: null } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
