using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Application.Common.Privacy;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Marks columns whose values the audit trail must not carry in clear: personal information is
/// masked (DESIGN §5), secrets such as key hashes are left out.
/// </summary>
internal static class AuditAnnotations
{
    public const string PersonalInformation = "ZhuhaiArtisan:PersonalInformation";
    public const string Secret = "ZhuhaiArtisan:Secret";

    public static PropertyBuilder<T> IsPersonalInformation<T>(this PropertyBuilder<T> property, PersonalInformationKind kind) =>
        property.HasAnnotation(PersonalInformation, kind.ToString());

    public static ComplexTypePropertyBuilder<T> IsPersonalInformation<T>(this ComplexTypePropertyBuilder<T> property, PersonalInformationKind kind) =>
        property.HasAnnotation(PersonalInformation, kind.ToString());

    public static PropertyBuilder<T> IsSecret<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(Secret, true);

    public static object? ForAudit(this IReadOnlyProperty property, object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (property.FindAnnotation(Secret) is not null)
        {
            return "[redacted]";
        }

        if (property.FindAnnotation(PersonalInformation)?.Value is string kind)
        {
            var text = value.ToString();
            return Enum.Parse<PersonalInformationKind>(kind) switch
            {
                PersonalInformationKind.Phone => Mask.Phone(text),
                PersonalInformationKind.IdentityNumber => Mask.IdentityNumber(text),
                PersonalInformationKind.Name => Mask.Name(text),
                PersonalInformationKind.Email => Mask.Email(text),
                _ => Mask.Other(text),
            };
        }

        return value switch
        {
            string or bool or int or long or decimal or Guid or DateOnly or DateTime or DateTimeOffset => value,
            Enum e => e.ToString(),
            IEnumerable<string> values => values.ToArray(),
            _ => value.ToString(),
        };
    }
}
