using ZhuhaiArtisan.DataGenerator.Organizations;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.DataGenerator.Talents;

/// <summary>A talent being generated: the person, where they work or study, and when they were registered.</summary>
internal sealed record TalentSituation(
    TalentId Id,
    GeneratedPerson Person,
    GeneratedOrganization? Employer,
    GeneratedOrganization? School,
    DateTimeOffset RecordedAt);
