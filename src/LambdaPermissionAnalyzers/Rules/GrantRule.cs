using System;
using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace LambdaPermissionAnalyzers.Rules;

/// <summary>
/// One family of rules: inspects a <see cref="Grant"/>, whatever reader built it, and reports through
/// <see cref="GrantRuleContext"/>. Rules never look at syntax or symbols themselves.
/// </summary>
internal abstract class GrantRule
{
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public abstract void Analyze(Grant grant, in GrantRuleContext context);
}

/// <summary>
/// A family of rules that compares the grants of one member body with each other (duplicate statement ids,
/// missing companion grants).
/// </summary>
internal abstract class GrantSetRule
{
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <param name="grants">The grants of one member body, in source order.</param>
    public abstract void Analyze(ImmutableArray<Grant> grants, in GrantRuleContext context);
}

/// <summary>What a rule may do while it inspects a grant.</summary>
internal readonly struct GrantRuleContext
{
    private readonly Action<Diagnostic> _report;

    public GrantRuleContext(Action<Diagnostic> report)
    {
        _report = report;
    }

    public void Report(Diagnostic diagnostic) => _report(diagnostic);
}
