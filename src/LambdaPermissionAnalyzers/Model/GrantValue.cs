using System;
using System.Collections.Immutable;
using System.Text;

namespace LambdaPermissionAnalyzers.Model;

/// <summary>How much of a written value is known at compile time.</summary>
internal enum ValueKind
{
    /// <summary>Nothing is known (a parameter, a field, a method result, ...). Never a violation.</summary>
    Unknown,

    /// <summary>The whole value is a compile-time constant (possibly <see langword="null"/>).</summary>
    Known,

    /// <summary>An interpolation or concatenation with literal parts and unknown holes.</summary>
    PartlyKnown,
}

/// <summary>
/// The value written to one member of a grant, as far as the compiler can know it.
/// A partly known value is a sequence of parts: literal text, or <see langword="null"/> for a hole.
/// </summary>
internal readonly struct GrantValue
{
    private GrantValue(ValueKind kind, string? text, ImmutableArray<string?> parts)
    {
        Kind = kind;
        Text = text;
        Parts = parts;
    }

    public static GrantValue Unknown { get; } = new(ValueKind.Unknown, null, ImmutableArray<string?>.Empty);

    public ValueKind Kind { get; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="ValueKind.Known"/>; <see langword="null"/> for a null write.</summary>
    public string? Text { get; }

    /// <summary>The literal parts and holes (<see langword="null"/>) of a partly known value.</summary>
    public ImmutableArray<string?> Parts { get; }

    public bool IsKnown => Kind == ValueKind.Known;

    public bool IsNull => Kind == ValueKind.Known && Text is null;

    /// <summary>The literal text the value certainly starts with ("" when it starts with a hole or is unknown).</summary>
    public string KnownPrefix => Kind switch
    {
        ValueKind.Known => Text ?? string.Empty,
        ValueKind.PartlyKnown => Parts[0] ?? string.Empty,
        _ => string.Empty,
    };

    /// <summary>The literal text the value certainly ends with ("" when it ends with a hole or is unknown).</summary>
    public string KnownSuffix => Kind switch
    {
        ValueKind.Known => Text ?? string.Empty,
        ValueKind.PartlyKnown => Parts[Parts.Length - 1] ?? string.Empty,
        _ => string.Empty,
    };

    public static GrantValue FromConstant(string? text) => new(ValueKind.Known, text, ImmutableArray<string?>.Empty);

    /// <summary>
    /// Builds a value from parts, merging adjacent literals: no hole gives a known value,
    /// no literal gives an unknown one.
    /// </summary>
    public static GrantValue FromParts(ImmutableArray<string?> parts)
    {
        var merged = ImmutableArray.CreateBuilder<string?>(parts.Length);
        var literal = new StringBuilder();
        var hasLiteral = false;
        var hasHole = false;
        foreach (var part in parts)
        {
            if (part is null)
            {
                if (literal.Length > 0)
                {
                    merged.Add(literal.ToString());
                    literal.Clear();
                }

                if (merged.Count == 0 || merged[merged.Count - 1] is not null)
                {
                    merged.Add(null);
                }

                hasHole = true;
            }
            else
            {
                literal.Append(part);
                hasLiteral |= part.Length > 0;
            }
        }

        if (!hasHole)
        {
            return FromConstant(literal.ToString());
        }

        if (literal.Length > 0)
        {
            merged.Add(literal.ToString());
        }

        return hasLiteral ? new GrantValue(ValueKind.PartlyKnown, null, merged.ToImmutable()) : Unknown;
    }

    /// <summary>The parts of this value for concatenation: a known value is one literal, an unknown one a hole.</summary>
    public ImmutableArray<string?> AsParts() => Kind switch
    {
        ValueKind.Known => ImmutableArray.Create<string?>(Text ?? string.Empty),
        ValueKind.PartlyKnown => Parts,
        _ => ImmutableArray.Create<string?>((string?)null),
    };

    public bool Equals(string value, StringComparison comparison) => Kind == ValueKind.Known && string.Equals(Text, value, comparison);

    /// <summary>For messages: the known text, or the literal parts with <c>{…}</c> for holes.</summary>
    public string Display()
    {
        switch (Kind)
        {
            case ValueKind.Known:
                return Text ?? "null";
            case ValueKind.PartlyKnown:
                var builder = new StringBuilder();
                foreach (var part in Parts)
                {
                    builder.Append(part ?? "{…}");
                }

                return builder.ToString();
            default:
                return "{…}";
        }
    }
}
