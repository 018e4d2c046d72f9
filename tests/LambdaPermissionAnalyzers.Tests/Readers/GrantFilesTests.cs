using System;
using System.Linq;
using System.Threading;
using LambdaPermissionAnalyzers.Readers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LambdaPermissionAnalyzers.Tests.Readers;

/// <summary>
/// GrantFiles narrows, from the text alone, the files and method names the readers look into. It may only ever
/// widen: a file or method it misses is a grant the analyzer never reads. Plain unit tests over syntax trees.
/// </summary>
public class GrantFilesTests
{
    private const int Chunk = 4096;
    private static readonly string[] Words = ["Permission", "FunctionUrl", "GrantInvoke"];

    [Fact]
    public void A_file_that_mentions_no_word_is_left_out()
    {
        var (files, trees) = Find(Words, "class Orders { void Ship() { } }", "class Grants { object Make() => new AddPermissionRequest(); }");

        Assert.False(files.Contains(trees[0]));
        Assert.True(files.Contains(trees[1]));
        Assert.False(files.MayDeclare("Ship"));
        Assert.True(files.MayDeclare("Make"));
    }

    [Theory]
    [InlineData(0)]                    // the first character of the first chunk
    [InlineData(Chunk - 5)]            // across the first chunk's end: found in the overlap of the second
    [InlineData(Chunk - 8)]            // the last place the first chunk holds it whole
    [InlineData(3 * Chunk)]            // in a later chunk
    [InlineData(3 * Chunk + 100)]      // the text's last characters
    public void A_word_is_found_wherever_it_lies_in_the_text(int position)
    {
        // The chunks overlap by the longest word's length ("abcdefgh"), not the shortest's ("ab"). A text over 40K
        // characters is searched in chunks; a smaller one whole.
        foreach (var tail in new[] { 0, 40 * 1024 })
        {
            var text = new string(' ', position) + "abcdefgh" + new string(' ', 3 * Chunk + 100 - position + tail);
            var (files, trees) = Find(["ab!", "abcdefgh"], text);

            Assert.True(files.Contains(trees[0]));
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(Chunk + 10)]
    [InlineData(5 * Chunk)]
    [InlineData(50 * 1024)]
    public void A_file_of_any_length_without_a_word_is_left_out(int length)
    {
        var (files, trees) = Find(Words, "// " + new string('x', length));

        Assert.False(files.Contains(trees[0]));
    }

    [Fact]
    public void Methods_that_name_a_grant_method_are_found_up_to_the_summary_depth()
    {
        // Make mentions a grant type; each of the others calls the one before: the readers follow calls
        // MaxLevels deep, so the name of the method MaxLevels calls away from Make is not needed.
        Assert.Equal(3, MethodSummaries.MaxLevels);
        var (files, _) = Find(Words, """
            class Chain
            {
                object Make() => new AddPermissionRequest();
                object First() => Make();
                object Second() => First();
                object Third() => Second();
                object Unrelated() => new object();
            }
            """);

        Assert.True(files.MayDeclare("Make"));
        Assert.True(files.MayDeclare("First"));
        Assert.True(files.MayDeclare("Second"));
        Assert.False(files.MayDeclare("Third"));
        Assert.False(files.MayDeclare("Unrelated"));
    }

    [Fact]
    public void A_method_that_mentions_a_word_anywhere_in_its_text_is_found()
    {
        var (files, _) = Find(Words, """
            class Urls
            {
                void Configure(IFunction function) { function.AddFunctionUrl(null); }
                void Grant(IFunction function, IPrincipal principal) => function.GrantInvoke(principal);
                void Other() { }
            }
            """);

        Assert.True(files.MayDeclare("Configure"));
        Assert.True(files.MayDeclare("Grant"));
        Assert.False(files.MayDeclare("Other"));
    }

    [Fact]
    public void An_alias_of_a_grant_type_counts_as_a_word_of_its_file()
    {
        var (files, _) = Find(Words, """
            using G = Amazon.Lambda.Model.AddPermissionRequest;
            using Text = System.String;

            class Aliased
            {
                static G Make() => new G();
                static Text Name() => "orders";
            }
            """);

        Assert.True(files.MayDeclare("Make"));
        Assert.False(files.MayDeclare("Name"));
    }

    [Fact]
    public void An_alias_in_a_namespace_counts_too()
    {
        var (files, _) = Find(Words, """
            namespace Deploy
            {
                using G = Amazon.Lambda.Model.AddPermissionRequest;

                class Aliased
                {
                    static G Make() => new G();
                }
            }
            """);

        Assert.True(files.MayDeclare("Make"));
    }

    [Fact]
    public void Local_functions_are_found_by_what_they_mention_or_call()
    {
        var (files, _) = Find(Words, """
            class Locals
            {
                object Make() => new AddPermissionRequest();

                void Deploy()
                {
                    Build();
                    Log();

                    object Build() => Make();
                    void Log() { }
                }

                void Direct()
                {
                    Inner();
                    object Inner() => new AddPermissionRequest();
                }

                void Siblings()
                {
                    Outer();
                    object Outer() => Request();
                    object Request() => new AddPermissionRequest();
                }
            }
            """);

        Assert.True(files.MayDeclare("Build"));
        Assert.True(files.MayDeclare("Deploy"));
        Assert.True(files.MayDeclare("Inner"));
        Assert.False(files.MayDeclare("Log"));

        // A local function that calls a sibling that mentions a grant: the sibling is not a method of the type.
        Assert.True(files.MayDeclare("Request"));
        Assert.True(files.MayDeclare("Outer"));
    }

    [Fact]
    public void A_word_in_the_trivia_around_a_method_is_not_in_its_text()
    {
        var (files, _) = Find(Words, """
            class Documented
            {
                /// <summary>Unlike <c>AddPermissionRequest</c>, touches nothing.</summary>
                void Before() { } // AddPermissionRequest
                void After() { }
                object Make() => new AddPermissionRequest(); // Before
            }
            """);

        Assert.True(files.MayDeclare("Make"));
        Assert.False(files.MayDeclare("Before"));
        Assert.False(files.MayDeclare("After"));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(Chunk - 46)]       // "Make" in First across the first chunk's end (characters 4094 to 4097)
    [InlineData(3 * Chunk)]
    [InlineData(50 * 1024)]
    public void Names_are_found_in_every_part_of_a_long_file(int padding)
    {
        // Long files are searched a chunk at a time, both for the words and for the names found from them.
        var source = $$"""
            class Long
            {
                /*{{new string('x', padding)}}*/
                object First() => Make();
                /*{{new string('y', 45 * 1024)}}*/
                object Make() => new AddPermissionRequest();
                object Second() => First();
                object Unrelated() => new object();
            }
            """;
        var (files, _) = Find(Words, source);

        Assert.True(files.MayDeclare("Make"));
        Assert.True(files.MayDeclare("First"));
        Assert.True(files.MayDeclare("Second"));
        Assert.False(files.MayDeclare("Unrelated"));
    }

    [Fact]
    public void Names_found_in_one_file_are_searched_for_in_the_others()
    {
        var (files, _) = Find(
            Words,
            "class Factory { public static object Make() => new AddPermissionRequest(); }",
            "class Caller { object Grant() => Factory.Make(); } // Permission",
            "class Unseen { object Call() => Factory.Make(); }");

        Assert.True(files.MayDeclare("Grant"));

        // A file without a grant word is not searched: its methods are never followed (FindFollowable asks Contains first).
        Assert.False(files.MayDeclare("Call"));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var compilation = CSharpCompilation.Create("files", [CSharpSyntaxTree.ParseText("class C { }")]);

        Assert.ThrowsAny<OperationCanceledException>(() => GrantFiles.Find(compilation, Words, cancelled.Token));
    }

    private static (GrantFiles Files, SyntaxTree[] Trees) Find(string[] words, params string[] sources)
    {
        var trees = sources.Select(source => CSharpSyntaxTree.ParseText(source)).ToArray();
        var compilation = CSharpCompilation.Create("files", trees);
        return (GrantFiles.Find(compilation, words, CancellationToken.None), trees);
    }
}
