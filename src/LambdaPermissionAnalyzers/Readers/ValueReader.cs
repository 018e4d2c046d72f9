using System;
using System.Collections.Immutable;
using System.Globalization;
using LambdaPermissionAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LambdaPermissionAnalyzers.Readers;

/// <summary>
/// Turns a written expression into a <see cref="GrantValue"/>: compile-time constants (literals, <c>const</c>
/// fields and locals anywhere, <c>nameof</c>, constant interpolations and concatenations) are known;
/// interpolations and concatenations with literal parts are partly known; everything else is unknown.
/// </summary>
internal static class ValueReader
{
    /// <summary>The write of <paramref name="value"/> to <paramref name="member"/> by <paramref name="assignment"/>.</summary>
    public static GrantWrite Write(string member, IOperation value, IOperation assignment, LambdaSymbols? symbols = null)
        => new(member, Read(value, symbols), value, assignment);

    public static GrantValue Read(IOperation operation, LambdaSymbols? symbols)
    {
        if (operation is IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum, HasConstantValue: true } enumMember })
        {
            // CDK's enums (FunctionUrlAuthType.NONE): the member's name is the value CDK writes.
            return GrantValue.FromConstant(enumMember.Name);
        }

        if (operation.ConstantValue.HasValue)
        {
            return FromConstant(operation.ConstantValue.Value);
        }

        switch (operation)
        {
            case IConversionOperation { OperatorMethod: null } conversion:
                // Identity, reference and nullable conversions keep the value.
                return Read(conversion.Operand, symbols);

            case IConversionOperation { OperatorMethod: { } userDefined } conversion
                when IsConstantClass(symbols, userDefined.ContainingType):
                // The SDK's implicit string -> ConstantClass operator (FindValue, case-insensitive).
                return Read(conversion.Operand, symbols);

            case IInterpolatedStringOperation interpolated:
                return ReadInterpolation(interpolated, symbols);

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                when binary.Type?.SpecialType == SpecialType.System_String:
                return GrantValue.FromParts(
                    Read(binary.LeftOperand, symbols).AsParts().AddRange(Read(binary.RightOperand, symbols).AsParts()));

            case IFieldReferenceOperation { Field: { IsStatic: true } field }
                when IsConstantClass(symbols, field.ContainingType)
                     && SymbolEqualityComparer.Default.Equals(field.Type, field.ContainingType):
                // FunctionUrlAuthType.NONE: the SDK's generated constants are named after their values.
                return GrantValue.FromConstant(field.Name);

            case IObjectCreationOperation { Arguments.Length: 1 } creation when IsConstantClass(symbols, creation.Type):
                return Read(creation.Arguments[0].Value, symbols);

            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "FindValue" } method, Arguments.Length: 1 } invocation
                when IsConstantClass(symbols, method.ContainingType):
                return Read(invocation.Arguments[0].Value, symbols);

            default:
                return GrantValue.Unknown;
        }
    }

    private static GrantValue FromConstant(object? value) => value switch
    {
        null => GrantValue.FromConstant(null),
        string text => GrantValue.FromConstant(text),
        bool flag => GrantValue.FromConstant(flag ? "true" : "false"),
        IFormattable formattable => GrantValue.FromConstant(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => GrantValue.FromConstant(value.ToString()),
    };

    private static GrantValue ReadInterpolation(IInterpolatedStringOperation interpolated, LambdaSymbols? symbols)
    {
        var parts = ImmutableArray.CreateBuilder<string?>(interpolated.Parts.Length);
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text:
                    parts.Add(text.Text.ConstantValue.Value as string ?? string.Empty);
                    break;

                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    var value = Read(hole.Expression, symbols);
                    parts.AddRange(value.Kind == ValueKind.Known && value.Text is null ? ImmutableArray.Create<string?>(string.Empty) : value.AsParts());
                    break;

                default:
                    parts.Add(null);
                    break;
            }
        }

        return GrantValue.FromParts(parts.ToImmutable());
    }

    private static bool IsConstantClass(LambdaSymbols? symbols, ITypeSymbol? type) => symbols is not null && symbols.IsConstantClass(type);
}
