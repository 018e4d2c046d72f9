using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// Decodes a CDK principal object into what CDK writes at synth: the principal string (ServicePrincipal, ArnPrincipal,
/// AccountPrincipal, AnyPrincipal <c>*</c>, OrganizationPrincipal <c>*</c> with PrincipalOrgID) and the restrictions its
/// conditions carry (<c>WithConditions</c>, <c>PrincipalWithConditions</c>, <c>InOrganization</c>, ServicePrincipal options)
/// as SourceArn, SourceAccount and PrincipalOrgID.
/// </summary>
internal sealed class CdkPrincipals
{
    private const string GrantInvokeMethod = "GrantInvoke";
    private const string WithConditionsMethod = "WithConditions";
    private const string InOrganizationMethod = "InOrganization";

    private readonly CdkSymbols _symbols;

    public CdkPrincipals(CdkSymbols symbols) => _symbols = symbols;

    /// <summary>Whether <paramref name="type"/> is a principal type this decoder reads.</summary>
    public bool IsPrincipalType(ITypeSymbol? type)
        => type is not null
           && (Same(type, _symbols.ServicePrincipal) || type.IsOrDerivesFrom(_symbols.ArnPrincipal) || Same(type, _symbols.OrganizationPrincipal) || Same(type, _symbols.PrincipalWithConditions));

    /// <summary>
    /// Adds the principal's writes. Returns <see langword="false"/> when the principal may carry conditions that are not
    /// known (it is not built in place, or its conditions are not).
    /// </summary>
    public bool Read(ImmutableArray<GrantWrite>.Builder writes, IOperation value, IOperation assignment)
    {
        value = value.WithoutConversions();
        switch (value)
        {
            case IObjectCreationOperation principal when Same(principal.Type, _symbols.ServicePrincipal) && principal.Arguments.Length >= 1:
                writes.Add(ValueReader.Write(GrantMembers.Principal, principal.Arguments[0].Value, assignment));
                return principal.Arguments.Length < 2
                       || principal.Arguments[1].ArgumentKind != ArgumentKind.Explicit
                       || ReadServicePrincipalOptions(writes, principal.Arguments[1].Value);

            case IObjectCreationOperation principal when Same(principal.Type, _symbols.AnyPrincipal):
                writes.Add(new GrantWrite(GrantMembers.Principal, GrantValue.FromConstant(Principals.Everyone), principal, assignment));
                return true;

            case IObjectCreationOperation principal when (Same(principal.Type, _symbols.ArnPrincipal) || Same(principal.Type, _symbols.AccountPrincipal)) && principal.Arguments.Length == 1:
                writes.Add(ValueReader.Write(GrantMembers.Principal, principal.Arguments[0].Value, assignment));
                return true;

            case IObjectCreationOperation principal when Same(principal.Type, _symbols.OrganizationPrincipal) && principal.Arguments.Length == 1:
                writes.Add(new GrantWrite(GrantMembers.Principal, GrantValue.FromConstant(Principals.Everyone), principal, assignment));
                writes.Add(ValueReader.Write(GrantMembers.PrincipalOrgID, principal.Arguments[0].Value, assignment));
                return true;

            case IObjectCreationOperation principal when Same(principal.Type, _symbols.PrincipalWithConditions) && principal.Arguments.Length == 2:
                return Read(writes, principal.Arguments[0].Value, assignment) & ReadConditions(writes, principal.Arguments[1].Value);

            case IInvocationOperation { TargetMethod.Name: WithConditionsMethod, Instance: { } inner, Arguments.Length: 1 } call
                when call.TargetMethod.ContainingType.IsOrDerivesFrom(_symbols.PrincipalBase):
                return Read(writes, inner, assignment) & ReadConditions(writes, call.Arguments[0].Value);

            case IInvocationOperation { TargetMethod.Name: InOrganizationMethod, Instance: { } inner, Arguments.Length: 1 } call
                when call.TargetMethod.ContainingType.IsOrDerivesFrom(_symbols.ArnPrincipal):
                var known = Read(writes, inner, assignment);
                writes.Add(ValueReader.Write(GrantMembers.PrincipalOrgID, call.Arguments[0].Value, assignment));
                return known;

            default:
                writes.Add(new GrantWrite(GrantMembers.Principal, GrantValue.Unknown, value, assignment));
                return false;
        }
    }

    /// <summary>
    /// Whether <paramref name="call"/> is <c>IFunction.GrantInvoke(principal)</c> with a principal built in place: a principal
    /// object, maybe through WithConditions or InOrganization, whose conditions are written inside the call.
    /// </summary>
    public bool IsGrantInvokeOfPrincipal(IInvocationOperation call)
    {
        if (call.TargetMethod.Name != GrantInvokeMethod || call.Arguments.Length != 1)
        {
            return false;
        }

        var principal = call.Arguments[0].Value.WithoutConversions();
        while (principal is IInvocationOperation { TargetMethod.Name: WithConditionsMethod or InOrganizationMethod, Instance: { } inner })
        {
            principal = inner.WithoutConversions();
        }

        return principal is IObjectCreationOperation creation && IsPrincipalType(creation.Type) && FindGrantInvoke(creation) == call;
    }

    /// <summary>The <c>IFunction.GrantInvoke(principal)</c> call whose principal is built from <paramref name="creation"/>, through WithConditions or InOrganization.</summary>
    public IInvocationOperation? FindGrantInvoke(IObjectCreationOperation creation)
    {
        IOperation current = creation;
        while (true)
        {
            switch (current.Parent)
            {
                case IConversionOperation conversion:
                    current = conversion;
                    continue;
                case IInvocationOperation { TargetMethod.Name: WithConditionsMethod or InOrganizationMethod } chained when chained.Instance == current:
                    current = chained;
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: GrantInvokeMethod } method } grantInvoke } argument
                    when argument.Parameter?.Ordinal == 0 && _symbols.IsFunctionMethod(method):
                    return grantInvoke;
                default:
                    return null;
            }
        }
    }

    private bool ReadServicePrincipalOptions(ImmutableArray<GrantWrite>.Builder writes, IOperation options)
    {
        options = options.WithoutConversions();
        if (options.ConstantValue is { HasValue: true, Value: null })
        {
            return true;
        }

        if (options is not IObjectCreationOperation { Initializer: { } initializer })
        {
            return false;
        }

        var known = true;
        foreach (var entry in initializer.Initializers)
        {
            if (entry is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Conditions" } } conditions)
            {
                known &= ReadConditions(writes, conditions.Value);
            }
        }

        return known;
    }

    /// <summary>
    /// A conditions dictionary built in place: <c>ArnLike aws:SourceArn</c>, <c>StringEquals aws:SourceAccount</c> and
    /// <c>StringEquals aws:PrincipalOrgID</c> are what CDK moves into the permission. Anything not built in place is unknown.
    /// </summary>
    private static bool ReadConditions(ImmutableArray<GrantWrite>.Builder writes, IOperation conditions)
    {
        if (!TryReadDictionary(conditions, out var operators))
        {
            return false;
        }

        var known = true;
        foreach (var (op, keys) in operators)
        {
            if (op is null || !TryReadDictionary(keys, out var entries))
            {
                known = false;
                continue;
            }

            foreach (var (key, value) in entries)
            {
                switch (op, key)
                {
                    case ("ArnLike", "aws:SourceArn"):
                        writes.Add(ValueReader.Write(GrantMembers.SourceArn, value, value));
                        break;
                    case ("StringEquals", "aws:SourceAccount"):
                        writes.Add(ValueReader.Write(GrantMembers.SourceAccount, value, value));
                        break;
                    case ("StringEquals", "aws:PrincipalOrgID"):
                        writes.Add(ValueReader.Write(GrantMembers.PrincipalOrgID, value, value));
                        break;
                    case (_, null):
                        known = false;
                        break;
                }
            }
        }

        return known;
    }

    /// <summary>The entries of <c>new Dictionary&lt;string, object&gt; { ["k"] = v }</c> or <c>{ { "k", v } }</c>; keys are null when not constant.</summary>
    private static bool TryReadDictionary(IOperation value, out ImmutableArray<(string? Key, IOperation Value)> entries)
    {
        entries = default;
        if (value.WithoutConversions() is not IObjectCreationOperation { Initializer: { } initializer })
        {
            return false;
        }

        var builder = ImmutableArray.CreateBuilder<(string?, IOperation)>();
        foreach (var entry in initializer.Initializers)
        {
            switch (entry)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment:
                    builder.Add((indexer.Arguments[0].Value.ConstantValue.Value as string, assignment.Value));
                    break;
                case IInvocationOperation { Arguments.Length: 2 } add:
                    builder.Add((add.Arguments[0].Value.ConstantValue.Value as string, add.Arguments[1].Value));
                    break;
                default:
                    return false;
            }
        }

        entries = builder.ToImmutable();
        return true;
    }

    private static bool Same(ITypeSymbol? type, INamedTypeSymbol? expected) => expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
}
