using System.Globalization;
using FluentValidation;
using ZhuhaiArtisan.Application.Common.Paging;
using ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;

namespace ZhuhaiArtisan.Application.Common.Validation;

/// <summary>Input-shape rules shared by many validators.</summary>
public static class ValidationRules
{
    private const string UndefinedEnumValue = "'{PropertyName}' has a range of values which does not include '{PropertyValue}'.";

    public static IRuleBuilderOptions<T, int?> MustBeAPageLimit<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, PageLimits.Max)
            .WithMessage($"limit must be between 1 and {PageLimits.Max}.");

    public static IRuleBuilderOptions<T, string?> MustBeAClusterCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => code is null || IndustryCluster.FindByCode(code) is not null)
            .WithErrorCode("reference.unknown_cluster")
            .WithMessage(c => $"Unknown industry cluster code. Known codes: {string.Join(", ", IndustryCluster.All.Select(x => x.Code))}.");

    /// <summary>Money is decimal yuan with at most two places (DESIGN §4): more than zero and at most <paramref name="max"/>.</summary>
    public static IRuleBuilderOptions<T, decimal?> MustBeAnAmountOfMoney<T>(this IRuleBuilder<T, decimal?> rule, decimal max) =>
        rule.Must(amount => amount is null || (amount.Value > 0 && amount.Value <= max && decimal.Round(amount.Value, 2) == amount.Value))
            .WithMessage(string.Create(CultureInfo.InvariantCulture, $"An amount in yuan, more than 0 and at most {max:0}, with at most two decimal places."));

    /// <summary>
    /// One of the enum's members. FluentValidation's <c>IsInEnum</c> reflects over the type on every
    /// call (its nullable's underlying type, a <c>Flags</c> attribute), which a 100,000-row import
    /// pays for every row; the generic <see cref="Enum.IsDefined{TEnum}(TEnum)"/> reads a cached
    /// table. None of the domain's enums are flags.
    /// </summary>
    public static IRuleBuilderOptions<T, TEnum?> MustBeDefined<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum =>
        rule.Must(value => value is null || Enum.IsDefined(value.Value)).WithMessage(UndefinedEnumValue);

    /// <inheritdoc cref="MustBeDefined{T, TEnum}(IRuleBuilder{T, TEnum?})"/>
    public static IRuleBuilderOptions<T, TEnum> MustBeDefined<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum =>
        rule.Must(Enum.IsDefined).WithMessage(UndefinedEnumValue);

    /// <summary>
    /// Rejects characters that have no business in a name or address: control characters and
    /// unpaired surrogates (which a JSON string can carry). Any GB18030 character is allowed.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> MustBePrintableText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || IsPrintable(value))
            .WithErrorCode("validation.unprintable_text")
            .WithMessage("The text contains control characters or broken surrogate pairs.");

    private static bool IsPrintable(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
