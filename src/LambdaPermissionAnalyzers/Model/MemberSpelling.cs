using System;
using System.Collections.Generic;

namespace LambdaPermissionAnalyzers.Model;

/// <summary>
/// How one grant type spells the API's members, both ways: the readers turn a property into a member
/// (<see cref="ToMember"/>), the fixes and messages turn a member back into the property to write
/// (<see cref="ToProperty"/>). The SDK's requests use the API's names; CDK's types rename some
/// (<c>Permission.OrganizationId</c> is <c>PrincipalOrgID</c>) and have properties that are not statement members.
/// </summary>
internal sealed class MemberSpelling
{
    private readonly Dictionary<string, string>? _toMember;
    private readonly Dictionary<string, string>? _toProperty;

    private MemberSpelling(Dictionary<string, string>? toMember)
    {
        _toMember = toMember;
        if (toMember is not null)
        {
            _toProperty = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in toMember)
            {
                _toProperty.Add(pair.Value, pair.Key);
            }
        }
    }

    /// <summary>The API's own names: every property is the member of the same name.</summary>
    public static MemberSpelling Api { get; } = new(null);

    /// <summary>
    /// A type whose statement members are exactly <paramref name="members"/>, spelled as the API does, and
    /// <paramref name="renamed"/> (property, member) pairs; every other property is no member.
    /// </summary>
    public static MemberSpelling Only(string[] members, params (string Property, string Member)[] renamed)
    {
        var toMember = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            toMember.Add(member, member);
        }

        foreach (var (property, member) in renamed)
        {
            toMember.Add(property, member);
        }

        return new MemberSpelling(toMember);
    }

    /// <summary>The member <paramref name="property"/> writes, or <see langword="null"/> when it is not a statement member.</summary>
    public string? ToMember(string property)
        => _toMember is null ? property : _toMember.TryGetValue(property, out var member) ? member : null;

    /// <summary>The property that writes <paramref name="member"/>, or <see langword="null"/> when the type has none.</summary>
    public string? ToProperty(string member)
        => _toProperty is null ? member : _toProperty.TryGetValue(member, out var property) ? property : null;
}
