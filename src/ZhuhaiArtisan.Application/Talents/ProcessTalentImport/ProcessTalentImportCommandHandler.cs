using FluentValidation;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Application.Talents.RegisterTalent;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;
using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Application.Talents.ProcessTalentImport;

public sealed partial class ProcessTalentImportCommandHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    ITalentImportParser parser,
    IPersonalDataProtector protector,
    IValidator<RegisterTalentCommand> validator,
    IBulkInserter bulk,
    TimeProvider clock,
    ILogger<ProcessTalentImportCommandHandler> logger) : ICommandHandler<ProcessTalentImportCommand>
{
    /// <summary>A worker that died mid-import leaves it to another; after this many starts it is given up.</summary>
    public const int MaxAttempts = 3;

    private const int ProgressEvery = 5_000;

    public async ValueTask<Unit> Handle(ProcessTalentImportCommand command, CancellationToken cancellationToken)
    {
        var id = new TalentImportId(command.ImportId);
        var import = await db.TalentImports.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (import is null || import.IsFinished)
        {
            return Unit.Value;
        }

        var file = await db.TalentImportFiles.AsNoTracking().SingleOrDefaultAsync(f => f.ImportId == id, cancellationToken);
        if (file is null || import.Attempts >= MaxAttempts)
        {
            await FailAsync(import, "talent_import.abandoned", file is null
                ? "The uploaded file is no longer held; nothing was registered. Upload it again."
                : $"The import was started {import.Attempts} times without finishing; nothing was registered. Upload it again.", cancellationToken);
            return Unit.Value;
        }

        import.BeginValidating(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        var checking = clock.GetTimestamp();

        var rows = parser.Parse(protector.Decrypt(file.Ciphertext), import.Format);
        var checker = await TalentImportRowChecker.CreateAsync(db, user, validator, rows, cancellationToken);
        var candidates = new List<(ParsedTalentRow Row, IdentityDocumentType Type, string Number, string Hash)>(rows.Count);
        var rejected = new List<TalentImportRejectedRow>();
        var firstRowOfHash = new Dictionary<string, int>(StringComparer.Ordinal);
        var verdicts = new RowVerdict[rows.Count];
        // The rows are checked on every core, a stretch at a time (each row's checks — shape,
        // identity document, references, keyed hash — depend on nothing but the row); then, in
        // file order, a second row of the same person is told from the first, and the progress saved.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        for (var start = 0; start < rows.Count; start += ProgressEvery)
        {
            var end = Math.Min(start + ProgressEvery, rows.Count);
            Parallel.For(start, end, parallel, i => verdicts[i] = Judge(checker, rows[i]));
            for (var i = start; i < end; i++)
            {
                var (row, verdict) = (rows[i], verdicts[i]);
                var problems = verdict.Problems;
                if (problems.Count == 0)
                {
                    if (firstRowOfHash.TryAdd(verdict.Hash!, row.RowNumber))
                    {
                        candidates.Add((row, verdict.Type!.Value, verdict.Number!, verdict.Hash!));
                    }
                    else
                    {
                        problems.Add(new RowProblem("identityNumber", "talent.duplicate_in_file", $"The same identity document as row {firstRowOfHash[verdict.Hash!]}."));
                    }
                }

                if (problems.Count > 0)
                {
                    rejected.Add(TalentImportRejectedRow.Of(id, row.RowNumber, verdict.Masked, problems));
                }
            }

            if (end < rows.Count)
            {
                import.ReportProgress(end);
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        // In name order, so that the indexes led by the name (and the ids, made about in this order)
        // are written at neighbouring places rather than all over their B-trees. Each talent's
        // identity number and phone are encrypted on every core. Whether a person is registered
        // already is told by the write itself.
        var accepted = candidates.OrderBy(c => c.Row.Registration.Name, StringComparer.Ordinal).ToList();
        var provenance = import.Provenance with { RecordedAt = clock.GetUtcNow() };
        var talents = new Talent[accepted.Count];
        Parallel.For(0, accepted.Count, parallel, i =>
        {
            var (row, type, number, hash) = accepted[i];
            talents[i] = checker.Register(row, type, number, hash, protector, provenance);
        });
        var rowOf = new Dictionary<Talent, (int RowNumber, string Number)>(talents.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < talents.Length; i++)
        {
            rowOf[talents[i]] = (accepted[i].Row.RowNumber, accepted[i].Number);
        }

        rejected.Sort((a, b) => a.RowNumber.CompareTo(b.RowNumber));
        import.BeginWriting(talents.Length, rejected.Count);
        await db.SaveChangesAsync(cancellationToken);
        var writing = clock.GetTimestamp();

        try
        {
            var (registered, notRegistered) = await WriteAsync(id, talents, rejected, t => rowOf[t], cancellationToken);
            LogCompleted(command.ImportId, rows.Count, registered, notRegistered,
                clock.GetElapsedTime(checking, writing).TotalSeconds, clock.GetElapsedTime(writing).TotalSeconds);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            var reloaded = await db.TalentImports.SingleAsync(i => i.Id == id, cancellationToken);
            await FailAsync(reloaded, "talent_import.write_failed", exception is DuplicateKeyException
                ? "A talent in the file was registered by someone else while the import ran; nothing was registered. Upload the file again: that row will then be rejected."
                : "The accepted rows could not be written; nothing was registered. Upload the file again.", cancellationToken);
        }

        return Unit.Value;
    }

    /// <summary>
    /// All accepted rows, the rejected rows and the outcome in one transaction: all of it or none.
    /// A row whose person is registered already (long ago, or by someone else while this import
    /// ran) is not written but rejected.
    /// </summary>
    private async Task<(int Registered, int Rejected)> WriteAsync(
        TalentImportId id,
        Talent[] talents,
        List<TalentImportRejectedRow> rejected,
        Func<Talent, (int RowNumber, string Number)> rowOf,
        CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var alreadyRegistered = await bulk.InsertUnlessTakenAsync(talents, t => t.IdentityNumberHash, ct);
            var allRejected = rejected
                .Concat(alreadyRegistered.Select(rowOf).Select(r => TalentImportRejectedRow.Of(id, r.RowNumber, Mask.IdentityNumber(r.Number),
                    [new RowProblem("identityNumber", "talent.duplicate_identity", "A talent with this identity document is already registered.")])))
                .OrderBy(r => r.RowNumber)
                .ToList();
            await bulk.InsertAsync(allRejected, ct);

            var import = await db.TalentImports.SingleAsync(i => i.Id == id, ct);
            var registered = talents.Length - alreadyRegistered.Count;
            import.Complete(registered, allRejected.Count, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            await db.TalentImportFiles.Where(f => f.ImportId == id).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            return (registered, allRejected.Count);
        }, cancellationToken);
    }

    private RowVerdict Judge(TalentImportRowChecker checker, ParsedTalentRow row)
    {
        var problems = checker.Check(row);
        var type = row.Registration.DocumentType;
        var number = row.Registration.IdentityNumber is { } given ? IdentityDocumentRules.Normalize(given) : null;
        var masked = number is null ? null : Mask.IdentityNumber(number);
        var hash = problems.Count == 0 ? TalentIdentity.Hash(protector, type!.Value, number!) : null;
        return new RowVerdict(problems, type, number, masked, hash);
    }

    private async Task FailAsync(TalentImport import, string code, string message, CancellationToken cancellationToken)
    {
        import.Fail(code, message, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await db.TalentImportFiles.Where(f => f.ImportId == import.Id).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>What checking one row found: its problems, or the identity it registers.</summary>
    private readonly record struct RowVerdict(List<RowProblem> Problems, IdentityDocumentType? Type, string? Number, string? Masked, string? Hash);

    [LoggerMessage(Level = LogLevel.Information, Message = "Talent import {ImportId}: {Rows} rows checked in {CheckSeconds:F1} s; {Accepted} registered and {Rejected} rejected rows written in {WriteSeconds:F1} s")]
    private partial void LogCompleted(Guid importId, int rows, int accepted, int rejected, double checkSeconds, double writeSeconds);
}
