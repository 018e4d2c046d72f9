using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using LambdaPermissionAnalyzers.Configuration;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Readers;
using LambdaPermissionAnalyzers.Rules;
using LambdaPermissionAnalyzers.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaPermissionAnalyzers.Suppressors;

/// <summary>
/// One finding per mistake beside the AWS SDK's own analyzer. AWSSDK.Lambda ships a property-value analyzer that
/// reports <c>Lambda1000</c> (too short), <c>Lambda1001</c> (too long) and <c>Lambda1002</c> (pattern) on a literal
/// assigned to a request member. On a member of a Lambda grant this suppressor hides them when an LPA rule already
/// reports that value (LPA0002, LPA0003 or LPA0004, turned on for the file), or when the value meets the Lambda API's
/// own constraint for the member, which the package checks with LPA0003 or LPA0004 turned on (the SDK's pattern or
/// length can be older or stricter).
/// Anything else (a request that is not a grant, a write the readers do not see, a member with no known constraint)
/// keeps its warning.
/// </summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class SdkPropertyValueSuppressor : DiagnosticSuppressor
{
    /// <summary>The AWS SDK's ids, each with the suppression when an LPA rule reports the value, and when the API accepts it.</summary>
    private static readonly ImmutableDictionary<string, (SuppressionDescriptor Reported, SuppressionDescriptor Accepted)> BySdkId =
        ImmutableDictionary.CreateRange(new[]
        {
            Pair("Lambda1000", "too short", RuleIds.Suppressions.SdkTooShortReported, RuleIds.Suppressions.SdkTooShortAccepted),
            Pair("Lambda1001", "too long", RuleIds.Suppressions.SdkTooLongReported, RuleIds.Suppressions.SdkTooLongAccepted),
            Pair("Lambda1002", "not of the required pattern", RuleIds.Suppressions.SdkPatternReported, RuleIds.Suppressions.SdkPatternAccepted),
        });

    /// <summary>The rules that say the API rejects a value: a finding of theirs on the literal is the same mistake.</summary>
    private static readonly ImmutableHashSet<string> ValueRules = ImmutableHashSet.Create(
        RuleIds.PermissionOnLatest, RuleIds.InvalidFunctionName, RuleIds.InvalidMemberValue);

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = CreateSupported();

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var readers = GrantReaders.Create(context.Compilation);
        if (readers.IsEmpty)
        {
            return;
        }

        var checker = new Checker(context, readers);
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (BySdkId.TryGetValue(diagnostic.Id, out var suppressions) && checker.Verdict(diagnostic) is { } reported)
            {
                context.ReportSuppression(Suppression.Create(reported ? suppressions.Reported : suppressions.Accepted, diagnostic));
            }
        }
    }

    private static KeyValuePair<string, (SuppressionDescriptor, SuppressionDescriptor)> Pair(string sdkId, string what, string reportedId, string acceptedId)
        => new(sdkId, (
            new SuppressionDescriptor(reportedId, sdkId, $"The value is {what} for the AWS SDK, and a LambdaPermissionAnalyzers rule (LPA0002, LPA0003 or LPA0004) already reports it on the same member: one finding per mistake"),
            new SuppressionDescriptor(acceptedId, sdkId, $"The value is {what} for the AWS SDK's model, but it meets the Lambda API's constraint for this member, which LambdaPermissionAnalyzers checks")));

    private static ImmutableArray<SuppressionDescriptor> CreateSupported()
    {
        var builder = ImmutableArray.CreateBuilder<SuppressionDescriptor>();
        foreach (var pair in BySdkId.Values)
        {
            builder.Add(pair.Reported);
            builder.Add(pair.Accepted);
        }

        return builder.ToImmutable();
    }

    /// <summary>Reads the bodies that hold the SDK's findings, once each, and judges each finding.</summary>
    private sealed class Checker
    {
        private readonly SuppressionAnalysisContext _context;
        private readonly MethodSummaries _summaries;
        private readonly ProjectSettings _settings;
        private readonly Dictionary<IOperation, (BodyRead Read, List<Diagnostic> Findings)> _bodies = new();

        public Checker(SuppressionAnalysisContext context, ImmutableArray<IGrantReader> readers)
        {
            _context = context;
            _summaries = new MethodSummaries(context.Compilation, readers);
            _settings = ProjectSettings.Create(context.Compilation, context.Options);
        }

        /// <summary><see langword="true"/>: an LPA rule reports the value; <see langword="false"/>: the API accepts it; <see langword="null"/>: keep the warning.</summary>
        public bool? Verdict(Diagnostic diagnostic)
        {
            var cancellationToken = _context.CancellationToken;
            if (diagnostic.Location is not { IsInSource: true, SourceTree: { } tree } location)
            {
                return null;
            }

            var node = tree.GetRoot(cancellationToken).FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            if (node is not LiteralExpressionSyntax { Parent: AssignmentExpressionSyntax assignment } literal || assignment.Right != literal)
            {
                return null;
            }

            var semanticModel = _context.GetSemanticModel(tree);
            var operation = semanticModel.GetOperation(literal, cancellationToken);
            if (operation is null)
            {
                return null;
            }

            var (read, findings) = Read(operation.Root(), tree, cancellationToken);
            var found = Write(read, location);
            if (found is null)
            {
                return null;
            }

            var rejected = false;
            foreach (var finding in findings)
            {
                if (ValueRules.Contains(finding.Id) && finding.Location == location)
                {
                    if (RuleSeverity.IsEnabled(finding.Descriptor, tree, _context.Compilation, _context.Options, cancellationToken))
                    {
                        return true;
                    }

                    rejected = true;
                }
            }

            // No rule says the API rejects it: accepted, if the package knows the member's constraint and the rule
            // that checks it is on (with the rule off, or in the None analysis mode, the SDK's warnings stand).
            var (grant, write) = found.Value;
            var checkedBy = write.Member == GrantMembers.FunctionName ? FunctionNameRule.Descriptor
                : MemberConstraint.For(grant.Kind, write.Member) is not null ? InvalidValueRule.Descriptor
                : null;
            return !rejected && checkedBy is not null && write.Value.IsKnown
                && RuleSeverity.IsEnabled(checkedBy, tree, _context.Compilation, _context.Options, cancellationToken)
                ? false
                : null;
        }

        private (BodyRead Read, List<Diagnostic> Findings) Read(IOperation body, SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (!_bodies.TryGetValue(body, out var result))
            {
                var read = BodyReader.ReadAnalyzed(_summaries, body, cancellationToken);
                result = (read, read.Grants.IsEmpty ? new List<Diagnostic>() : GrantRules.Run(read, _settings, tree, cancellationToken));
                _bodies.Add(body, result);
            }

            return result;
        }

        /// <summary>The grant write whose value is the literal at <paramref name="location"/>, when a reader sees it.</summary>
        private static (Grant Grant, GrantWrite Write)? Write(BodyRead read, Location location)
        {
            foreach (var grant in read.Grants)
            {
                foreach (var write in grant.Writes)
                {
                    if (write.Via is null && write.ValueLocation == location)
                    {
                        return (grant, write);
                    }
                }
            }

            return null;
        }
    }
}
