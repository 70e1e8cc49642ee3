using Mediator;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Application.Talents.GetTalentImport;
using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Application.Talents.ImportTalents;

public sealed class ImportTalentsCommandHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    ITalentImportParser parser,
    IPersonalDataProtector protector,
    ITalentImportQueue queue,
    TimeProvider clock) : ICommandHandler<ImportTalentsCommand, TalentImportDto>
{
    public async ValueTask<TalentImportDto> Handle(ImportTalentsCommand command, CancellationToken cancellationToken)
    {
        if (!TalentImportAccess.MayImport(user))
        {
            throw new ForbiddenAccessException("The city imports legacy records, an enterprise its employees, a college or institution its students.");
        }

        var format = command.Format!.Value;
        var encoding = command.Encoding!.Value;
        var text = parser.Decode(command.Content, encoding);
        var rows = parser.Parse(text, format);
        if (rows.Count == 0)
        {
            throw new UnreadableFileException("talent_import.empty", "The file has no data rows.");
        }

        if (rows.Count > TalentImport.MaxRows)
        {
            throw new UnreadableFileException("talent_import.too_many_rows", $"The file has {rows.Count} rows; at most {TalentImport.MaxRows} are taken per file.");
        }

        var import = TalentImport.Queue(
            TalentImportId.New(),
            format,
            encoding,
            rows.Count,
            TalentRecordKeeping.ProvenanceOf(user, TalentRecordKeeping.LegalBasisOf(user), clock.GetUtcNow()));
        db.TalentImports.Add(import);
        // The file holds identity numbers in clear: it is stored encrypted, and only until the import finishes.
        db.TalentImportFiles.Add(TalentImportFile.Of(import.Id, protector.Encrypt(text)));
        await db.SaveChangesAsync(cancellationToken);
        queue.Signal();
        return TalentImportDto.Of(import);
    }
}
