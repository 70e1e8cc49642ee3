using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.Common;

/// <summary>Who created the record and on what legal basis (个人信息保护法 art. 13).</summary>
public sealed record ProvenanceDto(string RecordedBy, string RecordedByRole, Guid? RecordedByOrganization, LegalBasis LegalBasis, DateTimeOffset RecordedAt);
