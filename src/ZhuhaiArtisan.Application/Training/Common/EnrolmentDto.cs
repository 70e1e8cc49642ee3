using ZhuhaiArtisan.Domain.Training.Enrolments;

namespace ZhuhaiArtisan.Application.Training.Common;

/// <summary>
/// A talent's enrolment with the hours attended. The identity number is always masked
/// (<c>440402********123X</c>, DESIGN §5): whoever reads a class list has no need of it in full.
/// </summary>
public sealed record EnrolmentDto(
    Guid Id,
    Guid ClassId,
    Guid TalentId,
    string TalentName,
    string IdentityNumberMasked,
    decimal AttendedHours,
    Guid? PushedByPartner,
    DateTimeOffset EnrolledAt,
    int Version)
{
    public static EnrolmentDto Of(Enrolment e, string talentName, string identityNumberMasked) =>
        new(e.Id.Value, e.ClassId.Value, e.TalentId.Value, talentName, identityNumberMasked, Hours.Of(e.AttendedHours), e.PushedByPartner?.Value, e.EnrolledAt, e.Version);
}
