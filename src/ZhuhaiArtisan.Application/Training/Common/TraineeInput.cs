using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.Application.Training.Common;

/// <summary>
/// A trainee named by their identity document. An enrolment links to the talent registered with
/// it (found by keyed hash), or registers the talent, for which the name, phone, residence
/// district and origin are needed; the record then carries the enrolling caller's legal basis.
/// </summary>
public sealed record TraineeInput(
    IdentityDocumentType? DocumentType,
    string? IdentityNumber,
    string? Name,
    string? Phone,
    string? ResidenceDistrictCode,
    TalentOrigin? Origin);
