using System;
using System.Collections.Immutable;
using System.Threading;
using LambdaPermissionAnalyzers.Configuration;
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

    /// <summary>Whether the rule inspects grants of this kind (the security rules about principals only look at function statements).</summary>
    public virtual bool AppliesTo(GrantKind kind) => true;

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

/// <summary>What a rule may do while it inspects a grant: report, read the project's settings, and stop when analysis is cancelled.</summary>
internal readonly struct GrantRuleContext
{
    private readonly Action<Diagnostic> _report;
    private readonly ProjectSettings _settings;
    private readonly SyntaxTree _tree;

    public GrantRuleContext(Action<Diagnostic> report, ProjectSettings settings, SyntaxTree tree, CancellationToken cancellationToken)
    {
        _report = report;
        _settings = settings;
        _tree = tree;
        CancellationToken = cancellationToken;
    }

    /// <summary>The analysis context's token: the IDE cancels analysis on every keystroke; rules that loop check it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The compilation references a unit test framework.</summary>
    public bool IsTestProject => _settings.IsTestProject;

    public void Report(Diagnostic diagnostic) => _report(diagnostic);

    /// <summary>An option from .editorconfig or a global config, for the file being analyzed.</summary>
    public string? GetOption(string key) => _settings.GetOption(_tree, key);

    /// <summary>A boolean option, <paramref name="defaultValue"/> when unset or not a boolean.</summary>
    public bool GetFlag(string key, bool defaultValue) => _settings.GetFlag(_tree, key, defaultValue);
}
