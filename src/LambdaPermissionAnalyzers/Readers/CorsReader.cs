using System.Collections.Immutable;
using LambdaPermissionAnalyzers.Model;
using LambdaPermissionAnalyzers.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// Reads a CORS object created in place (the SDK's <c>Cors</c>, CDK's <c>FunctionUrlCorsOptions</c>): one write per
/// listed origin and one for AllowCredentials. Origins that are not listed in place are one unknown origin.
/// </summary>
internal static class CorsReader
{
    /// <summary>Adds the writes of the CORS object <paramref name="value"/>, whose properties <paramref name="spelling"/> names (<c>Cors.AllowedOrigins</c> in CDK).</summary>
    public static void AddWrites(ImmutableArray<GrantWrite>.Builder writes, IOperation value, MemberSpelling spelling, LambdaSymbols? symbols)
    {
        if (value.WithoutConversions() is not IObjectCreationOperation { Initializer: { } cors })
        {
            return;
        }

        var originsProperty = PropertyOf(spelling, GrantMembers.CorsAllowOrigins);
        var credentialsProperty = PropertyOf(spelling, GrantMembers.CorsAllowCredentials);

        foreach (var entry in cors.Initializers)
        {
            switch (entry)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var credentialsName } } credentials when credentialsName == credentialsProperty:
                    writes.Add(new GrantWrite(GrantMembers.CorsAllowCredentials, ValueReader.Read(credentials.Value, symbols), credentials.Value, credentials));
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } } origins when name == originsProperty:
                    AddOrigins(writes, origins.Value, origins, symbols);
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property.Name: var name }, Initializer: { } list } origins when name == originsProperty:
                    AddOrigins(writes, list, origins, symbols);
                    break;
            }
        }
    }

    /// <summary>The CORS object's own property for a member: <c>AllowedOrigins</c> for CDK's <c>Cors.AllowedOrigins</c>.</summary>
    private static string? PropertyOf(MemberSpelling spelling, string member)
        => spelling.ToProperty(member) is { } path ? path.Substring(path.IndexOf('.') + 1) : null;

    /// <summary>Each element of <c>new List&lt;string&gt; { … }</c>, <c>{ … }</c> or <c>new[] { … }</c>.</summary>
    private static void AddOrigins(ImmutableArray<GrantWrite>.Builder writes, IOperation value, IOperation assignment, LambdaSymbols? symbols)
    {
        var elements = value.WithoutConversions() switch
        {
            IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation list } => list.Initializers,
            IObjectOrCollectionInitializerOperation list => list.Initializers,
            IArrayCreationOperation { Initializer: { } array } => array.ElementValues,
            _ => default(ImmutableArray<IOperation>),
        };

        if (elements.IsDefault)
        {
            writes.Add(new GrantWrite(GrantMembers.CorsAllowOrigins, GrantValue.Unknown, value, assignment));
            return;
        }

        foreach (var element in elements)
        {
            var origin = element is IInvocationOperation { Arguments.Length: 1 } add ? add.Arguments[0].Value : element;
            writes.Add(new GrantWrite(GrantMembers.CorsAllowOrigins, ValueReader.Read(origin, symbols), origin, assignment));
        }
    }
}
