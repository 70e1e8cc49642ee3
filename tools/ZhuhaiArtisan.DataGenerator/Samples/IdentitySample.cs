namespace ZhuhaiArtisan.DataGenerator.Samples;

/// <param name="DocumentType">As the API spells it in JSON, e.g. <c>resident-identity-card</c>.</param>
internal sealed record IdentitySample(string DocumentType, string IdentityNumber, Guid TalentId);
