using System.Collections.Immutable;

namespace LambdaPermissionAnalyzers.Model;

/// <summary>What a grant is known to hold for one member: absent, or the merge of every write to it.</summary>
internal readonly struct GrantMember
{
    public GrantMember(string name, ImmutableArray<GrantWrite> writes, bool allWritesVisible)
    {
        Name = name;
        Writes = writes;
        IsAbsent = writes.IsEmpty && allWritesVisible;
        Value = Merge(writes);
    }

    public string Name { get; }

    /// <summary>Every visible write, in source order. A write inside a branch counts.</summary>
    public ImmutableArray<GrantWrite> Writes { get; }

    /// <summary>No write, and nothing else could have written the member (see <see cref="Grant.AllWritesVisible"/>).</summary>
    public bool IsAbsent { get; }

    /// <summary>
    /// The member's value when every write agrees on it; otherwise unknown. Unknown too when nothing is
    /// written but other code might have written it.
    /// </summary>
    public GrantValue Value { get; }

    /// <summary>Written at least once, or possibly written by code we cannot see.</summary>
    public bool MayBeSet => !IsAbsent;

    private static GrantValue Merge(ImmutableArray<GrantWrite> writes)
    {
        if (writes.IsEmpty)
        {
            return GrantValue.Unknown;
        }

        var first = writes[0].Value;
        for (var i = 1; i < writes.Length; i++)
        {
            var other = writes[i].Value;
            if (!first.IsKnown || !other.IsKnown || first.Text != other.Text)
            {
                return GrantValue.Unknown;
            }
        }

        return first;
    }
}
