using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// What a method of the compilation does with grants, read once per compilation (and per depth) and reused at every
/// call site: the grant it returns (a factory), the grants it sends whose members come from its parameters, and what
/// it does with a grant passed to it (a helper). Only source methods that cannot be overridden are followed, at most
/// <see cref="MaxLevels"/> calls deep; recursion stops at the first repeated method.
/// </summary>
internal sealed class MethodSummaries
{
    /// <summary>How many levels of calls the readers follow from the method being analyzed.</summary>
    public const int MaxLevels = 3;

    /// <summary>No method is being read yet.</summary>
    public static ImmutableHashSet<IMethodSymbol> EmptyPath { get; } = ImmutableHashSet.Create<IMethodSymbol>(SymbolEqualityComparer.Default);

    /// <summary>The path that starts at the method whose body <paramref name="body"/> is (empty for other bodies).</summary>
    public static ImmutableHashSet<IMethodSymbol> PathOf(IOperation body, CancellationToken cancellationToken)
        => body.SemanticModel?.GetDeclaredSymbol(body.Syntax, cancellationToken) is IMethodSymbol method
            ? EmptyPath.Add(method.OriginalDefinition.PartialImplementationPart ?? method.OriginalDefinition)
            : EmptyPath;

    private readonly Compilation _compilation;
    private readonly ImmutableArray<IGrantReader> _readers;
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly ConcurrentDictionary<IMethodSymbol, Followed> _followable = new(SymbolEqualityComparer.Default);
    private GrantFiles? _grantFiles;
    private readonly ConcurrentDictionary<(IMethodSymbol Method, int Levels), MethodSummary> _summaries = new(new KeyComparer());

    public MethodSummaries(Compilation compilation, ImmutableArray<IGrantReader> readers)
    {
        _compilation = compilation;
        _readers = readers;
    }

    public ImmutableArray<IGrantReader> Readers => _readers;

    /// <summary>The reader whose grants have objects of <paramref name="type"/>.</summary>
    public IGrantReader? ReaderFor(ITypeSymbol? type)
    {
        foreach (var reader in _readers)
        {
            if (reader.IsGrantType(type))
            {
                return reader;
            }
        }

        return null;
    }

    /// <summary>The reader of the grant <paramref name="creation"/> starts, when it starts one.</summary>
    public IGrantReader? ReaderStarting(IObjectCreationOperation creation)
        => ReaderFor(creation.Type) is { } reader && reader.StartsGrant(creation) ? reader : null;

    /// <summary>Whether <paramref name="call"/> sends a grant whose members are written in its arguments (<see cref="IGrantReader.SendsGrantWrittenInArguments"/>).</summary>
    public bool SendsGrantWrittenInArguments(IInvocationOperation call)
    {
        foreach (var reader in _readers)
        {
            if (reader.SendsGrantWrittenInArguments(call))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="assignment"/> sets a member of a grant object outside an initializer (initializer entries,
    /// with their implicit receiver, belong to their creation).
    /// </summary>
    public bool WritesGrantMember(ISimpleAssignmentOperation assignment) => IsGrantMember(assignment.Target);

    /// <summary>Whether a deconstruction (<c>(request.StatementId, request.Action) = (…)</c>) writes a member of a grant type.</summary>
    public bool WritesGrantMember(IDeconstructionAssignmentOperation deconstruction) => AnyGrantMember(deconstruction.Target);

    private bool AnyGrantMember(IOperation target)
    {
        if (target is not ITupleOperation tuple)
        {
            return IsGrantMember(target);
        }

        foreach (var element in tuple.Elements)
        {
            if (AnyGrantMember(element))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsGrantMember(IOperation target)
    {
        if (target is not IPropertyReferenceOperation { Instance: { } instance } property || instance.Kind == OperationKind.InstanceReference)
        {
            return false;
        }

        foreach (var reader in _readers)
        {
            if (reader.IsWrittenType(property.Property.ContainingType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reader that read <paramref name="grant"/>, by the API its kind belongs to.</summary>
    public IGrantReader? ReaderOf(Grant grant)
    {
        foreach (var reader in _readers)
        {
            if (grant.Kind.Library == reader.Library)
            {
                return reader;
            }
        }

        return null;
    }

    /// <summary>
    /// The method a call runs, when the readers may look into it: declared in a source file that builds grants, with a
    /// body, and not virtual, abstract, an interface member or extern.
    /// </summary>
    public IMethodSymbol? Followable(IInvocationOperation call, CancellationToken cancellationToken)
    {
        // Most calls are rejected by name, before any symbol is asked.
        if (GrantFiles.InvokedName(call.Syntax) is { } name && !Files(cancellationToken).MayDeclare(name))
        {
            return null;
        }

        return Followable(call.TargetMethod, cancellationToken);
    }

    private IMethodSymbol? Followable(IMethodSymbol method, CancellationToken cancellationToken)
    {
        // Most calls go to referenced assemblies: rejected before anything else is asked.
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _compilation.Assembly))
        {
            return null;
        }

        method = method.OriginalDefinition;
        if (_followable.TryGetValue(method, out var known))
        {
            return known.Method;
        }

        var followable = FindFollowable(method, cancellationToken);
        _followable.TryAdd(method, new Followed(followable));
        return followable;
    }

    private IMethodSymbol? FindFollowable(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction)
            || method.IsAbstract
            || method.IsExtern
            || (method.IsVirtual && !method.ContainingType.IsSealed)
            || (method.IsOverride && !method.IsSealed && !method.ContainingType.IsSealed)
            || method.ContainingType?.TypeKind == TypeKind.Interface)
        {
            return null;
        }

        method = method.PartialImplementationPart ?? method;
        var references = method.DeclaringSyntaxReferences;
        if (references.Length != 1 || method.IsPartialDefinition)
        {
            return null;
        }

        return Files(cancellationToken).Contains(references[0].SyntaxTree) ? method : null;
    }

    /// <summary>A cached answer of <see cref="Followable"/> (a class, so that "not followable" can be cached too).</summary>
    private sealed class Followed
    {
        public Followed(IMethodSymbol? method) => Method = method;

        public IMethodSymbol? Method { get; }
    }

    /// <summary>The summary of a followable method, reading its body with <paramref name="levels"/> more levels of calls.</summary>
    public MethodSummary? Get(IMethodSymbol method, int levels, ImmutableHashSet<IMethodSymbol> path, CancellationToken cancellationToken)
    {
        if (path.Contains(method))
        {
            return null;
        }

        // A summary that read a method of the path would read that method into itself: read again with the path.
        if (_summaries.TryGetValue((method, levels), out var known) && !known.Reads.Overlaps(path))
        {
            return known;
        }

        var body = GetBody(method, cancellationToken);
        if (body is null)
        {
            return null;
        }

        var summary = Summarize(method, body, levels, path.Add(method), cancellationToken);

        // A summary cut short by recursion holds for this path only.
        return summary.IsComplete ? _summaries.GetOrAdd((method, levels), summary) : summary;
    }

    /// <summary>
    /// Remembers the model the driver analyzes a file with: reading a method of that file then reuses the driver's
    /// bound bodies instead of binding them again in a model of its own.
    /// </summary>
    public void Seed(SemanticModel? model)
    {
        if (model is not null)
        {
            _models.TryAdd(model.SyntaxTree, model);
        }
    }

    /// <summary>The operation of a method's body (the local function itself for a local function).</summary>
    public IOperation? GetBody(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var node = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (node is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax))
        {
            return null;
        }

        if (!_models.TryGetValue(node.SyntaxTree, out var model))
        {
            // A file no analyzed operation has shown yet: one model for it, asked once.
#pragma warning disable RS1030 // Reading another file's method body needs that file's semantic model.
            model = _models.GetOrAdd(node.SyntaxTree, _compilation.GetSemanticModel(node.SyntaxTree));
#pragma warning restore RS1030
        }

        return model.GetOperation(node, cancellationToken);
    }

    private MethodSummary Summarize(IMethodSymbol method, IOperation body, int levels, ImmutableHashSet<IMethodSymbol> path, CancellationToken cancellationToken)
    {
        var reader = new BodyReader(this, bindParameters: true);
        var read = reader.Read(body, levels, path, cancellationToken);
        var reassigned = ReassignedParameters(body, cancellationToken);

        // A factory: exactly one value is returned, and it is a grant whose writes are all visible up to the return.
        Grant? returned = null;
        if (ReaderFor(method.ReturnType) is not null && CountReturns(body, cancellationToken) == 1)
        {
            foreach (var grant in read.Grants)
            {
                if (grant.Flow.IsReturned && grant.Flow.Origin?.Role != CallRole.Sends)
                {
                    returned = grant;
                }
            }
        }

        var sent = ImmutableArray.CreateBuilder<Grant>();
        foreach (var grant in read.Grants)
        {
            if (grant.IsSent && DependsOnParameters(grant, method))
            {
                sent.Add(grant);
            }
        }

        var parameters = ImmutableArray.CreateBuilder<Grant?>(method.Parameters.Length);
        foreach (var parameter in method.Parameters)
        {
            Grant? received = null;
            if (parameter.RefKind == RefKind.None && ReaderFor(parameter.Type) is { } grantReader)
            {
                // The same reader: the helpers the parameter passes through join the body's sources, reads and recursion.
                received = grantReader.TryReadParameter(parameter, body, reader.Context(levels, path, cancellationToken));
            }

            parameters.Add(received);
        }

        return new MethodSummary(method, body, read, returned, sent.ToImmutable(), parameters.MoveToImmutable(), reassigned, reader.Reads.Add(method), reader.IsComplete);
    }

    /// <summary>The files and method names that may touch grants, found once per compilation at the first call asked about.</summary>
    private string[] NameWords()
    {
        var words = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var reader in _readers)
        {
            words.UnionWith(reader.NameWords);
        }

        var array = new string[words.Count];
        words.CopyTo(array);
        return array;
    }

    private GrantFiles Files(CancellationToken cancellationToken)
        => Volatile.Read(ref _grantFiles) ?? Interlocked.CompareExchange(ref _grantFiles, GrantFiles.Find(_compilation, NameWords(), cancellationToken), null) ?? _grantFiles!;

    private static bool DependsOnParameters(Grant grant, IMethodSymbol method)
    {
        foreach (var write in grant.Writes)
        {
            if (write.ValueOperation.WithoutConversions() is IParameterReferenceOperation parameter && IsParameterOf(parameter.Parameter, method))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsParameterOf(IParameterSymbol parameter, IMethodSymbol method)
        => parameter.ContainingSymbol is IMethodSymbol owner
           && (SymbolEqualityComparer.Default.Equals(owner.OriginalDefinition, method)
               || SymbolEqualityComparer.Default.Equals(owner.OriginalDefinition.PartialImplementationPart, method));

    private static int CountReturns(IOperation body, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var operation in body.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is IReturnOperation { Kind: OperationKind.Return, ReturnedValue: not null } && operation.EnclosingFunction() == body)
            {
                count++;
            }
        }

        return count;
    }

    private static ImmutableHashSet<int> ReassignedParameters(IOperation body, CancellationToken cancellationToken)
    {
        var builder = ImmutableHashSet.CreateBuilder<int>();
        foreach (var operation in body.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation.WrittenTarget()?.WithoutConversions() is IParameterReferenceOperation parameter)
            {
                builder.Add(parameter.Parameter.Ordinal);
            }
        }

        return builder.ToImmutable();
    }

    private sealed class KeyComparer : IEqualityComparer<(IMethodSymbol Method, int Levels)>
    {
        public bool Equals((IMethodSymbol Method, int Levels) x, (IMethodSymbol Method, int Levels) y)
            => x.Levels == y.Levels && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

        public int GetHashCode((IMethodSymbol Method, int Levels) obj) => SymbolEqualityComparer.Default.GetHashCode(obj.Method) * 31 + obj.Levels;
    }
}

/// <summary>What one method does with grants (see <see cref="MethodSummaries"/>).</summary>
internal sealed class MethodSummary
{
    public MethodSummary(
        IMethodSymbol method,
        IOperation body,
        BodyRead read,
        Grant? returned,
        ImmutableArray<Grant> sent,
        ImmutableArray<Grant?> parameters,
        ImmutableHashSet<int> reassignedParameters,
        ImmutableHashSet<IMethodSymbol> reads,
        bool isComplete)
    {
        Reads = reads;
        IsComplete = isComplete;
        Method = method;
        Body = body;
        Read = read;
        Returned = returned;
        Sent = sent;
        Parameters = parameters;
        ReassignedParameters = reassignedParameters;
    }

    public IMethodSymbol Method { get; }

    public IOperation Body { get; }

    /// <summary>The method and every method its summary looked into.</summary>
    public ImmutableHashSet<IMethodSymbol> Reads { get; }

    /// <summary>No call was left unread because of recursion: the summary holds on every path.</summary>
    public bool IsComplete { get; }

    /// <summary>Every grant the method reads, as the method sees them: the findings its own analysis reports come from these.</summary>
    public BodyRead Read { get; }

    /// <summary>The grant the method returns, when it is a factory.</summary>
    public Grant? Returned { get; }

    /// <summary>The grants the method sends whose members come from its parameters.</summary>
    public ImmutableArray<Grant> Sent { get; }

    /// <summary>By parameter ordinal: what the method does with a grant passed there (<see langword="null"/>: not a grant parameter).</summary>
    public ImmutableArray<Grant?> Parameters { get; }

    /// <summary>Parameters the method assigns: their value inside is not the argument.</summary>
    public ImmutableHashSet<int> ReassignedParameters { get; }

    /// <summary>Whether any call site can learn something from this method.</summary>
    public bool IsRelevant
    {
        get
        {
            if (Returned is not null || !Sent.IsEmpty)
            {
                return true;
            }

            foreach (var parameter in Parameters)
            {
                if (parameter is not null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
