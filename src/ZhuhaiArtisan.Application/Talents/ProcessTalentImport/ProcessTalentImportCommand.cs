using Mediator;

namespace ZhuhaiArtisan.Application.Talents.ProcessTalentImport;

/// <summary>
/// Checks every row of a queued import and registers the accepted ones in one transaction. Sent
/// by the import worker, acting as the caller who uploaded the file.
/// </summary>
public sealed record ProcessTalentImportCommand(Guid ImportId) : ICommand;
