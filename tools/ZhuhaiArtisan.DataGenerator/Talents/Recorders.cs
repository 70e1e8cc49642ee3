using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.DataGenerator.Organizations;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.DataGenerator.Talents;

/// <summary>
/// Provenance as the API writes it for each kind of caller (the token subject, role and
/// organisation, and the legal basis its use case records): generated records look as if those
/// callers had made them.
/// </summary>
internal static class Recorders
{
    public const string CityBureau = "珠海市人力资源和社会保障局";

    public static Provenance City(DateTimeOffset at) => new("city-admin", Roles.CityAdmin, null, LegalBasis.StatutoryDuty, at);

    public static Provenance District(string districtCode, DateTimeOffset at) =>
        new($"district-admin-{districtCode}", Roles.DistrictAdmin, null, LegalBasis.StatutoryDuty, at);

    public static Provenance Enterprise(GeneratedOrganization employer, DateTimeOffset at) =>
        new($"hr-{employer.CreditCode}", Roles.Enterprise, new OrganizationId(employer.Id), LegalBasis.HumanResourcesManagement, at);

    public static Provenance Institution(GeneratedOrganization school, DateTimeOffset at) =>
        new($"registrar-{school.CreditCode}", Roles.Institution, new OrganizationId(school.Id), LegalBasis.ContractPerformance, at);

    public static Provenance Self(string accountSubject, DateTimeOffset at) => new(accountSubject, Roles.Talent, null, LegalBasis.Consent, at);
}
