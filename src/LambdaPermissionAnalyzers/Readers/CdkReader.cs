using LambdaPermissionAnalyzers.Roslyn;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// Reads grants written with the AWS CDK for .NET:
/// <list type="bullet">
/// <item><c>fn.AddPermission(id, new Permission { … })</c>: the principal object becomes the principal string CDK
/// writes (ServicePrincipal, ArnPrincipal, AccountPrincipal, AnyPrincipal <c>*</c>, OrganizationPrincipal <c>*</c> with
/// PrincipalOrgID), and its conditions (<c>WithConditions</c>, <c>PrincipalWithConditions</c>, <c>InOrganization</c>)
/// become SourceArn, SourceAccount and PrincipalOrgID, as CDK does at synth. A permission on <c>fn.LatestVersion</c>
/// is a grant on <c>$LATEST</c>.</item>
/// <item><c>new CfnPermission(scope, id, new CfnPermissionProps { … })</c>, and later property sets on the CfnPermission.</item>
/// <item><c>fn.AddFunctionUrl(new FunctionUrlOptions { … })</c> and <c>new FunctionUrl(scope, id, new FunctionUrlProps { … })</c>.</item>
/// </list>
/// </summary>
internal sealed class CdkReader : IGrantReader
{
    private readonly CdkSymbols _symbols;
    private readonly ImmutableHashSet<string> _permissionMembers;
    private readonly ImmutableHashSet<string> _cfnMembers;
    private readonly ImmutableHashSet<string> _urlMembers;

    public CdkReader(CdkSymbols symbols)
    {
        _symbols = symbols;
        _permissionMembers = MemberNames(symbols.Permission, ToPermissionMember);
        _cfnMembers = MemberNames(symbols.CfnPermissionProps, ToCfnMember);
        _urlMembers = symbols.AddsFunctionUrlCompanion
            ? ImmutableHashSet.Create(GrantMembers.AuthType, GrantMembers.InvokedViaFunctionUrl)
            : ImmutableHashSet.Create(GrantMembers.AuthType);
    }

    public GrantLibrary Library => GrantLibrary.Cdk;

    public bool IsGrantType(ITypeSymbol? type)
        => type is not null
           && (Same(type, _symbols.Permission) || Same(type, _symbols.CfnPermissionProps) || Same(type, _symbols.FunctionUrlOptions) || Same(type, _symbols.FunctionUrlProps)
               || Same(type, _symbols.LayerVersionPermission) || IsPrincipalType(type));

    public bool IsWrittenType(ITypeSymbol? type)
        => type is not null && !IsPrincipalType(type) && (IsGrantType(type) || Same(type, _symbols.CfnPermission));

    public bool StartsGrant(IObjectCreationOperation creation) => !IsPrincipalType(creation.Type) || FindGrantInvoke(creation) is not null;

    public Grant? TryRead(IObjectCreationOperation creation, in ReadContext context)
    {
        var type = creation.Type;
        if (type is null)
        {
            return null;
        }

        if (Read(type, GrantSource.Creation(creation), context) is { } grant)
        {
            return grant;
        }

        return IsPrincipalType(type) && FindGrantInvoke(creation) is { } grantInvoke ? ReadGrantInvoke(creation, grantInvoke) : null;
    }

    public Grant? TryReadFactoryCall(IInvocationOperation call, ImmutableArray<GrantWrite> writes, bool visible, CallOrigin origin, in ReadContext context)
        => call.Type is { } type ? Read(type, GrantSource.Factory(call, writes, visible, origin), context) : null;

    public Grant? TryReadParameter(IParameterSymbol parameter, IOperation body, in ReadContext context)
        => Read(parameter.Type, GrantSource.Parameter(parameter, body), context);

    public Grant? ReadDetached(ITypeSymbol receiverType, IReadOnlyList<IOperation> assignments)
    {
        var writes = ImmutableArray.CreateBuilder<GrantWrite>();
        GrantKind kind;
        ImmutableHashSet<string> members;
        ObjectFlow.WriteHandler onWrite;
        if (Same(receiverType, _symbols.Permission))
        {
            (kind, members, onWrite) = (GrantKind.CdkPermission, _permissionMembers, PermissionWrites(writes, conditionsKnown: null));
        }
        else if (Same(receiverType, _symbols.CfnPermissionProps) || Same(receiverType, _symbols.CfnPermission))
        {
            (kind, members, onWrite) = (GrantKind.CfnPermission, _cfnMembers, MapWrites(writes, ToCfnMember));
        }
        else if (Same(receiverType, _symbols.LayerVersionPermission))
        {
            (kind, members, onWrite) = (GrantKind.CdkLayerPermission, ImmutableHashSet.Create(GrantMembers.Principal, GrantMembers.OrganizationId), MapWrites(writes, ToLayerMember));
        }
        else if (Same(receiverType, _symbols.FunctionUrlOptions) || Same(receiverType, _symbols.FunctionUrlProps))
        {
            (kind, members, onWrite) = (GrantKind.CdkFunctionUrl, _urlMembers, FunctionUrlWrites(writes));
        }
        else
        {
            return null;
        }

        GrantSource.ReadAssignments(assignments, onWrite);
        return new Grant(kind, assignments[0].Syntax.GetLocation(), writes.ToImmutable(), null, false, functionNameMaxLength: null, members);
    }

    public GrantValue ReadValue(IOperation value) => ValueReader.Read(value, null);

    private Grant? Read(ITypeSymbol type, in GrantSource source, in ReadContext context)
    {
        if (Same(type, _symbols.Permission))
        {
            return ReadPermission(source, context);
        }

        if (Same(type, _symbols.CfnPermissionProps))
        {
            return ReadCfnPermission(source, context);
        }

        if (Same(type, _symbols.FunctionUrlOptions) || Same(type, _symbols.FunctionUrlProps))
        {
            return ReadFunctionUrl(source, context);
        }

        if (Same(type, _symbols.LayerVersionPermission))
        {
            return ReadLayerPermission(source, context);
        }

        return null;
    }

    /// <summary><c>layer.AddPermission(id, new LayerVersionPermission { AccountId = "*" })</c>: AccountId is the principal.</summary>
    private Grant ReadLayerPermission(in GrantSource source, in ReadContext context)
    {
        var writes = source.StartWrites();
        var late = ImmutableArray.CreateBuilder<GrantWrite>();
        var onWrite = MapWrites(writes, ToLayerMember);

        source.ReadInitializer(onWrite);
        var flow = source.Follow(
            new FlowHooks(
                (call, argument) => call is IInvocationOperation { TargetMethod: { Name: "AddPermission" } method } && argument.Parameter?.Ordinal == 1 && _symbols.IsLayerMethod(method),
                onWrite,
                MapWrites(late, ToLayerMember),
                context.ResolveHelper,
                writes.Add),
            context.CancellationToken);

        var allVisible = source.IsVisible(flow);
        if (allVisible && source.Node is { } node)
        {
            writes.Add(new GrantWrite(GrantMembers.Action, GrantValue.FromConstant(LambdaActions.GetLayerVersion), node, node));
        }

        return new Grant(
            GrantKind.CdkLayerPermission,
            source.Location,
            writes.ToImmutable(),
            flow.Send?.Syntax.GetLocation(),
            allVisible,
            functionNameMaxLength: null,
            ImmutableHashSet.Create(GrantMembers.Principal, GrantMembers.OrganizationId),
            flow: source.Facts(flow, writes, late, context.CancellationToken));
    }

    /// <summary>LayerVersionPermission's spelling to the API's: AccountId is the principal.</summary>
    private static string? ToLayerMember(string property) => property switch
    {
        "AccountId" => GrantMembers.Principal,
        "OrganizationId" => GrantMembers.OrganizationId,
        _ => null,
    };

    /// <summary>
    /// <c>fn.GrantInvoke(new ServicePrincipal("s3.amazonaws.com"))</c>: for a service (or any non-IAM) principal CDK
    /// adds a resource-policy statement with the principal and its conditions only, as AddPermission would.
    /// </summary>
    private Grant ReadGrantInvoke(IObjectCreationOperation creation, IInvocationOperation grantInvoke)
    {
        var writes = ImmutableArray.CreateBuilder<GrantWrite>();
        var principal = grantInvoke.Arguments[0].Value;
        var conditionsKnown = ReadPrincipal(writes, principal, principal);
        writes.Add(new GrantWrite(GrantMembers.Action, GrantValue.FromConstant(LambdaActions.InvokeFunction), creation, creation));
        return new Grant(
            GrantKind.CdkGrantInvoke,
            SdkRequestReader.GetTypeNameLocation(creation),
            writes.ToImmutable(),
            grantInvoke.Syntax.GetLocation(),
            conditionsKnown,
            functionNameMaxLength: null,
            ImmutableHashSet<string>.Empty);
    }

    /// <summary>The <c>IFunction.GrantInvoke(principal)</c> call whose principal is built from <paramref name="creation"/>, through WithConditions or InOrganization.</summary>
    private IInvocationOperation? FindGrantInvoke(IObjectCreationOperation creation)
    {
        IOperation current = creation;
        while (true)
        {
            switch (current.Parent)
            {
                case IConversionOperation conversion:
                    current = conversion;
                    continue;
                case IInvocationOperation { TargetMethod.Name: "WithConditions" or "InOrganization" } chained when chained.Instance == current:
                    current = chained;
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "GrantInvoke" } method } grantInvoke } argument
                    when argument.Parameter?.Ordinal == 0 && _symbols.IsFunctionMethod(method):
                    return grantInvoke;
                default:
                    return null;
            }
        }
    }

    private bool IsPrincipalType(ITypeSymbol? type)
        => type is not null
           && (Same(type, _symbols.ServicePrincipal) || type.IsOrDerivesFrom(_symbols.ArnPrincipal) || Same(type, _symbols.OrganizationPrincipal) || Same(type, _symbols.PrincipalWithConditions));

    private Grant ReadPermission(in GrantSource source, in ReadContext context)
    {
        var writes = source.StartWrites();
        var late = ImmutableArray.CreateBuilder<GrantWrite>();
        var conditionsKnown = new StrongBox<bool>(true);
        var onWrite = PermissionWrites(writes, conditionsKnown);
        var onLateWrite = PermissionWrites(late, conditionsKnown: null);

        source.ReadInitializer(onWrite);
        var flow = source.Follow(
            new FlowHooks(
                (call, argument) => call is IInvocationOperation { TargetMethod: { Name: "AddPermission" } method } && argument.Parameter?.Ordinal == 1 && _symbols.IsFunctionMethod(method),
                onWrite,
                onLateWrite,
                context.ResolveHelper,
                writes.Add),
            context.CancellationToken);

        // Conditions not built in place may carry SourceArn, SourceAccount or PrincipalOrgID: not every write is visible.
        var allVisible = source.IsVisible(flow) && conditionsKnown.Value;
        if (flow.Send is IInvocationOperation { Instance: { } receiver } && receiver.WithoutConversions() is IPropertyReferenceOperation { Property.Name: "LatestVersion" } latest
            && _symbols.IsFunctionType(latest.Property.ContainingType))
        {
            // CDK adds nothing there (it only warns at synth): the grant is on $LATEST.
            writes.Add(new GrantWrite(GrantMembers.LatestVersion, GrantValue.FromConstant("$LATEST"), latest, latest));
        }

        if (allVisible && !HasWrite(writes, GrantMembers.Action) && source.Node is { } node)
        {
            // CDK's default: Permission.Action ?? "lambda:InvokeFunction".
            writes.Add(new GrantWrite(GrantMembers.Action, GrantValue.FromConstant(LambdaActions.InvokeFunction), node, node));
        }

        return new Grant(
            GrantKind.CdkPermission,
            source.Location,
            writes.ToImmutable(),
            flow.Send?.Syntax.GetLocation(),
            allVisible,
            functionNameMaxLength: null,
            _permissionMembers,
            flow.IsUnused,
            source.Facts(flow, writes, late, context.CancellationToken));
    }

    private Grant ReadCfnPermission(in GrantSource source, in ReadContext context)
    {
        var writes = source.StartWrites();
        var late = ImmutableArray.CreateBuilder<GrantWrite>();
        var onWrite = MapWrites(writes, ToCfnMember);

        source.ReadInitializer(onWrite);
        var flow = source.Follow(
            new FlowHooks(
                (call, argument) => call is IObjectCreationOperation construct && Same(construct.Type, _symbols.CfnPermission) && argument.Parameter?.Ordinal == 2,
                onWrite,
                MapWrites(late, ToCfnMember),
                context.ResolveHelper,
                writes.Add),
            context.CancellationToken);

        var allVisible = source.IsVisible(flow);
        if (flow.Send is IObjectCreationOperation construct)
        {
            // CfnPermission's properties can be set after construction: follow the construct too.
            var constructFlow = ObjectFlow.Trace(construct, new FlowHooks(static (_, _) => false, onWrite), context.CancellationToken);
            allVisible &= !constructFlow.Escapes;
        }

        return new Grant(
            GrantKind.CfnPermission,
            source.Location,
            writes.ToImmutable(),
            flow.Send?.Syntax.GetLocation(),
            allVisible,
            functionNameMaxLength: null,
            _cfnMembers,
            flow.IsUnused,
            source.Facts(flow, writes, late, context.CancellationToken));
    }

    private Grant ReadFunctionUrl(in GrantSource source, in ReadContext context)
    {
        var writes = source.StartWrites();
        var late = ImmutableArray.CreateBuilder<GrantWrite>();
        var onWrite = FunctionUrlWrites(writes);
        source.ReadInitializer(onWrite);
        var flow = source.Follow(
            new FlowHooks(
                (call, argument) => call switch
                {
                    IInvocationOperation { TargetMethod: { Name: "AddFunctionUrl" } method } => _symbols.IsFunctionMethod(method),
                    IObjectCreationOperation construct => Same(construct.Type, _symbols.FunctionUrl) && argument.Parameter?.Ordinal == 2,
                    _ => false,
                },
                onWrite,
                FunctionUrlWrites(late),
                context.ResolveHelper,
                writes.Add),
            context.CancellationToken);

        return new Grant(
            GrantKind.CdkFunctionUrl,
            source.Location,
            writes.ToImmutable(),
            flow.Send?.Syntax.GetLocation(),
            source.IsVisible(flow),
            functionNameMaxLength: null,
            _urlMembers,
            flow.IsUnused,
            source.Facts(flow, writes, late, context.CancellationToken));
    }

    private static ObjectFlow.WriteHandler FunctionUrlWrites(ImmutableArray<GrantWrite>.Builder writes) => (property, value, assignment) =>
    {
        switch (property)
        {
            case "AuthType":
                writes.Add(value is null ? new GrantWrite(GrantMembers.AuthType, GrantValue.Unknown, assignment, assignment) : Write(GrantMembers.AuthType, value, assignment));
                break;
            case "Cors" when value is not null:
                CorsReader.AddWrites(writes, value, GrantKind.CdkFunctionUrl.Spelling, null);
                break;
        }
    };

    /// <summary>
    /// The principal string CDK writes for a principal object, and the restrictions its conditions carry. Returns
    /// <see langword="false"/> when the principal may carry conditions that are not known (it is not built in place,
    /// or its conditions are not).
    /// </summary>
    private bool ReadPrincipal(ImmutableArray<GrantWrite>.Builder writes, IOperation value, IOperation assignment)
    {
        value = value.WithoutConversions();
        switch (value)
        {
            case IObjectCreationOperation principal when Same(principal.Type, _symbols.ServicePrincipal) && principal.Arguments.Length >= 1:
                writes.Add(Write(GrantMembers.Principal, principal.Arguments[0].Value, assignment));
                return principal.Arguments.Length < 2
                       || principal.Arguments[1].ArgumentKind != ArgumentKind.Explicit
                       || ReadServicePrincipalOptions(writes, principal.Arguments[1].Value);

            case IObjectCreationOperation principal when Same(principal.Type, _symbols.AnyPrincipal):
                writes.Add(new GrantWrite(GrantMembers.Principal, GrantValue.FromConstant(Principals.Everyone), principal, assignment));
                return true;

            case IObjectCreationOperation principal when (Same(principal.Type, _symbols.ArnPrincipal) || Same(principal.Type, _symbols.AccountPrincipal)) && principal.Arguments.Length == 1:
                writes.Add(Write(GrantMembers.Principal, principal.Arguments[0].Value, assignment));
                return true;

            case IObjectCreationOperation principal when Same(principal.Type, _symbols.OrganizationPrincipal) && principal.Arguments.Length == 1:
                writes.Add(new GrantWrite(GrantMembers.Principal, GrantValue.FromConstant(Principals.Everyone), principal, assignment));
                writes.Add(Write(GrantMembers.PrincipalOrgID, principal.Arguments[0].Value, assignment));
                return true;

            case IObjectCreationOperation principal when Same(principal.Type, _symbols.PrincipalWithConditions) && principal.Arguments.Length == 2:
                return ReadPrincipal(writes, principal.Arguments[0].Value, assignment) & ReadConditions(writes, principal.Arguments[1].Value);

            case IInvocationOperation { TargetMethod.Name: "WithConditions", Instance: { } inner, Arguments.Length: 1 } call
                when call.TargetMethod.ContainingType.IsOrDerivesFrom(_symbols.PrincipalBase):
                return ReadPrincipal(writes, inner, assignment) & ReadConditions(writes, call.Arguments[0].Value);

            case IInvocationOperation { TargetMethod.Name: "InOrganization", Instance: { } inner, Arguments.Length: 1 } call
                when call.TargetMethod.ContainingType.IsOrDerivesFrom(_symbols.ArnPrincipal):
                var known = ReadPrincipal(writes, inner, assignment);
                writes.Add(Write(GrantMembers.PrincipalOrgID, call.Arguments[0].Value, assignment));
                return known;

            default:
                writes.Add(new GrantWrite(GrantMembers.Principal, GrantValue.Unknown, value, assignment));
                return false;
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
    private bool ReadConditions(ImmutableArray<GrantWrite>.Builder writes, IOperation conditions)
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
                        writes.Add(Write(GrantMembers.SourceArn, value, value));
                        break;
                    case ("StringEquals", "aws:SourceAccount"):
                        writes.Add(Write(GrantMembers.SourceAccount, value, value));
                        break;
                    case ("StringEquals", "aws:PrincipalOrgID"):
                        writes.Add(Write(GrantMembers.PrincipalOrgID, value, value));
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

    /// <summary>A write handler that records the properties <paramref name="map"/> names, in the API's spelling.</summary>
    private static ObjectFlow.WriteHandler MapWrites(ImmutableArray<GrantWrite>.Builder writes, Func<string, string?> map)
        => (property, value, assignment) =>
        {
            if (map(property) is { } member)
            {
                writes.Add(value is null ? new GrantWrite(member, GrantValue.Unknown, assignment, assignment) : Write(member, value, assignment));
            }
        };

    private static GrantWrite Write(string member, IOperation value, IOperation assignment)
        => new(member, ValueReader.Read(value, null), value, assignment);

    private static bool HasWrite(ImmutableArray<GrantWrite>.Builder writes, string member)
    {
        foreach (var write in writes)
        {
            if (write.Member == member)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Records a Permission's writes: the principal object decoded into the principal and its conditions (clearing
    /// <paramref name="conditionsKnown"/> when they may carry restrictions not built in place), the rest renamed.
    /// </summary>
    private ObjectFlow.WriteHandler PermissionWrites(ImmutableArray<GrantWrite>.Builder writes, StrongBox<bool>? conditionsKnown)
    {
        var otherWrites = MapWrites(writes, ToPermissionMember);
        return (property, value, assignment) =>
        {
            if (property == "Principal" && value is not null)
            {
                var known = ReadPrincipal(writes, value, assignment);
                if (conditionsKnown is not null)
                {
                    conditionsKnown.Value &= known;
                }
            }
            else
            {
                otherWrites(property, value, assignment);
            }
        };
    }

    /// <summary>Permission's spelling to the API's; null for members that are not part of the statement.</summary>
    private static string? ToPermissionMember(string property) => property switch
    {
        "OrganizationId" => GrantMembers.PrincipalOrgID,
        "Scope" => null,
        _ => property,
    };

    /// <summary>CfnPermission(Props)'s spelling to the API's.</summary>
    private static string? ToCfnMember(string property) => property switch
    {
        "PrincipalOrgId" => GrantMembers.PrincipalOrgID,
        "Action" or "FunctionName" or "Principal" or "EventSourceToken" or "FunctionUrlAuthType" or "SourceAccount" or "SourceArn" or "InvokedViaFunctionUrl" => property,
        _ => null,
    };

    private static ImmutableHashSet<string> MemberNames(INamedTypeSymbol? type, Func<string, string?> map)
    {
        var builder = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        if (type is not null)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol { DeclaredAccessibility: Accessibility.Public, IsStatic: false } && map(member.Name) is { } name)
                {
                    builder.Add(name);
                }
            }
        }

        return builder.ToImmutable();
    }

    private static bool Same(ITypeSymbol? type, INamedTypeSymbol? expected) => expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
}
