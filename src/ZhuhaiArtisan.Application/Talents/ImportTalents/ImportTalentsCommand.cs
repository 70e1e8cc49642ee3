using Mediator;
using ZhuhaiArtisan.Application.Talents.GetTalentImport;
using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Application.Talents.ImportTalents;

/// <summary>
/// Uploads a file of talents to register: the city its legacy records, an enterprise its
/// employees, a college or institution its students. The file is read as a whole here (encoding,
/// structure, at most <see cref="TalentImport.MaxRows"/> rows) and queued; its rows are checked and
/// registered by a worker.
/// </summary>
public sealed record ImportTalentsCommand(TalentImportFormat? Format, TalentImportEncoding? Encoding, byte[] Content) : ICommand<TalentImportDto>;
