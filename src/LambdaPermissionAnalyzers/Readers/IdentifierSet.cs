using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// A set of identifiers, found in a source text in one pass over its characters: each run of identifier characters is
/// compared, whole, with the names of its length. No string is allocated while searching, and a file is read a chunk at a
/// time, as <see cref="GrantFiles"/> reads it.
/// </summary>
internal sealed class IdentifierSet
{
    private const int ChunkLength = 4096;

    /// <summary>The names by their length (index): most runs of identifier characters have a length no name has.</summary>
    private readonly string[]?[] _byLength;
    private readonly int _longest;

    public IdentifierSet(IEnumerable<string> names)
    {
        var byLength = new Dictionary<int, List<string>>();
        foreach (var name in names)
        {
            if (name.Length == 0)
            {
                continue;
            }

            if (!byLength.TryGetValue(name.Length, out var list))
            {
                list = new List<string>();
                byLength.Add(name.Length, list);
            }

            list.Add(name);
            _longest = System.Math.Max(_longest, name.Length);
        }

        _byLength = new string[]?[_longest + 1];
        foreach (var pair in byLength)
        {
            _byLength[pair.Key] = pair.Value.ToArray();
        }
    }

    public bool IsEmpty => _longest == 0;

    /// <summary>Whether <paramref name="text"/> holds one of the names as a whole identifier (in code, a comment or a string alike).</summary>
    public bool AnyIn(SourceText text, CancellationToken cancellationToken)
    {
        if (IsEmpty)
        {
            return false;
        }

        var chunk = new char[ChunkLength];
        var current = new char[_longest];
        var length = 0;
        for (var start = 0; start < text.Length; start += ChunkLength)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = System.Math.Min(ChunkLength, text.Length - start);
            text.CopyTo(start, chunk, 0, count);
            for (var i = 0; i < count; i++)
            {
                var c = chunk[i];
                if (IsIdentifierCharacter(c))
                {
                    if (length < _longest)
                    {
                        current[length] = c;
                    }

                    length++;
                }
                else if (length > 0)
                {
                    if (Contains(current, length))
                    {
                        return true;
                    }

                    length = 0;
                }
            }
        }

        return length > 0 && Contains(current, length);
    }

    private bool Contains(char[] identifier, int length)
    {
        var names = length <= _longest ? _byLength[length] : null;
        if (names is null)
        {
            return false;
        }

        foreach (var name in names)
        {
            var same = true;
            for (var i = 0; i < length; i++)
            {
                if (name[i] != identifier[i])
                {
                    same = false;
                    break;
                }
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdentifierCharacter(char c)
        => c < 128
            ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            : char.IsLetterOrDigit(c);
}
