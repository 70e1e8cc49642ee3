using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Domain.Talents.Appointments.Rules;

namespace ZhuhaiArtisan.Domain.Talents.Appointments;

/// <summary>
/// A 特级技师 or 首席技师 post: filled by appointment in an occupation, not reached by a certificate
/// (DESIGN §2). Recorded with who appointed, at which tier, and from when.
/// </summary>
public sealed class Appointment : AggregateRoot
{
    public const int AppointingBodyMaxLength = 128;

    private Appointment()
    {
    }

    public AppointmentId Id { get; private set; }

    public TalentId TalentId { get; private set; }

    public string SkillLevelCode { get; private set; } = null!;

    public string OccupationCode { get; private set; } = null!;

    public AppointmentTier Tier { get; private set; }

    public string AppointingBody { get; private set; } = null!;

    /// <summary>The district of a district appointment.</summary>
    public string? DistrictCode { get; private set; }

    /// <summary>The enterprise of an enterprise appointment.</summary>
    public OrganizationId? EnterpriseId { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? Until { get; private set; }

    public Provenance Provenance { get; private set; } = null!;

    public static Appointment Make(
        AppointmentId id,
        TalentId talentId,
        SkillLevel level,
        string occupationCode,
        AppointmentTier tier,
        string appointingBody,
        string? districtCode,
        OrganizationId? enterpriseId,
        DateOnly from,
        DateOnly? until,
        Provenance provenance)
    {
        CheckRule(new AppointmentMustBeToAnAppointedLevelRule(level));
        CheckRule(new AppointmentTierMustNameItsAppointerRule(tier, districtCode, enterpriseId));
        CheckRule(new AppointmentMustEndAfterItStartsRule(from, until));
        return new Appointment
        {
            Id = id,
            TalentId = talentId,
            SkillLevelCode = level.Code,
            OccupationCode = occupationCode,
            Tier = tier,
            AppointingBody = appointingBody,
            DistrictCode = districtCode,
            EnterpriseId = enterpriseId,
            From = from,
            Until = until,
            Provenance = provenance,
        };
    }

    public bool IsInForceOn(DateOnly date) => From <= date && (Until is null || date <= Until);
}
