using System.Text.RegularExpressions;

namespace LambdaPermissionAnalyzers.Tests.Readers;

/// <summary>
/// Which sends repeat once per iteration, and which statement ids stay the same across iterations (LPA0006 reports the
/// id of a grant sent on every iteration): each loop form beside its look-alikes (a type of the same name elsewhere, a
/// loop that runs at most once or may stop, a value the loop changes). <c>S(id, function)</c> sends a grant it builds;
/// <c>Send(id, function)</c> sends one that <c>R(id, function)</c> builds, so its values pass through two calls.
/// </summary>
public class LoopsTests
{
    private const string Id = "{|LPA0006:\"Allow\"|}";

    [Theory]
    [InlineData("foreach (var item in items) { await S(" + Id + "); }")]
    [InlineData("for (var i = 0; i < items.Count; i++) { await S(" + Id + "); }")]
    [InlineData("while (items.Count > 0) { await S(" + Id + "); items.RemoveAt(0); }")]
    [InlineData("do { await S(" + Id + "); items.RemoveAt(0); } while (items.Count > 0);")]
    [InlineData("items.ForEach(item => S(" + Id + ").Wait());")]
    [InlineData("Parallel.ForEach(items, item => S(" + Id + ").Wait());")]
    [InlineData("await Parallel.ForEachAsync(items, async (item, token) => await S(" + Id + "));")]
    [InlineData("await Task.WhenAll(items.Select(item => S(" + Id + ")));")]
    [InlineData("items.Select(item => S(" + Id + ")).ToList();")]
    [InlineData("items.Select(item => S(" + Id + ")).ToArray();")]
    [InlineData("items.Select(item => S(" + Id + ")).ToHashSet();")]
    [InlineData("items.Select(item => S(" + Id + ")).ToDictionary(task => task.Id);")]
    [InlineData("items.Select(item => S(" + Id + ")).ToLookup(task => task.Id);")]
    [InlineData("items.Select(item => S(" + Id + ")).Count();")]
    [InlineData("items.Select(item => S(" + Id + ")).LongCount();")]
    [InlineData("foreach (var task in items.Select(item => S(" + Id + "))) { await task; }")]
    public Task A_send_in_each_loop_form_repeats(string body) => VerifyLoopAsync(body);

    [Theory]
    [InlineData("var first = await items.Select(item => S(\"Allow\")).First();")]
    [InlineData("var lazy = items.Select(item => S(\"Allow\"));")]
    [InlineData("new Fake.List<string>().ForEach(item => S(\"Allow\").Wait());")]
    [InlineData("Fake.Parallel.ForEach(items, item => S(\"Allow\").Wait());")]
    [InlineData("Fake.Enumerable.Select(items, item => S(\"Allow\")).ToList();")]
    [InlineData("Fake.Enumerable.ToList(items.Select(item => S(\"Allow\")));")]
    [InlineData("Func<string, Task> grant = item => S(\"Allow\"); await grant(\"a\");")]
    public Task A_lambda_that_no_loop_runs_per_item_does_not_repeat(string body) => VerifyLoopAsync(body);

    [Theory]
    [InlineData("foreach (var item in new List<string> { \"a\" }) { await S(\"Allow\"); }")]
    [InlineData("foreach (var item in new[] { \"a\" }) { await S(\"Allow\"); }")]
    [InlineData("for (var i = 0; i < 1; i++) { await S(\"Allow\"); }")]
    [InlineData("for (var i = 1; i < 2; i++) { await S(\"Allow\"); }")]
    [InlineData("for (var i = 0; i <= 0; i++) { await S(\"Allow\"); }")]
    [InlineData("for (var i = 1; i <= 1; i++) { await S(\"Allow\"); }")]
    [InlineData("do { await S(\"Allow\"); } while (false);")]
    public Task A_loop_that_runs_at_most_once_does_not_repeat(string body) => VerifyLoopAsync(body);

    [Theory]
    [InlineData("foreach (var item in new List<string> { \"a\", \"b\" }) { await S(" + Id + "); }")]
    [InlineData("foreach (var item in new[] { \"a\", \"b\" }) { await S(" + Id + "); }")]
    [InlineData("for (var i = 0; i < 2; i++) { await S(" + Id + "); }")]
    [InlineData("for (var i = 0; i <= 1; i++) { await S(" + Id + "); }")]
    [InlineData("for (var i = 3; i > 0; i--) { await S(" + Id + "); }")]
    public Task A_loop_that_runs_twice_or_more_repeats(string body) => VerifyLoopAsync(body);

    [Theory]
    [InlineData("foreach (var item in items) { await S(\"Allow\"); if (item == \"last\") return; }")]
    [InlineData("foreach (var item in items) { await S(\"Allow\"); if (item == \"last\") break; }")]
    [InlineData("foreach (var item in items) { try { await S(\"Allow\"); } catch (Exception) { } }")]
    public Task A_loop_that_may_stop_or_retry_does_not_repeat(string body) => VerifyLoopAsync(body);

    [Theory]
    [InlineData("foreach (var item in items) { Func<int> f = () => { return 1; }; await S(" + Id + "); }")]
    [InlineData("foreach (var item in items) { foreach (var other in items) { break; } await S(" + Id + "); }")]
    [InlineData("foreach (var item in items) { try { await S(" + Id + "); } finally { } }")]
    public Task A_way_out_of_another_function_or_loop_or_a_try_without_catch_still_repeats(string body) => VerifyLoopAsync(body);

    // LPA0006 reports a known id only: the function name is what varies in these. SAME[f] and SEND[f] send a grant
    // built in place for function f, with the id "Allow" (SAME marks the id as reported); NEW[f] builds one.
    [Theory]
    [InlineData("foreach (var item in items) { SAME[fixedId] }")]
    [InlineData("foreach (var item in items) { SAME[_function] }")]
    [InlineData("foreach (var item in items) { SAME[this._function] }")]
    [InlineData("var other = this; foreach (var item in items) { SAME[other._function] }")]
    [InlineData("foreach (var item in items) { SAME[$\"orders-{fixedId}\"] }")]
    [InlineData("foreach (var item in items) { SAME[\"orders-\" + fixedId] }")]
    [InlineData("var function = \"orders\"; var request = NEW[function]; foreach (var item in items) { function = item; await lambda.AddPermissionAsync(request); }")]
    public Task A_value_the_loop_does_not_change_is_the_same_every_iteration(string body) => VerifyLoopAsync(body);

    [Theory]
    [InlineData("foreach (var item in items) { await S(\"Allow\", item); }")]
    [InlineData("foreach (var item in items) { SEND[item] }")]
    [InlineData("foreach (var item in items) { var function = \"orders\" + item.Length; SEND[function] }")]
    [InlineData("var function = \"orders\"; foreach (var item in items) { function = item; SEND[function] }")]
    [InlineData("foreach (var item in items) { fixedId = item; SEND[fixedId] }")]
    [InlineData("foreach (var item in items) { fixedId = item; await S(\"Allow\", fixedId); }")]
    [InlineData("foreach (var item in items) { _function = item; SEND[_function] }")]
    [InlineData("var other = this; foreach (var item in items) { other = new Deployer(); SEND[other._function] }")]
    [InlineData("string function = \"orders\"; int n; foreach (var item in items) { (function, n) = (item, 1); SEND[function] }")]
    [InlineData("foreach (var item in items) { var (function, n) = (item, 1); SEND[function] }")]
    [InlineData("foreach (var item in items) { SEND[names[0]] }")]
    [InlineData("foreach (var item in items) { SEND[$\"orders-{item}\"] }")]
    [InlineData("foreach (var item in items) { SEND[\"orders-\" + item] }")]
    [InlineData("foreach (var item in items) { SEND[item + \"-orders\"] }")]
    [InlineData("foreach (var item in items) { SEND[item.ToUpperInvariant()] }")]
    [InlineData("foreach (var item in items) { await Send(\"Allow\", item); }")]
    public Task A_value_the_loop_may_change_is_not_the_same(string body) => VerifyLoopAsync(body);

    private static Task VerifyLoopAsync(string body) => VerifyAnalyzerAsync($$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Deployer
        {
            private string _function = "orders";
            private IAmazonLambda lambda = null!;

            async Task GrantAsync(List<string> items, string fixedId, string[] names)
            {
                {{Expand(body)}}
            }

            Task<AddPermissionResponse> S(string id, string function = "orders")
                => lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = function, StatementId = id, Action = "lambda:InvokeFunction", Principal = "381492765013" });

            Task<AddPermissionResponse> Send(string id, string function)
                => lambda.AddPermissionAsync(R(id, function));

            static AddPermissionRequest R(string id, string function = "orders")
                => new AddPermissionRequest { FunctionName = function, StatementId = id, Action = "lambda:InvokeFunction", Principal = "381492765013" };
        }

        namespace Fake
        {
            class List<T> { public void ForEach(Action<T> action) { } }
            static class Parallel { public static void ForEach<T>(IEnumerable<T> items, Action<T> action) { } }
            static class Enumerable
            {
                public static IEnumerable<TResult> Select<T, TResult>(IEnumerable<T> items, Func<T, TResult> selector) => new TResult[0];
                public static int ToList<T>(IEnumerable<T> items) => 0;
            }
        }
        """);

    private static string Expand(string body)
    {
        const string Members = "StatementId = {0}, Action = \"lambda:InvokeFunction\", Principal = \"381492765013\"";
        string Request(string function, string id) => "new AddPermissionRequest { FunctionName = " + function + ", " + string.Format(Members, id) + " }";
        body = Regex.Replace(body, @"SAME\[(.*?)\] ", match => "await lambda.AddPermissionAsync(" + Request(match.Groups[1].Value, Id) + "); ");
        body = Regex.Replace(body, @"SEND\[(.*?)\] ", match => "await lambda.AddPermissionAsync(" + Request(match.Groups[1].Value, "\"Allow\"") + "); ");
        return Regex.Replace(body, @"NEW\[(.*?)\];", match => Request(match.Groups[1].Value, Id) + ";");
    }
}
