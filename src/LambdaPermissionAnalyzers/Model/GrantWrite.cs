using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Model;

/// <summary>One assignment to a member of a grant: in an object initializer or a later property set.</summary>
internal sealed class GrantWrite
{
    public GrantWrite(string member, GrantValue value, IOperation valueOperation, IOperation assignment)
    {
        Member = member;
        Value = value;
        ValueOperation = valueOperation;
        Assignment = assignment;
    }

    /// <summary>The member name (see <see cref="GrantMembers"/>).</summary>
    public string Member { get; }

    public GrantValue Value { get; }

    /// <summary>The written expression: diagnostics about the value are reported on its syntax.</summary>
    public IOperation ValueOperation { get; }

    /// <summary>The whole assignment (initializer entry or expression statement's assignment).</summary>
    public IOperation Assignment { get; }

    public Location ValueLocation => ValueOperation.Syntax.GetLocation();
}
