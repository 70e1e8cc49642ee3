using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Domain.Talents.Appointments.Rules;

public sealed class AppointmentTierMustNameItsAppointerRule(AppointmentTier tier, string? districtCode, OrganizationId? enterpriseId) : IBusinessRule
{
    public string Code => "appointment.appointer_missing";

    public string Message => "区级聘任须注明区，企业聘任须注明企业。";

    public bool IsBroken() => tier switch
    {
        AppointmentTier.District => districtCode is null || enterpriseId is not null,
        AppointmentTier.Enterprise => enterpriseId is null || districtCode is not null,
        _ => districtCode is not null || enterpriseId is not null,
    };
}
