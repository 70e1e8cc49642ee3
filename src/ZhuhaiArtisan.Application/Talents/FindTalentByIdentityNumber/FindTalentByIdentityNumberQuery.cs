using Mediator;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

namespace ZhuhaiArtisan.Application.Talents.FindTalentByIdentityNumber;

/// <summary>Finds a talent by identity document. Sent in a POST body: an identity number never travels in a URL.</summary>
public sealed record FindTalentByIdentityNumberQuery(IdentityDocumentType? DocumentType, string? IdentityNumber) : IQuery<TalentDto>;
