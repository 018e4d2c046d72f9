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
    public static GrantFiles Find(Compilation compilation, string[] grantWords, CancellationToken cancellationToken)
    {
        var trees = new HashSet<SyntaxTree>();
        var methods = new List<(string Name, string Text, TextSpan Span, bool Mentions)>();
        var declarations = new List<(MethodDeclarationSyntax Method, string Text, string[] Words)>();
        var buffer = new char[4096];
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = tree.GetText(cancellationToken);
            if (!ContainsAny(source, grantWords, buffer))
            {
                continue;
            }

            trees.Add(tree);
            var text = source.ToString();
            var words = WordsOf(tree, grantWords, cancellationToken);
            foreach (var method in tree.GetRoot(cancellationToken).DescendantNodes(static node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax).OfType<MethodDeclarationSyntax>())
            {
                methods.Add((method.Identifier.ValueText, text, method.Span, ContainsAny(text, method.Span, words)));
                declarations.Add((method, text, words));
            }
        }

        // A local function is called by its own name. One that mentions a grant, or names a method that does, lies in a
        // method whose text does too: the methods found without them are the only ones walked for them (walking every
        // method cost more than the rest), then the names are found again with those local functions among the methods.
        var names = NamesOfMethodsThatTouchGrants(methods);
        var locals = 0;
        foreach (var (method, text, words) in declarations)
        {
            if (!names.Contains(method.Identifier.ValueText))
            {
                continue;
            }

            foreach (var node in method.DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is LocalFunctionStatementSyntax function)
                {
                    methods.Add((function.Identifier.ValueText, text, function.Span, ContainsAny(text, function.Span, words)));
                    locals++;
                }
            }
        }

        if (locals > 0)
        {
            names = NamesOfMethodsThatTouchGrants(methods);
        }

        return new GrantFiles(trees, names);
    }

    /// <summary>The methods that mention a grant, then the methods whose text names one of them, level by level.</summary>
    private static HashSet<string> NamesOfMethodsThatTouchGrants(List<(string Name, string Text, TextSpan Span, bool Mentions)> methods)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var method in methods)
        {
            if (method.Mentions)
            {
                names.Add(method.Name);
            }
        }

        for (var level = 1; level < MethodSummaries.MaxLevels; level++)
        {
            var added = new List<string>();
            var known = new string[names.Count];
            names.CopyTo(known);
            foreach (var method in methods)
            {
                if (!names.Contains(method.Name) && ContainsAny(method.Text, method.Span, known))
                {
                    added.Add(method.Name);
                }
            }

            if (added.Count == 0)
            {
                break;
            }

            names.UnionWith(added);
        }

        return names;
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
    private static string[] WordsOf(SyntaxTree tree, string[] grantWords, CancellationToken cancellationToken)
    {
        List<string>? words = null;
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes(static node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
        {
            if (node is UsingDirectiveSyntax { Alias: { } alias } directive && ContainsAny(directive.Name?.ToString() ?? string.Empty, grantWords))
            {
                (words ??= new List<string>(grantWords)).Add(alias.Name.Identifier.ValueText);
            }
        }

        return words?.ToArray() ?? grantWords;
    }

    private static bool ContainsAny(string text, string[] words) => ContainsAny(text, new TextSpan(0, text.Length), words);

    private static bool ContainsAny(string text, TextSpan span, string[] words)
    {
        foreach (var word in words)
        {
            if (text.IndexOf(word, span.Start, span.Length, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Searches a file's text: whole when it is small (the compiler keeps such a text as one string, which <c>ToString</c>
    /// hands over without copying), else a chunk at a time (chunks overlap by a word's length), without copying it whole.
    /// </summary>
    private static bool ContainsAny(SourceText text, string[] words, char[] buffer)
    {
        if (text.Length <= WholeTextLength)
        {
            return ContainsAny(text.ToString(), words);
        }

        var longest = 0;
        foreach (var word in words)
        {
            longest = Math.Max(longest, word.Length);
        }

        for (var start = 0; start < text.Length; start += buffer.Length - longest)
        {
            var count = Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            var chunk = new ReadOnlySpan<char>(buffer, 0, count);
            foreach (var word in words)
            {
                if (chunk.IndexOf(word.AsSpan()) >= 0)
                {
                    return true;
                }
            }

            if (start + count >= text.Length)
            {
                break;
            }
        }

        return false;
    }
}
