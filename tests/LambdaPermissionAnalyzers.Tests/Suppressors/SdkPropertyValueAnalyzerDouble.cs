using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaPermissionAnalyzers.Tests.Suppressors;

// The double mirrors another vendor's analyzer for tests only: it is never shipped, so release tracking (RS2008) and
// the rules for analyzer projects (RS1036) do not apply to it.
#pragma warning disable RS1036, RS2008

/// <summary>
/// A test double of the property-value analyzer AWSSDK.Lambda ships (not served by the registry here), built to behave
/// as it does (aws/aws-sdk-net, sdk/code-analysis/SharedAnalysisCode/AbstractPropertyValueAssignmentAnalyzer.cs): a
/// syntax-node action on simple assignments whose right-hand side is a literal; the target property's
/// <c>ToString()</c> (<c>Amazon.Lambda.Model.AddPermissionRequest.StatementId</c>) looks up a min, max and pattern;
/// a string shorter than min is <c>Lambda1000</c>, longer than max <c>Lambda1001</c>, and one whose first regex match
/// is not the whole value <c>Lambda1002</c>, each on the literal, as warnings.
/// The rules are those of an older AWSSDK.Lambda model: FunctionName of at most 140 characters without dots.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SdkPropertyValueAnalyzerDouble : DiagnosticAnalyzer
{
    private const string Category = "Property Values";

    public static readonly DiagnosticDescriptor TooShort = new("Lambda1000", "Property value too short", "Value \"{0}\" is too short for {1}, it must be at least {2} characters", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor TooLong = new("Lambda1001", "Property value too long", "Value \"{0}\" is too long for {1}, it must be at most {2} characters", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor Pattern = new("Lambda1002", "Property value does match required pattern", "Value \"{0}\" does not match required pattern \"{1}\" for property {2}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private const string OldFunctionName = "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";

    private static readonly Dictionary<string, (int? Min, int? Max, Regex? Pattern)> Rules = new(StringComparer.Ordinal)
    {
        ["Amazon.Lambda.Model.AddPermissionRequest.FunctionName"] = (1, 140, new Regex(OldFunctionName)),
        ["Amazon.Lambda.Model.AddPermissionRequest.StatementId"] = (1, 100, new Regex("([a-zA-Z0-9-_]+)")),
        ["Amazon.Lambda.Model.AddPermissionRequest.Action"] = (null, null, new Regex("(lambda:[*]|lambda:[a-zA-Z]+|[*])")),
        ["Amazon.Lambda.Model.AddPermissionRequest.Principal"] = (null, null, new Regex("[^\\s]+")),
        ["Amazon.Lambda.Model.AddPermissionRequest.SourceAccount"] = (null, 12, new Regex("\\d{12}")),
        ["Amazon.Lambda.Model.AddPermissionRequest.Qualifier"] = (1, 128, new Regex("(|[a-zA-Z0-9$_-]+)")),
        ["Amazon.Lambda.Model.RemovePermissionRequest.StatementId"] = (1, 100, new Regex("([a-zA-Z0-9-_]+)")),
        // Not a grant: the SDK checks it, the suppressor must leave it alone.
        ["Amazon.Lambda.Model.InvokeRequest.FunctionName"] = (1, 170, new Regex(OldFunctionName)),
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(TooShort, TooLong, Pattern);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.SimpleAssignmentExpression);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var assignment = (AssignmentExpressionSyntax)context.Node;
        if (assignment.Right is not LiteralExpressionSyntax literal
            || context.SemanticModel.GetConstantValue(literal) is not { HasValue: true, Value: string value }
            || context.SemanticModel.GetSymbolInfo(assignment.Left).Symbol is not IPropertySymbol property
            || !Rules.TryGetValue(property.ToString()!, out var rule))
        {
            return;
        }

        if (value.Length < rule.Min)
        {
            context.ReportDiagnostic(Microsoft.CodeAnalysis.Diagnostic.Create(TooShort, literal.GetLocation(), value, property.Name, rule.Min));
        }

        if (value.Length > rule.Max)
        {
            context.ReportDiagnostic(Microsoft.CodeAnalysis.Diagnostic.Create(TooLong, literal.GetLocation(), value, property.Name, rule.Max));
        }

        if (rule.Pattern is { } pattern && !string.Equals(pattern.Match(value).Value, value, StringComparison.Ordinal))
        {
            context.ReportDiagnostic(Microsoft.CodeAnalysis.Diagnostic.Create(Pattern, literal.GetLocation(), value, pattern.ToString(), property.Name));
        }
    }
}
