using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace LambdaPermissionAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Generates the benchmark's project: the shared kernel plus feature files up to <see cref="FileCount"/>,
/// always the same text for the same variant. In the "with grants" variant, <see cref="GrantCount"/> feature
/// files, spread evenly, also declare a class that grants access to a Lambda function.
/// </summary>
internal static class CorpusGenerator
{
    public const int FileCount = 500;

    public const int GrantCount = 20;

    private static readonly (string Prefix, string Namespace)[] Areas =
    {
        ("Order", "Orders"), ("Invoice", "Invoicing"), ("Shipment", "Shipping"), ("Customer", "Customers"),
        ("Product", "Catalog"), ("Price", "Pricing"), ("Return", "Returns"), ("Payment", "Payments"),
        ("Warehouse", "Warehousing"), ("Supplier", "Suppliers"), ("Promotion", "Marketing"), ("Review", "Reviews"),
        ("Loyalty", "Loyalty"), ("Subscription", "Subscriptions"), ("Notification", "Notifications"), ("Audit", "Auditing"),
        ("Tax", "Taxes"), ("Fulfillment", "Fulfillment"), ("Carrier", "Carriers"), ("Refund", "Refunds"),
        ("Quote", "Quotes"), ("Contract", "Contracts"), ("Ticket", "Support"), ("Booking", "Bookings"),
        ("Employee", "Staff"),
    };

    private static readonly string[] Nouns =
    {
        "Item", "Batch", "Entry", "Record", "Request", "Draft", "Snapshot", "Schedule", "Adjustment", "Allocation",
        "Assignment", "Event", "Note", "Plan", "Rule", "Slot", "Job", "Window", "Profile", "Change",
    };

    private static readonly string[] CommonUsings =
    {
        "System", "System.Collections.Concurrent", "System.Collections.Generic", "System.Globalization", "System.Linq",
        "System.Text", "System.Threading", "System.Threading.Tasks", CommonFiles.Namespace,
    };

    private static readonly string[] LambdaUsings = { "Amazon.Lambda", "Amazon.Lambda.Model" };

    public static GeneratedCorpus Generate(CorpusVariant variant)
    {
        var featureCount = FileCount - CommonFiles.All.Length;
        if (featureCount > Areas.Length * Nouns.Length)
        {
            throw new InvalidOperationException("Not enough distinct feature names for the requested file count.");
        }

        var files = ImmutableArray.CreateBuilder<SourceFile>(FileCount);
        files.AddRange(CommonFiles.All);
        var expected = ImmutableArray.CreateBuilder<string>();
        var grants = 0;
        var grantSpacing = featureCount / GrantCount;

        for (var index = 0; index < featureCount; index++)
        {
            var name = NameFor(index);
            var shape = FileShapes.All[(index + (index / Areas.Length)) % FileShapes.All.Length];
            GrantTemplate? grant = null;
            if (variant != CorpusVariant.WithoutLambdaSdk && index % grantSpacing == grantSpacing / 2 && grants < GrantCount)
            {
                grant = variant == CorpusVariant.WithGrantsThroughCalls && grants % 2 == 1
                    ? GrantTemplates.ThroughCalls[(grants / 2) % GrantTemplates.ThroughCalls.Length]
                    : GrantTemplates.All[grants % GrantTemplates.All.Length];
                expected.AddRange(grant.ExpectedDiagnostics);
                grants++;
            }

            files.Add(new SourceFile(
                $"src/{name.Namespace}/{name.Entity}{shape.ClassSuffix}.cs",
                RenderFile(name, shape, grant)));
        }

        if (variant != CorpusVariant.WithoutLambdaSdk && grants != GrantCount)
        {
            throw new InvalidOperationException($"Placed {grants} grants instead of {GrantCount}.");
        }

        return new GeneratedCorpus(
            variant,
            files.MoveToImmutable(),
            expected.OrderBy(id => id, StringComparer.Ordinal).ToImmutableArray(),
            grants);
    }

    private static FeatureName NameFor(int index)
    {
        var (prefix, ns) = Areas[index % Areas.Length];
        var noun = Nouns[index / Areas.Length];
        return new FeatureName(
            "Contoso." + ns,
            prefix + noun,
            prefix.ToLowerInvariant() + "-" + noun.ToLowerInvariant());
    }

    private static string RenderFile(FeatureName name, FileShape shape, GrantTemplate? grant)
    {
        var text = new StringBuilder();
        foreach (var ns in grant is null ? CommonUsings : CommonUsings.Concat(LambdaUsings))
        {
            text.Append("using ").Append(ns).AppendLine(";");
        }

        text.AppendLine()
            .Append("namespace ").Append(name.Namespace).AppendLine(";")
            .AppendLine()
            .AppendLine(shape.Render(name));

        if (grant is not null)
        {
            text.AppendLine().AppendLine(RenderGrantClass(name, grant));
        }

        return text.ToString();
    }

    private static string RenderGrantClass(FeatureName name, GrantTemplate grant) => $$"""
        /// <summary>Lets other services and accounts invoke the {{name.Words}} functions.</summary>
        public sealed class {{name.Entity}}LambdaAccess
        {
            private readonly IAmazonLambda _lambda;

            public {{name.Entity}}LambdaAccess(IAmazonLambda lambda)
            {
                _lambda = lambda;
            }

            public static {{name.Entity}}LambdaAccess CreateDefault() => new(new AmazonLambdaClient());

        {{grant.Render(name)}}
        }
        """;
}
