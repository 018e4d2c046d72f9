using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.Lambda;
using Amazon.Lambda.Model;

namespace Corpus.Broken.Depth;

partial class DepthDeployer
{
    static AddPermissionRequest Make(string p) => new() { Principal = p,

    static AddPermissionRequest F(string p) => F(p);
    static AddPermissionRequest G(string p) => H(p + ".amazonaws.com");
    static AddPermissionRequest H(string p) => G(p)
    static partial void Finish(AddPermissionRequest r);
    static extern void Seal(AddPermissionRequest r);
    static T Make<T>() where T : new() => new T();
    static T Make<T, U>(U seed) where T : AddPermissionRequest, new() => new T { StatementId = seed };
    static void Fill(ref AddPermissionRequest r) { r.StatementId = "AllowFill"; Fill(ref r); }
    static bool TryMake(out AddPermissionRequest r) => TryMake(out r) || (r = Make<AddPermissionRequest>()) is null;
    static void Ping(AddPermissionRequest r, int depth) { r.Principal = "s3.amazonaws.com"; Pong(r, depth - 1); }
    static void Pong(AddPermissionRequest r, int depth) { if (depth > 0) Ping(r, depth); r.SourceArn = ; }
    static void Name(AddPermissionRequest r, string id = "AllowDefault", params string[] suffixes) => r.StatementId = id + string.Join("-", suffixes;
    static AddPermissionRequest Wire(string principal, string arn = "arn:aws:s3:::orders-uploads", params string[] accounts)
        => new AddPermissionRequest { FunctionName = "orders", Principal = principal, SourceArn = arn, SourceAccount = accounts[0] };

    async Task DeployAsync(IAmazonLambda lambda, string[] arns, int depth)
    {
        for (var i = 0; i < arns.Length; i++)
            var grant = Make("s3.amazonaws.com") { StatementId = $"AllowS3-{i}" };
            await lambda.AddPermissionAsync(grant);

        foreach (var arn in undeclaredArns)
            await lambda.AddPermissionAsync(new AddPermissionRequest { FunctionName = "orders", StatementId = "AllowS3", Principal = "s3.amazonaws.com", SourceArn = arn });

        while (depth-- > 0)
            try { await lambda.AddPermissionAsync(G("events")); break; } catch { }
            await lambda.AddPermissionAsync(F());

        await lambda.AddPermissionAsync(Make("s3.amazonaws.com", "AllowS3", 3));
        await lambda.AddPermissionAsync(Wire());
        await lambda.AddPermissionAsync(Wire("s3.amazonaws.com", "arn:aws:s3:::orders-uploads", "381492765013", 240186593721));
        await lambda.AddPermissionAsync(Wire(principal: "s3.amazonaws.com", arn: x));
        await lambda.AddPermissionAsync(Wire(arn: "arn:aws:sns:eu-west-1:381492765013:orders", principal: "sns.amazonaws.com"));
        await lambda.AddPermissionAsync(Wire(accounts: "381492765013", principal: "s3.amazonaws.com"));
        await lambda.AddPermissionAsync(Wire(principal: "s3.amazonaws.com", "arn:aws:s3:::orders-uploads", principal: "sns.amazonaws.com"));
        await lambda.AddPermissionAsync(Wire(arn: null, accounts: new[] { "381492765013", null }, principal:));

        var made = Make<AddPermissionRequest>(1);
        var seeded = Make<AddPermissionRequest, string>("AllowSeeded");
        Finish(made);
        Seal(made)
        Fill(ref made);
        Fill(made);
        Fill(ref Make<AddPermissionRequest>());
        Name(made, suffixes: "a", "b");
        Name(made, id:, 1);
        Ping(made, depth: depth, r: made);
        await lambda.AddPermissionAsync(made);

        if (TryMake(out var tried)) await lambda.AddPermissionAsync(tried)
        if (TryMake(out AddPermissionRequest? again, 2)) await lambda.AddPermissionAsync(again);
        TryMake(ref seeded);

        foreach (var arn in arns) {
            var r = Make<AddPermissionRequest>();
            Fill(ref r);
            r.SourceArn = arn;
            await lambda.AddPermissionAsync(r);
        }

        do await lambda.AddPermissionAsync(H()); while (
    }
}

partial class DepthDeployer
{
    static partial void Finish(AddPermissionRequest r) { r.StatementId = 42; Finish(r); }

    static AddPermissionRequest Recurse(string p, int n) => n == 0 ? Make(p) : Recurse(p, n - 1, extra: true);

    static async Task WireAllAsync(IAmazonLambda lambda, params AddPermissionRequest[] grants)
    {
        foreach (var g in grants) Finish(g); await lambda.AddPermissionAsync(g);
        await WireAllAsync(lambda, Make("s3.amazonaws.com"), Wire("sns.amazonaws.com", "arn:aws:sns:eu-west-1:381492765013:orders"), 7);
        await WireAllAsync(lambda, grants: F("x"), G("y"));
    }

    static AddPermissionRequest Half(string principal, string arn) => new() { Principal = principal, SourceArn = arn, StatementId =
