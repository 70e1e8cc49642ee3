using Mapster;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents;

/// <summary>The masked view: what every caller but the person (and an audited reveal) sees.</summary>
public sealed class TalentMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Talent, TalentDto>()
            .Map(d => d.Id, s => s.Id.Value)
            .Map(d => d.IdentityNumber, s => s.IdentityNumber.Masked)
            .Map(d => d.Phone, s => s.Phone.Masked)
            .Map(d => d.PersonalInformationMasked, s => true)
            .Map(d => d.EmployerId, s => s.EmployerId == null ? (Guid?)null : s.EmployerId.Value.Value)
            .Map(d => d.SchoolId, s => s.SchoolId == null ? (Guid?)null : s.SchoolId.Value.Value)
            .Map(d => d.Wishes, s => new JobWishesDto(s.JobSeekingStatus, s.WishedOccupationCodes, s.WishedDistrictCodes, s.WishedMonthlyWageMin, s.WishedMonthlyWageMax))
            .Map(d => d.RecordedBy, s => new ProvenanceDto(
                s.Provenance.RecordedBy,
                s.Provenance.RecordedByRole,
                s.Provenance.RecordedByOrganization == null ? (Guid?)null : s.Provenance.RecordedByOrganization.Value.Value,
                s.Provenance.LegalBasis,
                s.Provenance.RecordedAt));
}
