using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Model;

/// <summary>
/// One permission statement being written, as a reader saw it in code: every visible write to each member,
/// whether the statement is sent, and whether every write is visible. Rules inspect this and nothing else.
/// </summary>
internal sealed class Grant
{
    private readonly ImmutableArray<GrantWrite> _writes;
    private readonly ImmutableHashSet<string> _availableMembers;
    private readonly System.Lazy<int?>? _functionNameMaxLength;

    public Grant(
        GrantKind kind,
        Location location,
        ImmutableArray<GrantWrite> writes,
        Location? sendLocation,
        bool allWritesVisible,
        System.Lazy<int?>? functionNameMaxLength,
        ImmutableHashSet<string> availableMembers,
        bool isUnused = false,
        GrantFlowFacts? flow = null)
    {
        IsUnused = isUnused;
        Flow = flow ?? GrantFlowFacts.None;
        Kind = kind;
        Location = location;
        _writes = writes;
        SendLocation = sendLocation;
        AllWritesVisible = allWritesVisible;
        _functionNameMaxLength = functionNameMaxLength;
        _availableMembers = availableMembers;
    }

    public GrantKind Kind { get; }

    /// <summary>What the readers learned by following the grant through statement order, loops and calls.</summary>
    public GrantFlowFacts Flow { get; }

    /// <summary>Where the grant enters the method being analyzed, for ordering: its creation, or the call it comes from.</summary>
    public int Position => Flow.Origin?.Call.Syntax.SpanStart ?? Location.SourceSpan.Start;

    /// <summary>Where the grant is created: the type name of the <c>new</c> expression, or the factory call it comes from.</summary>
    public Location Location { get; }

    /// <summary>Every visible write, in source order.</summary>
    public ImmutableArray<GrantWrite> Writes => _writes;

    /// <summary>Passed to the API in the method that creates it.</summary>
    public bool IsSent => SendLocation is not null;

    /// <summary>Never sent and never handed anywhere: discarded, or a local that is only written.</summary>
    public bool IsUnused { get; }

    /// <summary>The call that sends the grant (the last one, when there are several).</summary>
    public Location? SendLocation { get; }

    /// <summary>
    /// Created and sent in one method, and nothing else could write a member before it is sent: it is not
    /// passed to another call, stored, returned, captured or passed by ref. Rules about something missing
    /// fire only then.
    /// </summary>
    public bool AllWritesVisible { get; }

    /// <summary>
    /// The FunctionName maximum length the referenced SDK declares (<c>[AWSProperty(Max=…)]</c>), when it does; read from
    /// the SDK's metadata the first time it is asked.
    /// </summary>
    public int? FunctionNameMaxLength => _functionNameMaxLength?.Value;

    /// <summary>Whether the referenced SDK's request type has the member (older builds lack the function URL members).</summary>
    public bool HasMember(string member) => _availableMembers.Contains(member);

    public GrantMember this[string member]
    {
        get
        {
            var builder = ImmutableArray.CreateBuilder<GrantWrite>();
            foreach (var write in _writes)
            {
                if (write.Member == member)
                {
                    builder.Add(write);
                }
            }

            return new GrantMember(member, builder.ToImmutable(), AllWritesVisible);
        }
    }

    /// <summary>The same grant with other writes and facts (binding a callee's grant to a call's arguments).</summary>
    public Grant With(ImmutableArray<GrantWrite> writes, Location location, GrantFlowFacts flow)
        => new(Kind, location, writes, SendLocation, AllWritesVisible, _functionNameMaxLength, _availableMembers, IsUnused, flow);

    /// <summary>The members the referenced SDK's type declares.</summary>
    public ImmutableHashSet<string> AvailableMembers => _availableMembers;
}
