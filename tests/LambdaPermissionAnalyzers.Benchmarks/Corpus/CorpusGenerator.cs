using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace LambdaPermissionAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Generates the benchmark's project: the shared kernel plus feature files up to the spec's file count,
/// always the same text for the same spec. With the SDK, the spec's number of feature files, spread evenly,
/// also declare a class that grants access to a Lambda function.
/// </summary>
internal static class CorpusGenerator
{
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

    public static GeneratedCorpus Generate(CorpusSpec spec)
    {
        var variant = spec.Variant;
        var grantCount = spec.Grants;
        var featureCount = spec.FileCount - CommonFiles.All.Length;
        if (featureCount < grantCount)
        {
            throw new InvalidOperationException("More grants than feature files.");
        }

        var files = ImmutableArray.CreateBuilder<SourceFile>(spec.FileCount);
        files.AddRange(CommonFiles.All);
        var expected = ImmutableArray.CreateBuilder<string>();
        var grants = 0;
        var grantSpacing = grantCount == 0 ? int.MaxValue : featureCount / grantCount;

        for (var index = 0; index < featureCount; index++)
        {
            var name = NameFor(index);
            var shape = FileShapes.All[(index + (index / Areas.Length)) % FileShapes.All.Length];
            GrantTemplate? grant = null;
            if (grants < grantCount && index % grantSpacing == grantSpacing / 2)
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

        if (grants != grantCount)
        {
            throw new InvalidOperationException($"Placed {grants} grants instead of {grantCount}.");
        }

        return new GeneratedCorpus(
            spec,
            files.MoveToImmutable(),
            expected.OrderBy(id => id, StringComparer.Ordinal).ToImmutableArray(),
            grants);
    }

    /// <summary>The feature's names; past the 500 distinct ones, each further round of names gets its own numbered namespaces.</summary>
    private static FeatureName NameFor(int index)
    {
        var (prefix, ns) = Areas[index % Areas.Length];
        var noun = Nouns[(index / Areas.Length) % Nouns.Length];
        var round = index / (Areas.Length * Nouns.Length);
        return new FeatureName(
            "Contoso." + ns + (round == 0 ? string.Empty : round.ToString(System.Globalization.CultureInfo.InvariantCulture)),
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
