using System;
using System.Collections.Immutable;

namespace LambdaPermissionAnalyzers.Benchmarks.Corpus;

/// <summary>A kind of file a business application is made of; names the file after the class it declares.</summary>
internal sealed record FileShape(string ClassSuffix, Func<FeatureName, string> Render);

/// <summary>
/// The bodies of the feature files: an entity record and a class that works with it through LINQ, string
/// handling and collections. Every shape creates plenty of ordinary objects (<c>List&lt;T&gt;</c>,
/// <c>StringBuilder</c>, records, exceptions), which is what an ObjectCreation action is called for.
/// </summary>
internal static class FileShapes
{
    public static ImmutableArray<FileShape> All { get; } = ImmutableArray.Create(
        new FileShape("Service", Service),
        new FileShape("ReportBuilder", ReportBuilder),
        new FileShape("Validator", Validator),
        new FileShape("Repository", Repository),
        new FileShape("Mapper", Mapper));

    private static string Service(FeatureName name) => $$"""
        /// <summary>The {{name.Words}} as the business sees it.</summary>
        public sealed record {{name.Entity}}(Guid Id, string Name, string Category, Money Price, int Quantity, DateTimeOffset CreatedAt)
        {
            public Money Total => Price.Multiply(Quantity);
        }

        public sealed record {{name.Entity}}Summary(string Category, int Count, Money Total, string TopName);

        /// <summary>Keeps the {{name.Words}} entries of the running process and answers questions about them.</summary>
        public sealed class {{name.Entity}}Service
        {
            private readonly List<{{name.Entity}}> _items = new();
            private readonly Dictionary<string, List<{{name.Entity}}>> _byCategory = new(StringComparer.OrdinalIgnoreCase);

            public {{name.Entity}} Add(string name, string category, decimal price, int quantity, DateTimeOffset now)
            {
                Guard.NotEmpty(name, nameof(name));
                Guard.Positive(quantity, nameof(quantity));
                var item = new {{name.Entity}}(Guid.NewGuid(), name.Trim(), category, new Money(price, "USD"), quantity, now);
                _items.Add(item);
                if (!_byCategory.TryGetValue(category, out var list))
                {
                    list = new List<{{name.Entity}}>();
                    _byCategory.Add(category, list);
                }

                list.Add(item);
                return item;
            }

            public IReadOnlyList<{{name.Entity}}Summary> Summarize(int minimumCount)
            {
                return _items
                    .GroupBy(item => item.Category, StringComparer.OrdinalIgnoreCase)
                    .Where(group => group.Count() >= minimumCount)
                    .Select(group => new {{name.Entity}}Summary(
                        group.Key,
                        group.Count(),
                        group.Aggregate(Money.Zero("USD"), (sum, item) => sum.Add(item.Total)),
                        group.OrderByDescending(item => item.Quantity).First().Name))
                    .OrderBy(summary => summary.Category, StringComparer.Ordinal)
                    .ToList();
            }

            public PagedResult<{{name.Entity}}> Search(string term, int page, int pageSize)
            {
                var matches = _items
                    .Where(item => item.Name.Contains(term, StringComparison.OrdinalIgnoreCase))
                    .OrderByDescending(item => item.CreatedAt)
                    .ToList();
                return new PagedResult<{{name.Entity}}>(matches.Skip(page * pageSize).Take(pageSize).ToList(), page, pageSize, matches.Count);
            }

            public async Task<int> PruneAsync(TimeSpan maxAge, DateTimeOffset now, CancellationToken cancellationToken)
            {
                await Task.Yield();
                cancellationToken.ThrowIfCancellationRequested();
                var stale = new HashSet<Guid>(_items.Where(item => now - item.CreatedAt > maxAge).Select(item => item.Id));
                _items.RemoveAll(item => stale.Contains(item.Id));
                foreach (var list in _byCategory.Values)
                {
                    list.RemoveAll(item => stale.Contains(item.Id));
                }

                return stale.Count;
            }

            public string Describe()
            {
                var builder = new StringBuilder();
                builder.Append("{{name.Entity}}Service: ").Append(_items.Count).Append(" items in ").Append(_byCategory.Count).AppendLine(" categories");
                foreach (var pair in _byCategory.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    builder.AppendLine($"  {pair.Key}: {pair.Value.Count} ({pair.Value.Sum(item => item.Quantity)} units)");
                }

                return builder.ToString();
            }
        }
        """;

    private static string ReportBuilder(FeatureName name) => $$"""
        /// <summary>One row of the {{name.Words}} report.</summary>
        public sealed record {{name.Entity}}(Guid Id, string Name, string Region, Money Amount, DateOnly Date);

        /// <summary>Renders {{name.Words}} rows as CSV, Markdown and monthly totals.</summary>
        public sealed class {{name.Entity}}ReportBuilder
        {
            private static readonly string[] Columns = { "Id", "Name", "Region", "Amount", "Date" };
            private static readonly char[] CharactersToEscape = { ',', '"', '\n' };
            private readonly IReadOnlyList<{{name.Entity}}> _rows;

            public {{name.Entity}}ReportBuilder(IEnumerable<{{name.Entity}}> rows)
            {
                _rows = rows.ToList();
            }

            public string ToCsv()
            {
                var builder = new StringBuilder();
                builder.AppendLine(string.Join(",", Columns));
                foreach (var row in _rows.OrderBy(row => row.Date).ThenBy(row => row.Name, StringComparer.Ordinal))
                {
                    builder.Append(row.Id.ToString("N")).Append(',')
                        .Append(Escape(row.Name)).Append(',')
                        .Append(Escape(row.Region)).Append(',')
                        .Append(row.Amount.Amount.ToString("F2", CultureInfo.InvariantCulture)).Append(',')
                        .AppendLine(row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                return builder.ToString();
            }

            public IReadOnlyDictionary<string, decimal> TotalsByRegion() =>
                _rows.GroupBy(row => row.Region)
                    .ToDictionary(group => group.Key, group => group.Sum(row => row.Amount.Amount), StringComparer.OrdinalIgnoreCase);

            public string ToMarkdown(string title)
            {
                var lines = new List<string> { $"# {title}", string.Empty, "| Region | Count | Total |", "|---|---:|---:|" };
                lines.AddRange(_rows
                    .GroupBy(row => row.Region)
                    .OrderByDescending(group => group.Sum(row => row.Amount.Amount))
                    .Select(group => $"| {group.Key} | {group.Count()} | {group.Sum(row => row.Amount.Amount):F2} |"));
                return string.Join(Environment.NewLine, lines);
            }

            public IEnumerable<(DateOnly Month, decimal Total)> MonthlyTotals()
            {
                foreach (var group in _rows.GroupBy(row => new DateOnly(row.Date.Year, row.Date.Month, 1)).OrderBy(group => group.Key))
                {
                    yield return (group.Key, group.Sum(row => row.Amount.Amount));
                }
            }

            private static string Escape(string value)
            {
                if (value.IndexOfAny(CharactersToEscape) < 0)
                {
                    return value;
                }

                return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            }
        }
        """;

    private static string Validator(FeatureName name) => $$"""
        /// <summary>The {{name.Words}} as submitted by a client.</summary>
        public sealed record {{name.Entity}}(string Code, string Email, string? Notes, int Priority, IReadOnlyList<string> Tags);

        /// <summary>Checks and normalizes submitted {{name.Words}} values.</summary>
        public sealed class {{name.Entity}}Validator
        {
            private static readonly HashSet<string> ReservedCodes = new(StringComparer.OrdinalIgnoreCase) { "NONE", "TEST", "DEFAULT" };

            public Result<{{name.Entity}}> Validate({{name.Entity}} candidate)
            {
                var errors = new List<string>();
                if (string.IsNullOrWhiteSpace(candidate.Code))
                {
                    errors.Add("Code is required.");
                }
                else if (ReservedCodes.Contains(candidate.Code))
                {
                    errors.Add($"Code '{candidate.Code}' is reserved.");
                }
                else if (!candidate.Code.All(character => char.IsLetterOrDigit(character) || character == '-'))
                {
                    errors.Add("Code may contain only letters, digits and dashes.");
                }

                if (!IsEmail(candidate.Email))
                {
                    errors.Add($"'{candidate.Email}' is not an e-mail address.");
                }

                if (candidate.Priority is < 0 or > 10)
                {
                    errors.Add("Priority must be between 0 and 10.");
                }

                var duplicates = candidate.Tags
                    .GroupBy(tag => tag, StringComparer.OrdinalIgnoreCase)
                    .Where(group => group.Count() > 1)
                    .Select(group => group.Key)
                    .ToList();
                if (duplicates.Count > 0)
                {
                    errors.Add("Duplicate tags: " + string.Join(", ", duplicates));
                }

                return errors.Count == 0 ? Result<{{name.Entity}}>.Success(candidate) : Result<{{name.Entity}}>.Failure(errors);
            }

            public {{name.Entity}} Normalize({{name.Entity}} candidate) => candidate with
            {
                Code = candidate.Code.Trim().ToUpperInvariant(),
                Email = candidate.Email.Trim().ToLowerInvariant(),
                Notes = string.IsNullOrWhiteSpace(candidate.Notes) ? null : candidate.Notes.Trim(),
                Tags = candidate.Tags.Select(tag => tag.Trim()).Where(tag => tag.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            };

            public void EnsureValid({{name.Entity}} candidate)
            {
                var result = Validate(candidate);
                if (!result.IsSuccess)
                {
                    throw new ArgumentException(string.Join(Environment.NewLine, result.Errors), nameof(candidate));
                }
            }

            private static bool IsEmail(string value)
            {
                var at = value.IndexOf('@', StringComparison.Ordinal);
                return at > 0 && at < value.Length - 3 && value.IndexOf('.', at) > at + 1 && !value.Contains(' ', StringComparison.Ordinal);
            }
        }
        """;

    private static string Repository(FeatureName name) => $$"""
        /// <summary>The stored {{name.Words}}.</summary>
        public sealed record {{name.Entity}}(Guid Id, string Owner, string Status, DateTimeOffset UpdatedAt, int Version);

        /// <summary>An in-memory, thread-safe store of {{name.Words}} entries with a short change history.</summary>
        public sealed class {{name.Entity}}Repository
        {
            private const int HistoryLength = 100;
            private readonly ConcurrentDictionary<Guid, {{name.Entity}}> _store = new();
            private readonly object _historyLock = new();
            private readonly Queue<(Guid Id, string Change)> _history = new();

            public bool TryAdd({{name.Entity}} entity)
            {
                if (!_store.TryAdd(entity.Id, entity))
                {
                    return false;
                }

                Record(entity.Id, "added");
                return true;
            }

            public {{name.Entity}}? Find(Guid id) => _store.TryGetValue(id, out var entity) ? entity : null;

            public IReadOnlyList<{{name.Entity}}> ByOwner(string owner) => _store.Values
                .Where(entity => string.Equals(entity.Owner, owner, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(entity => entity.UpdatedAt)
                .ToList();

            public {{name.Entity}} UpdateStatus(Guid id, string status, DateTimeOffset now)
            {
                var updated = _store.AddOrUpdate(
                    id,
                    _ => throw new KeyNotFoundException($"{{name.Entity}} {id} does not exist."),
                    (_, current) => current with { Status = status, UpdatedAt = now, Version = current.Version + 1 });
                Record(id, $"status -> {status}");
                return updated;
            }

            public Dictionary<string, int> CountByStatus() => _store.Values
                .GroupBy(entity => entity.Status, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(group => group.Key, group => group.Count(), StringComparer.OrdinalIgnoreCase);

            public IReadOnlyList<string> RecentChanges(int count)
            {
                lock (_historyLock)
                {
                    return _history.Reverse().Take(count).Select(entry => $"{entry.Id:N}: {entry.Change}").ToList();
                }
            }

            private void Record(Guid id, string change)
            {
                lock (_historyLock)
                {
                    _history.Enqueue((id, change));
                    while (_history.Count > HistoryLength)
                    {
                        _history.Dequeue();
                    }
                }
            }
        }
        """;

    private static string Mapper(FeatureName name) => $$"""
        /// <summary>The {{name.Words}} with its lines.</summary>
        public sealed record {{name.Entity}}(Guid Id, string FirstName, string LastName, string Country, IReadOnlyList<{{name.Entity}}Line> Lines);

        public sealed record {{name.Entity}}Line(string Sku, int Quantity, decimal UnitPrice);

        /// <summary>The wire form of the {{name.Words}}.</summary>
        public sealed record {{name.Entity}}Dto(string Id, string DisplayName, string Country, decimal Total, int LineCount, IReadOnlyList<string> Skus);

        /// <summary>Converts {{name.Words}} values between their domain and wire forms.</summary>
        public static class {{name.Entity}}Mapper
        {
            public static {{name.Entity}}Dto ToDto({{name.Entity}} source)
            {
                var total = source.Lines.Sum(line => line.Quantity * line.UnitPrice);
                var skus = source.Lines.Select(line => line.Sku).Distinct().OrderBy(sku => sku, StringComparer.Ordinal).ToArray();
                return new {{name.Entity}}Dto(
                    source.Id.ToString("D"),
                    $"{source.FirstName} {source.LastName}".Trim(),
                    source.Country.ToUpperInvariant(),
                    decimal.Round(total, 2),
                    source.Lines.Count,
                    skus);
            }

            public static {{name.Entity}} FromDto({{name.Entity}}Dto dto, IReadOnlyDictionary<string, decimal> prices)
            {
                var names = dto.DisplayName.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var lines = dto.Skus
                    .Select(sku => new {{name.Entity}}Line(sku, 1, prices.TryGetValue(sku, out var price) ? price : 0m))
                    .ToList();
                return new {{name.Entity}}(
                    Guid.Parse(dto.Id),
                    names.Length > 0 ? names[0] : string.Empty,
                    names.Length > 1 ? names[1] : string.Empty,
                    dto.Country,
                    lines);
            }

            public static IReadOnlyList<{{name.Entity}}Dto> ToDtos(IEnumerable<{{name.Entity}}> sources) => sources.Select(ToDto).ToList();

            public static Dictionary<string, List<{{name.Entity}}Dto>> GroupByCountry(IEnumerable<{{name.Entity}}Dto> dtos)
            {
                var groups = new Dictionary<string, List<{{name.Entity}}Dto>>(StringComparer.OrdinalIgnoreCase);
                foreach (var dto in dtos)
                {
                    if (!groups.TryGetValue(dto.Country, out var list))
                    {
                        list = new List<{{name.Entity}}Dto>();
                        groups[dto.Country] = list;
                    }

                    list.Add(dto);
                }

                return groups;
            }

            public static string ToQueryString({{name.Entity}}Dto dto)
            {
                var pairs = new List<KeyValuePair<string, string>>
                {
                    new("id", dto.Id),
                    new("name", dto.DisplayName),
                    new("country", dto.Country),
                    new("total", dto.Total.ToString(CultureInfo.InvariantCulture)),
                };
                return string.Join("&", pairs.Select(pair => Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(pair.Value)));
            }
        }
        """;
}
