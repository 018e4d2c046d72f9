using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using LambdaPermissionAnalyzers.Knowledge;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// Reads grants written with the AWS CDK for .NET, one template for every construct of <see cref="Constructs"/>:
/// <list type="bullet">
/// <item><c>fn.AddPermission(id, new Permission { … })</c>: the principal object is decoded by <see cref="CdkPrincipals"/>.
/// A permission on <c>fn.LatestVersion</c> is a grant on <c>$LATEST</c>.</item>
/// <item><c>new CfnPermission(scope, id, new CfnPermissionProps { … })</c>, and later property sets on the CfnPermission.</item>
/// <item><c>fn.AddFunctionUrl(new FunctionUrlOptions { … })</c> and <c>new FunctionUrl(scope, id, new FunctionUrlProps { … })</c>.</item>
/// <item><c>layer.AddPermission(id, new LayerVersionPermission { AccountId = … })</c>: AccountId is the principal.</item>
/// <item><c>fn.GrantInvoke(new ServicePrincipal(…))</c>: CDK adds a resource-policy statement for a non-IAM principal.</item>
/// </list>
/// </summary>
internal sealed class CdkReader : IGrantReader
{
    private readonly CdkSymbols _symbols;
    private readonly CdkPrincipals _principals;

    public CdkReader(CdkSymbols symbols)
    {
        _symbols = symbols;
        _principals = new CdkPrincipals(symbols);
        Constructs = CreateConstructs(symbols);
    }

    /// <summary>The CDK types whose objects are grants, as this CDK version declares them.</summary>
    public ImmutableArray<CdkConstruct> Constructs { get; }

    public GrantLibrary Library => GrantKind.CdkLibrary;

    /// <summary>Permission, CfnPermission(Props), LayerVersionPermission, AddPermission, FunctionUrl(Options, Props), AddFunctionUrl, GrantInvoke.</summary>
    public ImmutableArray<string> NameWords { get; } = ImmutableArray.Create("Permission", "FunctionUrl", "GrantInvoke");

    public GrantKind? KindOf(ITypeSymbol? type) => Find(type)?.Kind;

    public bool IsGrantType(ITypeSymbol? type) => type is not null && (Find(type) is not null || _principals.IsPrincipalType(type));

    public bool IsWrittenType(ITypeSymbol? type) => type is not null && Find(type, orSentTo: true) is not null;

    public bool StartsGrant(IObjectCreationOperation creation) => !_principals.IsPrincipalType(creation.Type) || _principals.FindGrantInvoke(creation) is not null;

    public bool SendsGrantWrittenInArguments(IInvocationOperation call) => _principals.IsGrantInvokeOfPrincipal(call);

    public Grant? TryRead(IObjectCreationOperation creation, in ReadContext context)
    {
        if (Find(creation.Type) is { } construct)
        {
            return Read(construct, GrantSource.Creation(creation), context);
        }

        return _principals.IsPrincipalType(creation.Type) && _principals.FindGrantInvoke(creation) is { } grantInvoke ? ReadGrantInvoke(creation, grantInvoke) : null;
    }

    public Grant? TryReadFactoryCall(IInvocationOperation call, ImmutableArray<GrantWrite> writes, bool visible, CallOrigin origin, in ReadContext context)
        => Find(call.Type) is { } construct ? Read(construct, GrantSource.Factory(call, writes, visible, origin), context) : null;

    public Grant? TryReadParameter(IParameterSymbol parameter, IOperation body, in ReadContext context)
        => Find(parameter.Type) is { } construct ? Read(construct, GrantSource.Parameter(parameter, body), context) : null;

    public Grant? ReadDetached(ITypeSymbol receiverType, IReadOnlyList<IOperation> assignments)
    {
        var construct = Find(receiverType, orSentTo: true);
        if (construct is null)
        {
            return null;
        }

        var writes = ImmutableArray.CreateBuilder<GrantWrite>();
        GrantSource.ReadAssignments(assignments, Writes(construct, writes, conditionsKnown: null));
        return new Grant(construct.Kind, assignments[0].Syntax.GetLocation(), writes.ToImmutable(), null, false, functionNameMaxLength: null, construct.Members);
    }

    public GrantValue ReadValue(IOperation value) => ValueReader.Read(value, null);

    /// <summary>The template: the object's writes up to its send, what CDK adds on its own, and the flow facts.</summary>
    private Grant Read(CdkConstruct construct, in GrantSource source, in ReadContext context)
    {
        var writes = source.StartWrites();
        var late = ImmutableArray.CreateBuilder<GrantWrite>();
        var conditionsKnown = new StrongBox<bool>(true);
        var onWrite = Writes(construct, writes, conditionsKnown);

        source.ReadInitializer(onWrite);
        var flow = source.Follow(
            new FlowHooks(construct.IsSend, onWrite, Writes(construct, late, conditionsKnown: null), context.ResolveHelper, writes.Add),
            context.CancellationToken);

        // Conditions not built in place may carry SourceArn, SourceAccount or PrincipalOrgID: not every write is visible.
        var allVisible = source.IsVisible(flow) && conditionsKnown.Value;
        if (construct.SentTo is not null && flow.Send is IObjectCreationOperation sentTo)
        {
            // CfnPermission's properties can be set after construction: follow the construct too.
            var sentToFlow = ObjectFlow.Trace(sentTo, new FlowHooks(static (_, _) => false, onWrite), context.CancellationToken);
            allVisible &= !sentToFlow.Escapes;
        }

        if (construct.Kind.AddsFunctionStatement && flow.Send is IInvocationOperation { Instance: { } receiver }
            && receiver.WithoutConversions() is IPropertyReferenceOperation { Property.Name: "LatestVersion" } latest
            && _symbols.IsFunctionType(latest.Property.ContainingType))
        {
            // CDK adds nothing there (it only warns at synth): the grant is on $LATEST.
            writes.Add(new GrantWrite(GrantMembers.LatestVersion, GrantValue.FromConstant("$LATEST"), latest, latest));
        }

        if (construct.DefaultAction is { } action && allVisible && !HasWrite(writes, GrantMembers.Action) && source.Node is { } node)
        {
            // CDK's default: Permission.Action ?? "lambda:InvokeFunction"; a layer permission is always lambda:GetLayerVersion.
            writes.Add(new GrantWrite(GrantMembers.Action, GrantValue.FromConstant(action), node, node));
        }

        return new Grant(
            construct.Kind,
            source.Location,
            writes.ToImmutable(),
            flow.Send?.Syntax.GetLocation(),
            allVisible,
            functionNameMaxLength: null,
            construct.Members,
            flow.IsUnused,
            source.Facts(flow, writes, late, context.CancellationToken));
    }

    /// <summary>
    /// Records a construct's writes in the API's spelling: a principal object decoded (clearing
    /// <paramref name="conditionsKnown"/> when it may carry restrictions not built in place), a CORS object read
    /// member by member, every other property renamed by the kind's spelling.
    /// </summary>
    private ObjectFlow.WriteHandler Writes(CdkConstruct construct, ImmutableArray<GrantWrite>.Builder writes, StrongBox<bool>? conditionsKnown)
    {
        var spelling = construct.Kind.Spelling;
        return (property, value, assignment) =>
        {
            if (value is not null && property == GrantMembers.Principal && construct.PrincipalIsObject)
            {
                var known = _principals.Read(writes, value, assignment);
                if (conditionsKnown is not null)
                {
                    conditionsKnown.Value &= known;
                }
            }
            else if (value is not null && property == "Cors")
            {
                CorsReader.AddWrites(writes, value, spelling, null);
            }
            else if (spelling.ToMember(property) is { } member)
            {
                writes.Add(value is null ? new GrantWrite(member, GrantValue.Unknown, assignment, assignment) : ValueReader.Write(member, value, assignment));
            }
        };
    }

    /// <summary><c>fn.GrantInvoke(principal)</c>: the principal, its conditions and lambda:InvokeFunction, as AddPermission would.</summary>
    private Grant ReadGrantInvoke(IObjectCreationOperation creation, IInvocationOperation grantInvoke)
    {
        var writes = ImmutableArray.CreateBuilder<GrantWrite>();
        var principal = grantInvoke.Arguments[0].Value;
        var conditionsKnown = _principals.Read(writes, principal, principal);
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

    private CdkConstruct? Find(ITypeSymbol? type, bool orSentTo = false)
    {
        foreach (var construct in Constructs)
        {
            if (construct.Is(type, orSentTo))
            {
                return construct;
            }
        }

        return null;
    }

    /// <summary>The constructs this CDK version declares; a type a version lacks is left out.</summary>
    private static ImmutableArray<CdkConstruct> CreateConstructs(CdkSymbols symbols)
    {
        var constructs = ImmutableArray.CreateBuilder<CdkConstruct>(4);
        constructs.Add(new CdkConstruct(
            GrantKind.CdkPermission,
            ImmutableArray.Create(symbols.Permission),
            MemberNames(symbols.Permission, GrantKind.CdkPermission.Spelling),
            (call, argument) => call is IInvocationOperation { TargetMethod: { Name: "AddPermission" } method } && argument.Parameter?.Ordinal == 1 && symbols.IsFunctionMethod(method),
            defaultAction: LambdaActions.InvokeFunction,
            principalIsObject: true));

        if (symbols.CfnPermissionProps is { } cfnProps)
        {
            constructs.Add(new CdkConstruct(
                GrantKind.CfnPermission,
                ImmutableArray.Create(cfnProps),
                MemberNames(cfnProps, GrantKind.CfnPermission.Spelling),
                (call, argument) => call is IObjectCreationOperation construct && SymbolEqualityComparer.Default.Equals(construct.Type, symbols.CfnPermission) && argument.Parameter?.Ordinal == 2,
                sentTo: symbols.CfnPermission));
        }

        var urlTypes = ImmutableArray.CreateBuilder<INamedTypeSymbol>(2);
        if (symbols.FunctionUrlOptions is { } options)
        {
            urlTypes.Add(options);
        }

        if (symbols.FunctionUrlProps is { } props)
        {
            urlTypes.Add(props);
        }

        if (urlTypes.Count > 0)
        {
            // CDK sends the URL's grants: InvokedViaFunctionUrl stands for the companion grant it adds since 2.220.0.
            constructs.Add(new CdkConstruct(
                GrantKind.CdkFunctionUrl,
                urlTypes.ToImmutable(),
                symbols.AddsFunctionUrlCompanion
                    ? ImmutableHashSet.Create(GrantMembers.AuthType, GrantMembers.InvokedViaFunctionUrl)
                    : ImmutableHashSet.Create(GrantMembers.AuthType),
                (call, argument) => call switch
                {
                    IInvocationOperation { TargetMethod: { Name: "AddFunctionUrl" } method } => symbols.IsFunctionMethod(method),
                    IObjectCreationOperation construct => SymbolEqualityComparer.Default.Equals(construct.Type, symbols.FunctionUrl) && argument.Parameter?.Ordinal == 2,
                    _ => false,
                }));
        }

        if (symbols.LayerVersionPermission is { } layer)
        {
            constructs.Add(new CdkConstruct(
                GrantKind.CdkLayerPermission,
                ImmutableArray.Create(layer),
                MemberNames(layer, GrantKind.CdkLayerPermission.Spelling),
                (call, argument) => call is IInvocationOperation { TargetMethod: { Name: "AddPermission" } method } && argument.Parameter?.Ordinal == 1 && symbols.IsLayerMethod(method),
                defaultAction: LambdaActions.GetLayerVersion));
        }

        return constructs.ToImmutable();
    }

    /// <summary>The statement members a type's public properties write.</summary>
    private static ImmutableHashSet<string> MemberNames(INamedTypeSymbol type, MemberSpelling spelling)
    {
        var builder = ImmutableHashSet.CreateBuilder<string>(System.StringComparer.Ordinal);
        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol { DeclaredAccessibility: Accessibility.Public, IsStatic: false } && spelling.ToMember(member.Name) is { } name)
            {
                builder.Add(name);
            }
        }

        return builder.ToImmutable();
    }

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
}
