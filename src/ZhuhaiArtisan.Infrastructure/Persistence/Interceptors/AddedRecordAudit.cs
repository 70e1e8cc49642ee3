using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

/// <summary>
/// The "after" of a new record's audit entry, read from the model rather than from a tracked
/// entry: for records inserted in bulk. Same field names and masking as <see cref="AuditingInterceptor"/>.
/// </summary>
internal static class AddedRecordAudit
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string After(IEntityType entityType, object entity)
    {
        var after = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entityType.GetProperties().Where(p => !p.IsConcurrencyToken && !p.IsShadowProperty()))
        {
            after[CamelCase(property.Name)] = property.ForAudit(property.GetGetter().GetClrValueUsingContainingEntity(entity));
        }

        foreach (var complex in entityType.GetComplexProperties())
        {
            Collect(complex, CamelCase(complex.Name), entity, after);
        }

        return JsonSerializer.Serialize(after, Json);
    }

    public static string KeyOf(IEntityType entityType, object entity) =>
        string.Join("|", entityType.FindPrimaryKey()!.Properties.Select(p => p.GetGetter().GetClrValueUsingContainingEntity(entity)?.ToString()));

    private static void Collect(IComplexProperty complex, string prefix, object entity, IDictionary<string, object?> after)
    {
        if (complex.GetGetter().GetClrValueUsingContainingEntity(entity) is null)
        {
            after[prefix] = null;
            return;
        }

        foreach (var property in complex.ComplexType.GetProperties())
        {
            after[$"{prefix}.{CamelCase(property.Name)}"] = property.ForAudit(property.GetGetter().GetClrValueUsingContainingEntity(entity));
        }

        foreach (var nested in complex.ComplexType.GetComplexProperties())
        {
            Collect(nested, $"{prefix}.{CamelCase(nested.Name)}", entity, after);
        }
    }

    private static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
