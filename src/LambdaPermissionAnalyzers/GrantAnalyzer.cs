using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Configuration;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Readers;
using LambdaPermissionAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers;

/// <summary>
/// The package's one analyzer. At compilation start it resolves the AWS types once and registers nothing when
/// they are absent. Otherwise it registers two cheap operation actions, on object creations and on simple
/// assignments, that ignore everything but grants. The first grant operation of a member body reads every grant
/// of that body once (<see cref="BodyGrants"/>), runs the rules, and caches the diagnostics; each action then
/// reports the diagnostics that lie inside its own operation.
/// </summary>
/// <remarks>
/// Reporting from the operation that contains the location keeps every diagnostic local, which the IDE needs to
/// show it and offer its fix: a write such as <c>request.Qualifier = "$LATEST";</c> lies outside the <c>new</c>
/// expression, so the assignment reports it. (An operation-block-start design is local too, but its per-block
/// callbacks cost far more than these two filters; see docs/benchmarks.md.)
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
        new FunctionUrlAuthTypeRule(),
        new PlaceholderValueRule(),
        new PublicLayerRule(),
        new CredentialedWildcardOriginRule(),
        new UnusedPermissionRule());

    private static readonly ImmutableArray<GrantSetRule> SetRules = ImmutableArray.Create<GrantSetRule>(
        new DuplicateStatementIdRule(),
        new FunctionUrlCompanionRule());

    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = CollectDescriptors();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var readers = ImmutableArray.CreateBuilder<IGrantReader>(2);
            if (LambdaSymbols.TryCreate(start.Compilation) is { } sdk)
            {
                readers.Add(new SdkRequestReader(sdk));
            }

            if (CdkSymbols.TryCreate(start.Compilation) is { } cdk)
            {
                readers.Add(new CdkReader(cdk));
            }

            if (readers.Count == 0)
            {
                return;
            }

            var bodies = new BodyGrants(readers.ToImmutable(), ProjectSettings.Create(start.Compilation, start.Options));
            start.RegisterOperationAction(bodies.OnObjectCreation, OperationKind.ObjectCreation);
            start.RegisterOperationAction(bodies.OnSimpleAssignment, OperationKind.SimpleAssignment);
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

    /// <summary>The diagnostics of every grant of a member body, computed once per body and reported piece by piece.</summary>
    private sealed class BodyGrants
    {
        private readonly ImmutableArray<IGrantReader> _readers;
        private readonly ProjectSettings _settings;
        private readonly ConditionalWeakTable<IOperation, DiagnosticsHolder> _byBody = new();
        private readonly ConditionalWeakTable<IOperation, DiagnosticsHolder>.CreateValueCallback _analyze;

        public BodyGrants(ImmutableArray<IGrantReader> readers, ProjectSettings settings)
        {
            _readers = readers;
            _settings = settings;
            _analyze = Analyze;
        }

        public void OnObjectCreation(OperationAnalysisContext context)
        {
            if (StartsGrant((IObjectCreationOperation)context.Operation))
            {
                ReportWithin(context, context.Operation);
            }
        }

        public void OnSimpleAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Instance: { } instance } property
                && instance.Kind != OperationKind.InstanceReference
                && IsWrittenType(property.Property.ContainingType))
            {
                // Initializer entries (implicit receiver) are reported with their creation.
                ReportWithin(context, assignment);
            }
        }

        private void ReportWithin(OperationAnalysisContext context, IOperation operation)
        {
            var span = operation.Syntax.Span;
            foreach (var diagnostic in _byBody.GetValue(GetBody(operation), _analyze).Diagnostics)
            {
                if (span.Contains(diagnostic.Location.SourceSpan))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }

        /// <summary>Reads every grant of the body and runs the rules on them.</summary>
        private DiagnosticsHolder Analyze(IOperation body)
        {
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

            var ruleContext = new GrantRuleContext(diagnostics.Add, _settings, body.Syntax.SyntaxTree);
            // Set rules compare the grants of one method: a lambda or local function is a method of its own.
            Dictionary<IOperation, List<Grant>>? byFunction = null;
            foreach (var operation in body.Descendants())
            {
                if (operation is IObjectCreationOperation creation && TryRead(creation) is { } grant)
                {
                    foreach (var rule in Rules)
                    {
                        if (rule.AppliesTo(grant.Kind))
                        {
                            rule.Analyze(grant, ruleContext);
                        }
                    }

                    byFunction ??= new Dictionary<IOperation, List<Grant>>();
                    var function = creation.EnclosingFunction();
                    if (!byFunction.TryGetValue(function, out var grants))
                    {
                        grants = new List<Grant>();
                        byFunction.Add(function, grants);
                    }

                    grants.Add(grant);
                }
            }

            if (byFunction is not null)
            {
                foreach (var grants in byFunction.Values)
                {
                    var inSourceOrder = grants.OrderBy(static grant => grant.Location.SourceSpan.Start).ToImmutableArray();
                    foreach (var rule in SetRules)
                    {
                        rule.Analyze(inSourceOrder, ruleContext);
                    }
                }
            }

            return new DiagnosticsHolder(diagnostics.ToImmutable());
        }

        private bool StartsGrant(IObjectCreationOperation creation)
        {
            foreach (var reader in _readers)
            {
                if (reader.IsGrantType(creation.Type))
                {
                    return reader.StartsGrant(creation);
                }
            }

            return false;
        }

        private bool IsWrittenType(ITypeSymbol? type)
        {
            foreach (var reader in _readers)
            {
                if (reader.IsWrittenType(type))
                {
                    return true;
                }
            }

            return false;
        }

        private Grant? TryRead(IObjectCreationOperation creation)
        {
            foreach (var reader in _readers)
            {
                if (reader.IsGrantType(creation.Type))
                {
                    return reader.TryRead(creation, CancellationToken.None);
                }
            }

            return null;
        }

        private static IOperation GetBody(IOperation operation)
        {
            while (operation.Parent is { } parent)
            {
                operation = parent;
            }

            return operation;
        }
    }

    private sealed class DiagnosticsHolder
    {
        public DiagnosticsHolder(ImmutableArray<Diagnostic> diagnostics) => Diagnostics = diagnostics;

        public ImmutableArray<Diagnostic> Diagnostics { get; }
    }
}
