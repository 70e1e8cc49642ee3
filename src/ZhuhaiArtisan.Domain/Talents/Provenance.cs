using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Domain.Talents;

/// <summary>Who created a talent record, for whom, and on what legal basis.</summary>
public sealed record Provenance(string RecordedBy, string RecordedByRole, OrganizationId? RecordedByOrganization, LegalBasis LegalBasis, DateTimeOffset RecordedAt);
