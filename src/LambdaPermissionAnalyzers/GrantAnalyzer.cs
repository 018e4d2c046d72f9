using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Readers;
using LambdaPermissionAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers;

/// <summary>
/// The package's one analyzer: at compilation start it resolves the AWS types (and registers nothing when
/// they are absent); then for every object creation of a grant type it reads the grant once and hands it
/// to each rule family.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GrantAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<GrantRule> Rules = ImmutableArray.Create<GrantRule>(
        new RequiredMembersRule(),
        new LatestQualifierRule(),
        new FunctionNameRule(),
        new ConfusedDeputyRule());

    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = CollectDescriptors();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (LambdaSymbols.TryCreate(start.Compilation) is not { } symbols)
            {
                return;
            }

            var reader = new AddPermissionRequestReader(symbols);
            start.RegisterOperationAction(
                operationContext =>
                {
                    if (reader.TryRead((IObjectCreationOperation)operationContext.Operation, operationContext.CancellationToken) is not { } grant)
                    {
                        return;
                    }

                    var ruleContext = new GrantRuleContext(operationContext.ReportDiagnostic);
                    foreach (var rule in Rules)
                    {
                        rule.Analyze(grant, ruleContext);
                    }
                },
                OperationKind.ObjectCreation);
        });
    }

    private static ImmutableArray<DiagnosticDescriptor> CollectDescriptors()
    {
        var builder = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        foreach (var rule in Rules)
        {
            builder.AddRange(rule.SupportedDiagnostics);
        }

        return builder.ToImmutable();
    }
}
