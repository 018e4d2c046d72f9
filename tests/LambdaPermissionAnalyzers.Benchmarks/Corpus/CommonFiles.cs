using System.Collections.Immutable;

namespace LambdaPermissionAnalyzers.Benchmarks.Corpus;

/// <summary>
/// The shared kernel every feature file uses (<c>Contoso.Common</c>), so files bind across each other as in
/// a real project.
/// </summary>
internal static class CommonFiles
{
    public const string Namespace = "Contoso.Common";

    public static ImmutableArray<SourceFile> All { get; } = ImmutableArray.Create(
        new SourceFile("src/Contoso.Common/Money.cs", Money),
        new SourceFile("src/Contoso.Common/Result.cs", Result),
        new SourceFile("src/Contoso.Common/PagedResult.cs", PagedResult),
        new SourceFile("src/Contoso.Common/Guard.cs", Guard));

    private const string Money = """
        using System;
        using System.Globalization;

        namespace Contoso.Common;

        /// <summary>An amount in one currency.</summary>
        public readonly record struct Money(decimal Amount, string Currency)
        {
            public static Money Zero(string currency) => new(0m, currency);

            public Money Add(Money other)
            {
                if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Cannot add {other.Currency} to {Currency}.");
                }

                return new Money(Amount + other.Amount, Currency);
            }

            public Money Multiply(int factor) => new(Amount * factor, Currency);

            public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount:F2} {Currency}");
        }
        """;

    private const string Result = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace Contoso.Common;

        /// <summary>A value, or the reasons there is none.</summary>
        public sealed class Result<T>
        {
            private Result(T? value, IReadOnlyList<string> errors)
            {
                Value = value;
                Errors = errors;
            }

            public T? Value { get; }

            public IReadOnlyList<string> Errors { get; }

            public bool IsSuccess => Errors.Count == 0;

            public static Result<T> Success(T value) => new(value, Array.Empty<string>());

            public static Result<T> Failure(IEnumerable<string> errors) => new(default, errors.ToList());
        }
        """;

    private const string PagedResult = """
        using System.Collections.Generic;

        namespace Contoso.Common;

        /// <summary>One page of a longer result.</summary>
        public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
        {
            public int PageCount => PageSize == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;

            public bool HasNext => Page + 1 < PageCount;
        }
        """;

    private const string Guard = """
        using System;

        namespace Contoso.Common;

        /// <summary>Argument checks shared by the services.</summary>
        public static class Guard
        {
            public static void NotEmpty(string? value, string name)
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    throw new ArgumentException($"{name} must not be empty.", name);
                }
            }

            public static void Positive(int value, string name)
            {
                if (value <= 0)
                {
                    throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
                }
            }
        }
        """;
}
