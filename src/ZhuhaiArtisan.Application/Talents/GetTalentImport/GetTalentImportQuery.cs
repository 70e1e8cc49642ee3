using Mediator;

namespace ZhuhaiArtisan.Application.Talents.GetTalentImport;

/// <summary>An import's progress, and once finished its counts of accepted and rejected rows.</summary>
public sealed record GetTalentImportQuery(Guid Id) : IQuery<TalentImportDto>;
