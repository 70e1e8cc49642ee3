using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.DataGenerator.Talents;

/// <summary>Who a talent is, before anything about their work: name, sex, birth, document and phone.</summary>
/// <param name="IdentityNumber">Normalised, as the API stores and hashes it.</param>
/// <param name="FromHongKongOrMacao">Such people more often live in 横琴 and hold Macao recognitions.</param>
internal sealed record GeneratedPerson(
    string Name,
    bool Male,
    DateOnly BirthDate,
    IdentityDocumentType DocumentType,
    string IdentityNumber,
    string Phone,
    TalentOrigin Origin,
    bool FromHongKongOrMacao)
{
    public int AgeOn(DateOnly day) => day.Year - BirthDate.Year - (day < BirthDate.AddYears(day.Year - BirthDate.Year) ? 1 : 0);
}
