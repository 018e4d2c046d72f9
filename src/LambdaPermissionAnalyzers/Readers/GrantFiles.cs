using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// Where in the compilation's source a method can make, finish or send a grant, found from the text alone, once per
/// compilation: the files that mention a grant word (every grant type and send method name contains one), and in
/// them the names of the methods that mention one, or whose text names such a method (up to
/// <see cref="MethodSummaries.MaxLevels"/> calls deep). A call to any other name is not looked into, so most calls
/// cost one string lookup. Names only ever widen the set (a symbol check follows), never narrow what is read.
/// </summary>
internal sealed class GrantFiles
{
    /// <summary>Texts up to this length are searched whole: the compiler's own limit for keeping a text as one string (below the large object heap).</summary>
    private const int WholeTextLength = 40 * 1024;

    /// <summary>How much of a longer text is copied and searched at a time.</summary>
    private const int ChunkLength = 4096;

    private readonly HashSet<SyntaxTree> _trees;
    private readonly HashSet<string> _methodNames;

    private GrantFiles(HashSet<SyntaxTree> trees, HashSet<string> methodNames)
    {
        _trees = trees;
        _methodNames = methodNames;
    }

    /// <summary>Whether a method of <paramref name="tree"/> may touch grants.</summary>
    public bool Contains(SyntaxTree tree) => _trees.Contains(tree);

    /// <summary>Whether a method of this name may make, finish or send a grant.</summary>
    public bool MayDeclare(string methodName) => _methodNames.Contains(methodName);

    /// <param name="grantWords">Words every grant type and send method name of the readers contains (<see cref="IGrantReader.NameWords"/>).</param>
    /// <remarks>
    /// Each place a word (then, level by level, a name found at the level before) occurs in a file's text names the
    /// methods and local functions whose text holds it: the declarations the token there lies in. Only those few are
    /// looked at; walking every method of the files cost more than everything else here.
    /// </remarks>
    public static GrantFiles Find(Compilation compilation, string[] grantWords, CancellationToken cancellationToken)
    {
        var trees = new HashSet<SyntaxTree>();
        var files = new List<(SyntaxNode Root, SourceText Text)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var buffer = new char[ChunkLength];
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = tree.GetText(cancellationToken);
            if (!ContainsAny(text, grantWords, buffer))
            {
                continue;
            }

            trees.Add(tree);
            var root = tree.GetRoot(cancellationToken);
            files.Add((root, text));
            AddMethodsWhereAnyOccurs(root, text, WordsOf(root, grantWords), names, known: null, buffer, cancellationToken);
        }

        // The methods whose text names one found at the level before (a call, or a reference to it), up to the summaries' depth.
        var found = names;
        for (var level = 1; level < MethodSummaries.MaxLevels && found.Count > 0; level++)
        {
            var search = new string[found.Count];
            found.CopyTo(search);
            found = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (root, text) in files)
            {
                AddMethodsWhereAnyOccurs(root, text, search, found, known: names, buffer, cancellationToken);
            }

            names.UnionWith(found);
        }

        return new GrantFiles(trees, names);
    }

    /// <summary>
    /// Adds to <paramref name="into"/> the name of every method and local function whose text holds one of
    /// <paramref name="words"/>, unless <paramref name="known"/> has it already.
    /// </summary>
    private static void AddMethodsWhereAnyOccurs(SyntaxNode root, SourceText text, string[] words, HashSet<string> into, HashSet<string>? known, char[] buffer, CancellationToken cancellationToken)
    {
        foreach (var position in Occurrences(text, words, buffer))
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddMethodsAt(root, position, into, known);
        }
    }

    /// <summary>The methods and local functions whose text (their span, without the trivia around it) holds <paramref name="position"/>.</summary>
    private static void AddMethodsAt(SyntaxNode root, int position, HashSet<string> into, HashSet<string>? known)
    {
        for (var node = root.FindToken(position).Parent; node is not null and not BaseTypeDeclarationSyntax; node = node.Parent)
        {
            var name = node switch
            {
                MethodDeclarationSyntax method => method.Identifier.ValueText,
                LocalFunctionStatementSyntax function => function.Identifier.ValueText,
                _ => null,
            };
            if (name is not null && node.Span.Contains(position) && known?.Contains(name) != true)
            {
                into.Add(name);
            }
        }
    }

    /// <summary>The name a call is written with (<c>F</c>, <c>x.F</c>, <c>F&lt;T&gt;</c>, <c>x?.F</c>), when it has one.</summary>
    public static string? InvokedName(SyntaxNode syntax) => (syntax as InvocationExpressionSyntax)?.Expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The grant words, and the aliases a file's usings give grant types (<c>using Grant = Amazon.Lambda.Model.AddPermissionRequest;</c>).</summary>
    private static string[] WordsOf(SyntaxNode root, string[] grantWords)
    {
        List<string>? words = null;
        foreach (var node in root.DescendantNodes(static node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
        {
            if (node is UsingDirectiveSyntax { Alias: { } alias } directive && ContainsAny(directive.Name?.ToString() ?? string.Empty, grantWords))
            {
                (words ??= new List<string>(grantWords)).Add(alias.Name.Identifier.ValueText);
            }
        }

        return words?.ToArray() ?? grantWords;
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int Longest(string[] words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }

    /// <summary>Whether one of <paramref name="words"/> occurs in the text (see <see cref="Occurrences"/>).</summary>
    private static bool ContainsAny(SourceText text, string[] words, char[] buffer)
    {
        foreach (var _ in Occurrences(text, words, buffer))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// Where each of <paramref name="words"/> occurs in the text, word by word. A small text is searched whole (the compiler
    /// keeps it as one string, which <c>ToString</c> hands over without copying); a longer one a chunk at a time, copied
    /// into <paramref name="buffer"/>, each chunk starting a word's length before the end of the one before, so that no
    /// word is cut (one in that overlap is found twice).
    /// </summary>
    private static IEnumerable<int> Occurrences(SourceText text, string[] words, char[] buffer)
    {
        if (text.Length <= WholeTextLength)
        {
            var whole = text.ToString();
            foreach (var word in words)
            {
                for (var at = whole.IndexOf(word, StringComparison.Ordinal); at >= 0; at = whole.IndexOf(word, at + 1, StringComparison.Ordinal))
                {
                    yield return at;
                }
            }

            yield break;
        }

        var overlap = Longest(words);
        for (var start = 0; start < text.Length; start += buffer.Length - overlap)
        {
            var count = Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            foreach (var word in words)
            {
                for (var at = IndexOf(buffer, count, word, 0); at >= 0; at = IndexOf(buffer, count, word, at + 1))
                {
                    yield return start + at;
                }
            }

            if (start + count >= text.Length)
            {
                yield break;
            }
        }
    }

    /// <summary>Where <paramref name="word"/> occurs in the first <paramref name="count"/> characters of <paramref name="chunk"/>, from <paramref name="from"/> on.</summary>
    private static int IndexOf(char[] chunk, int count, string word, int from)
    {
        var at = new ReadOnlySpan<char>(chunk, from, count - from).IndexOf(word.AsSpan());
        return at < 0 ? -1 : from + at;
    }
}
