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
