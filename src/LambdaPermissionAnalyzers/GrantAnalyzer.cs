using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using LambdaPermissionAnalyzers.Configuration;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Readers;
using LambdaPermissionAnalyzers.Roslyn;
using LambdaPermissionAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace LambdaPermissionAnalyzers;

/// <summary>
/// The package's one analyzer. At compilation start it resolves the AWS types once and registers nothing when
/// they are absent. Otherwise it registers three cheap operation actions, on object creations, simple assignments
/// and invocations, that ignore everything but grants (and calls to the compilation's methods that make, finish or
/// send grants, see <see cref="MethodSummaries"/>). The first such operation of a member body reads every grant of
/// that body once (<see cref="BodyReader"/>), runs the rules, places each finding on the innermost of those
/// operations that contains it, and caches the result; each action then reports its own operation's findings.
/// </summary>
/// <remarks>
/// Reporting from the operation that contains the location keeps every diagnostic local, which the IDE needs to
/// show it and offer its fix: a write such as <c>request.Qualifier = "$LATEST";</c> lies outside the <c>new</c>
/// expression, so the assignment reports it, and a literal passed to a method that sends it in a grant is reported
/// by that call. A finding that lies in another method is reported there by that method's own analysis, or, when
/// only this call causes it, on the call. (An operation-block-start design is local too, but its per-block
/// callbacks cost far more than these filters; see docs/benchmarks.md.)
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GrantAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => GrantRules.Descriptors;

    public override void Initialize(AnalysisContext context)
    {
        // Not Analyze: the driver never calls back in generated code (generated files, [GeneratedCode] members, #line hidden
        // regions), and every diagnostic lies in the body being analyzed, so none can land there. ReportDiagnostics then
        // spares each diagnostic the driver's check of where it lies, which binds every declaration of its file the first
        // time (a fifth of this analyzer's time on the benchmark project; see docs/benchmarks.md).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var readers = GrantReaders.Create(start.Compilation);
            if (readers.IsEmpty)
            {
                return;
            }

            var summaries = new MethodSummaries(start.Compilation, readers);
            var bodies = new BodyGrants(summaries, ProjectSettings.Create(start.Compilation, start.Options));
            start.RegisterOperationAction(bodies.OnObjectCreation, OperationKind.ObjectCreation);
            start.RegisterOperationAction(bodies.OnAssignment, OperationKind.SimpleAssignment, OperationKind.DeconstructionAssignment);
            start.RegisterOperationAction(bodies.OnInvocation, OperationKind.Invocation);
        });
    }

    /// <summary>The diagnostics of every grant of a member body, computed once per body and reported piece by piece.</summary>
    private sealed class BodyGrants
    {
        private readonly MethodSummaries _summaries;
        private readonly ProjectSettings _settings;
        private readonly ConditionalWeakTable<IOperation, DiagnosticsHolder> _byBody = new();
        private readonly ConditionalWeakTable<MethodSummary, HashSet<(string Id, Location Location)>> _ownFindings = new();

        public BodyGrants(MethodSummaries summaries, ProjectSettings settings)
        {
            _summaries = summaries;
            _settings = settings;
        }

        public void OnObjectCreation(OperationAnalysisContext context)
        {
            if (IsHost(context.Operation, context.CancellationToken))
            {
                Report(context);
            }
        }

        public void OnAssignment(OperationAnalysisContext context)
        {
            if (IsHost(context.Operation, context.CancellationToken))
            {
                // Initializer entries (implicit receiver) are reported with their creation.
                Report(context);
            }
        }

        public void OnInvocation(OperationAnalysisContext context)
        {
            if (IsHost(context.Operation, context.CancellationToken))
            {
                Report(context);
            }
        }

        private void Report(OperationAnalysisContext context)
        {
            var operation = context.Operation;
            var cancellationToken = context.CancellationToken;
            var holder = _byBody.GetValue(operation.Root(), body => Analyze(body, cancellationToken));
            foreach (var diagnostic in holder.For(operation))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        /// <summary>
        /// The operations whose actions report diagnostics: grant creations, writes (and deconstructions) to grant members outside an
        /// initializer, calls to methods of the compilation that make, finish or send grants, and calls that send a grant written in
        /// their arguments (<c>fn.GrantInvoke(principal.WithConditions(…))</c>: the conditions lie outside the principal's creation).
        /// </summary>
        private bool IsHost(IOperation operation, CancellationToken cancellationToken)
        {
            switch (operation)
            {
                case IObjectCreationOperation creation:
                    return _summaries.ReaderStarting(creation) is not null;
                case ISimpleAssignmentOperation assignment:
                    return _summaries.WritesGrantMember(assignment);
                case IDeconstructionAssignmentOperation deconstruction:
                    return _summaries.WritesGrantMember(deconstruction);
                case IInvocationOperation invocation:
                    if (_summaries.SendsGrantWrittenInArguments(invocation))
                    {
                        return true;
                    }

                    var callee = _summaries.Followable(invocation, cancellationToken);
                    if (callee is null)
                    {
                        return false;
                    }

                    _summaries.Seed(invocation.SemanticModel);
                    return _summaries.Get(callee, MethodSummaries.MaxLevels - 1, MethodSummaries.EmptyPath, cancellationToken) is { IsRelevant: true };
                default:
                    return false;
            }
        }

        /// <summary>Reads every grant of the body, runs the rules on them, and places each finding on the operation that reports it.</summary>
        private DiagnosticsHolder Analyze(IOperation body, CancellationToken cancellationToken)
        {
            var read = BodyReader.ReadAnalyzed(_summaries, body, cancellationToken);
            if (read.Grants.IsEmpty)
            {
                return DiagnosticsHolder.Empty;
            }

            var raw = RunRules(read, body.Syntax.SyntaxTree, cancellationToken);
            if (raw.Count == 0)
            {
                return DiagnosticsHolder.Empty;
            }

            var placed = new Placement(body, read, this, cancellationToken);
            var byHost = new Dictionary<IOperation, List<Diagnostic>>();
            var hosts = new List<IOperation>();
            foreach (var operation in body.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (operation.Kind is OperationKind.ObjectCreation or OperationKind.SimpleAssignment or OperationKind.DeconstructionAssignment or OperationKind.Invocation
                    && IsHost(operation, cancellationToken))
                {
                    hosts.Add(operation);
                }
            }

            var seen = new HashSet<(string, Location, string)>();
            foreach (var diagnostic in raw)
            {
                var final = placed.Place(diagnostic);
                var host = final is null ? null : InnermostHost(hosts, final.Location.SourceSpan);
                if (final is null || host is null || !seen.Add((final.Id, final.Location, final.GetMessage(System.Globalization.CultureInfo.InvariantCulture))))
                {
                    continue;
                }

                if (!byHost.TryGetValue(host, out var list))
                {
                    list = new List<Diagnostic>();
                    byHost.Add(host, list);
                }

                list.Add(final);
            }

            return new DiagnosticsHolder(byHost);
        }

        private List<Diagnostic> RunRules(BodyRead read, SyntaxTree tree, CancellationToken cancellationToken)
            => GrantRules.Run(read, _settings, tree, cancellationToken);

        /// <summary>What a summarized method's own analysis finds: a finding that lies there is reported there, not at its callers.</summary>
        private HashSet<(string Id, Location Location)> OwnFindings(MethodSummary summary, CancellationToken cancellationToken)
            => _ownFindings.GetValue(summary, s =>
            {
                var findings = new HashSet<(string, Location)>();
                foreach (var diagnostic in RunRules(s.Read, s.Body.Syntax.SyntaxTree, cancellationToken))
                {
                    findings.Add((diagnostic.Id, diagnostic.Location));
                }

                return findings;
            });

        private static IOperation? InnermostHost(List<IOperation> hosts, TextSpan span)
        {
            IOperation? best = null;
            foreach (var host in hosts)
            {
                if (host.Syntax.Span.Contains(span) && (best is null || best.Syntax.Span.Contains(host.Syntax.Span)))
                {
                    best = host;
                }
            }

            return best;
        }

        /// <summary>
        /// Decides where a finding is reported. A finding in the body stays (on an argument bound to a callee's parameter,
        /// its message names the callee). A finding that lies in another method (a factory, a helper, a method that sends
        /// the grant) is dropped when that method's own analysis reports it, and otherwise moved to the call.
        /// </summary>
        private readonly struct Placement
        {
            private readonly IOperation _body;
            private readonly BodyRead _read;
            private readonly BodyGrants _owner;
            private readonly Dictionary<Location, GrantWrite> _arguments;
            private readonly Dictionary<Location, CallOrigin> _elsewhere;
            private readonly CancellationToken _cancellationToken;

            public Placement(IOperation body, BodyRead read, BodyGrants owner, CancellationToken cancellationToken)
            {
                _cancellationToken = cancellationToken;
                _body = body;
                _read = read;
                _owner = owner;
                _arguments = new Dictionary<Location, GrantWrite>();
                _elsewhere = new Dictionary<Location, CallOrigin>();
                foreach (var grant in read.Grants)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (grant.Flow.Origin is { } origin)
                    {
                        _elsewhere[grant.Location] = origin;
                    }

                    foreach (var write in grant.Writes)
                    {
                        var via = write.Via;
                        if (via is null)
                        {
                            continue;
                        }

                        var location = write.ValueLocation;
                        if (write.IsArgument && Contains(location))
                        {
                            _arguments[location] = write;
                        }
                        else if (!_elsewhere.ContainsKey(location))
                        {
                            _elsewhere[location] = via;
                        }
                    }
                }
            }

            public Diagnostic? Place(Diagnostic diagnostic)
            {
                var location = diagnostic.Location;
                if (Contains(location))
                {
                    return _arguments.TryGetValue(location, out var write)
                        ? Relocated.Create(diagnostic, location, "'" + write.Value.Display() + "' is passed to " + write.Via!.Describe() + ": ", relocated: false)
                        : diagnostic;
                }

                if (!_elsewhere.TryGetValue(location, out var origin)
                    || !_read.Sources.TryGetValue(origin, out var summary)
                    || _owner.OwnFindings(summary, _cancellationToken).Contains((diagnostic.Id, location)))
                {
                    return null;
                }

                return Relocated.Create(diagnostic, origin.Call.Syntax.GetLocation(), "Through " + origin.Callee.Name + " (called here): ", relocated: true);
            }

            private bool Contains(Location location)
                => location.SourceTree == _body.Syntax.SyntaxTree && _body.Syntax.Span.Contains(location.SourceSpan);
        }
    }

    /// <summary>A body's diagnostics, by the operation whose action reports them.</summary>
    private sealed class DiagnosticsHolder
    {
        public static readonly DiagnosticsHolder Empty = new(null);

        private readonly Dictionary<IOperation, List<Diagnostic>>? _byHost;

        public DiagnosticsHolder(Dictionary<IOperation, List<Diagnostic>>? byHost) => _byHost = byHost;

        public IReadOnlyList<Diagnostic> For(IOperation host)
            => _byHost is not null && _byHost.TryGetValue(host, out var diagnostics) ? diagnostics : System.Array.Empty<Diagnostic>();
    }
}
