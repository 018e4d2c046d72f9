using System.Collections.Generic;
using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Readers;
using LambdaPermissionAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers;

/// <summary>
/// The package's one analyzer. At compilation start it resolves the AWS types once and registers nothing when
/// they are absent. Otherwise, per member body, it collects the object creations of grant types; at the end of
/// the body it reads each grant once and hands it to every rule family.
/// </summary>
/// <remarks>
/// Reporting at the end of the operation block (rather than from the object-creation action) keeps every
/// diagnostic local to the member: a write such as <c>request.Qualifier = "$LATEST";</c> lies outside the
/// <c>new</c> expression, and the IDE only shows, and offers fixes for, diagnostics local to what it analyzed.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GrantAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<GrantRule> Rules = ImmutableArray.Create<GrantRule>(
        new RequiredMembersRule(),
        new LatestQualifierRule(),
        new FunctionNameRule(),
        new InvalidValueRule(),
        new ConflictingQualifierRule(),
        new IneffectiveMemberRule(),
        new ConfusedDeputyRule(),
        new SourceArnAccountRule(),
        new MismatchedSourceRule(),
        new PublicPrincipalRule(),
        new WildcardActionRule(),
        new WildcardSourceArnRule(),
        new PublicFunctionUrlRule(),
        new FunctionUrlAuthTypeRule());

    private static readonly ImmutableArray<GrantSetRule> SetRules = ImmutableArray.Create<GrantSetRule>(
        new DuplicateStatementIdRule());

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
            start.RegisterOperationBlockStartAction(blockStart =>
            {
                var block = new BlockGrants(reader);
                blockStart.RegisterOperationAction(block.OnObjectCreation, OperationKind.ObjectCreation);
                blockStart.RegisterOperationBlockEndAction(block.OnBlockEnd);
            });
        });
    }

    private static ImmutableArray<DiagnosticDescriptor> CollectDescriptors()
    {
        var builder = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        foreach (var rule in Rules)
        {
            builder.AddRange(rule.SupportedDiagnostics);
        }

        foreach (var rule in SetRules)
        {
            builder.AddRange(rule.SupportedDiagnostics);
        }

        return builder.ToImmutable();
    }

    /// <summary>The grant creations of one member body; analyzed when the body is done.</summary>
    private sealed class BlockGrants
    {
        private readonly AddPermissionRequestReader _reader;
        private readonly object _gate = new();
        private List<IObjectCreationOperation>? _creations;

        public BlockGrants(AddPermissionRequestReader reader)
        {
            _reader = reader;
        }

        public void OnObjectCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (_reader.IsGrantType(creation.Type))
            {
                lock (_gate)
                {
                    (_creations ??= new List<IObjectCreationOperation>()).Add(creation);
                }
            }
        }

        public void OnBlockEnd(OperationBlockAnalysisContext context)
        {
            List<IObjectCreationOperation>? creations;
            lock (_gate)
            {
                creations = _creations;
            }

            if (creations is null)
            {
                return;
            }

            var ruleContext = new GrantRuleContext(context.ReportDiagnostic);
            var grants = ImmutableArray.CreateBuilder<Grant>(creations.Count);
            foreach (var creation in creations)
            {
                if (_reader.TryRead(creation, context.CancellationToken) is not { } grant)
                {
                    continue;
                }

                grants.Add(grant);
                foreach (var rule in Rules)
                {
                    rule.Analyze(grant, ruleContext);
                }
            }

            if (grants.Count > 1)
            {
                var inSourceOrder = grants.ToImmutable().Sort(static (a, b) => a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start));
                foreach (var rule in SetRules)
                {
                    rule.Analyze(inSourceOrder, ruleContext);
                }
            }
        }
    }
}
