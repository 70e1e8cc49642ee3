using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Talents.TalentImports;
using ZhuhaiArtisan.Domain.Training.PartnerRecords;

namespace ZhuhaiArtisan.Application.Training.Common;

/// <summary>
/// One bulk push by the partner: the row results, the partner's links by external id (read a
/// batch at a time, never row by row), and the write of all accepted rows in one transaction.
/// A row that repeats what its external id last carried (same fingerprint) is unchanged and
/// touches nothing.
/// </summary>
public sealed class PartnerPush
{
    private readonly IApplicationDbContext _db;
    private readonly IPersonalDataProtector _protector;
    private readonly PartnerRecordKind _kind;
    private readonly PartnerPushRowResult?[] _results;
    private readonly List<PartnerRecordLink> _newLinks = [];
    private readonly Dictionary<string, PartnerRecordLink> _links = new(StringComparer.Ordinal);

    private PartnerPush(IApplicationDbContext db, IPersonalDataProtector protector, PartnerClientId partner, PartnerRecordKind kind, int rows)
    {
        _db = db;
        _protector = protector;
        Partner = partner;
        _kind = kind;
        _results = new PartnerPushRowResult?[rows];
    }

    public PartnerClientId Partner { get; }

    public IReadOnlyList<PartnerRecordLink> NewLinks => _newLinks;

    /// <summary>Starts a push of the partner calling; nobody else pushes.</summary>
    public static PartnerPush Begin(IApplicationDbContext db, ICurrentUser user, IPersonalDataProtector protector, PartnerRecordKind kind, int rows) =>
        user.PartnerOf() is { } partner
            ? new PartnerPush(db, protector, partner, kind, rows)
            : throw new ForbiddenAccessException("Only the partner pushes training records in bulk.");

    /// <summary>
    /// Sorts the pushed rows: the ill-formed are rejected, those that repeat what their external id
    /// last carried are recorded as unchanged (and apply nothing); the rest are returned, in order,
    /// with their fingerprints, to be applied. The links of the push's kind are read on the way.
    /// </summary>
    public async Task<(List<int> ToApply, Dictionary<int, string> Fingerprints)> TriageAsync<TRow>(
        IReadOnlyList<TRow?> rows, IValidator<TRow> validator, Func<TRow, string?> externalIdOf, CancellationToken cancellationToken)
        where TRow : class
    {
        var passed = CheckShapes(rows, validator, externalIdOf);
        foreach (var (externalId, link) in await LinksAsync(_kind, passed.Select(i => externalIdOf(rows[i]!)!), cancellationToken))
        {
            _links[externalId] = link;
        }

        var toApply = new List<int>(passed.Count);
        var fingerprints = new Dictionary<int, string>(passed.Count);
        foreach (var index in passed)
        {
            var externalId = externalIdOf(rows[index]!)!;
            var fingerprint = Fingerprint(rows[index]);
            if (IsUnchanged(externalId, fingerprint))
            {
                Record(index, externalId, PartnerPushOutcome.Unchanged, LinkOf(externalId)!.RecordId);
            }
            else
            {
                toApply.Add(index);
                fingerprints[index] = fingerprint;
            }
        }

        return (toApply, fingerprints);
    }

    /// <summary>
    /// Checks each row's shape and its external id's uniqueness in the batch; rejects the rest.
    /// Returns the indexes of the rows that passed, in order.
    /// </summary>
    private List<int> CheckShapes<TRow>(IReadOnlyList<TRow?> rows, IValidator<TRow> validator, Func<TRow, string?> externalIdOf)
        where TRow : class
    {
        var passed = new List<int>(rows.Count);
        var firstOfExternalId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < rows.Count; index++)
        {
            if (rows[index] is not { } row)
            {
                Reject(index, null, new RowProblem("row", "row.invalid_value", "The row is null."));
                continue;
            }

            var problems = validator.Validate(row).Errors
                .Select(f => new RowProblem(FieldPath(f.PropertyName), f.ErrorCode.Contains('.', StringComparison.Ordinal) ? f.ErrorCode : "row.invalid_value", f.ErrorMessage))
                .ToList();
            var externalId = externalIdOf(row);
            if (problems.Count == 0 && !firstOfExternalId.TryAdd(externalId!, index))
            {
                problems.Add(new RowProblem("externalId", "partner_push.duplicate_external_id", $"The same externalId as row {firstOfExternalId[externalId!]}."));
            }

            if (problems.Count > 0)
            {
                Reject(index, externalId, [.. problems]);
                continue;
            }

            passed.Add(index);
        }

        return passed;
    }

    /// <summary>The partner's links of a kind for the external ids (those the rows refer to), a batch at a time.</summary>
    public async Task<Dictionary<string, PartnerRecordLink>> LinksAsync(PartnerRecordKind kind, IEnumerable<string> externalIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, PartnerRecordLink>(StringComparer.Ordinal);
        var partner = Partner;
        foreach (var batch in externalIds.Distinct(StringComparer.Ordinal).Chunk(PartnerPushLimits.LookupBatch))
        {
            // Not tracked: most rows of a replayed batch change nothing, and their links need no watching.
            var links = await _db.PartnerRecordLinks.AsNoTracking()
                .Where(l => l.PartnerId == partner && l.Kind == kind && batch.Contains(l.ExternalId))
                .ToListAsync(cancellationToken);
            links.ForEach(l => found[l.ExternalId] = l);
        }

        return found;
    }

    /// <summary>The link of this push's kind for an external id, if the partner has pushed it before.</summary>
    public PartnerRecordLink? LinkOf(string externalId) => _links.GetValueOrDefault(externalId);

    /// <summary>Whether the row repeats exactly what its external id last carried.</summary>
    private bool IsUnchanged(string externalId, string fingerprint) =>
        _links.TryGetValue(externalId, out var link) && string.Equals(link.Fingerprint, fingerprint, StringComparison.Ordinal);

    /// <summary>Ties the external id to the record (a new link, or the old one moved on).</summary>
    public void Link(string externalId, Guid recordId, DateOnly? sessionDate, string fingerprint, DateTimeOffset now)
    {
        if (_links.TryGetValue(externalId, out var link))
        {
            _db.PartnerRecordLinks.Attach(link);
            link.Repoint(recordId, sessionDate, fingerprint, now);
            return;
        }

        link = PartnerRecordLink.Of(Partner, _kind, externalId, recordId, sessionDate, fingerprint, now);
        _links[externalId] = link;
        _newLinks.Add(link);
    }

    public void Reject(int index, string? externalId, params RowProblem[] problems) =>
        _results[index] = new PartnerPushRowResult(index, externalId, PartnerPushOutcome.Rejected, null, problems);

    /// <summary>A broken domain rule rejects the row, under the field it concerns.</summary>
    public void Reject(int index, string? externalId, string field, BusinessRuleValidationException broken) =>
        Reject(index, externalId, new RowProblem(field, broken.Code, broken.Message));

    public void Record(int index, string externalId, PartnerPushOutcome outcome, Guid id) =>
        _results[index] = new PartnerPushRowResult(index, externalId, outcome, id, []);

    /// <summary>
    /// Writes everything accepted in one transaction: <paramref name="write"/> inserts the new
    /// records in batches and flushes the changed ones (<see cref="IBulkUpdater"/>); then the new
    /// and moved links; then whatever else the unit of work tracks. All of it or none. Changes are
    /// detected once, not again by each step over every record read.
    /// </summary>
    public async Task CommitAsync(IBulkInserter bulk, IBulkUpdater updater, Func<CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var strategy = _db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            _db.ChangeTracker.DetectChanges();
            _db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                await using var transaction = await _db.Database.BeginTransactionAsync(ct);
                await write(ct);
                await bulk.InsertAsync(_newLinks, ct);
                await updater.UpdateTrackedAsync<PartnerRecordLink>(ct);
                await _db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A record the push read changed before it was written (a class's seats taken by an
                // enrolment meanwhile): the push sent no If-Match, so this is no 412 but a conflict.
                throw new ConflictException("partner_push.concurrent_change",
                    "A record this push changes was changed by someone else while the push ran; nothing was written. Push the batch again (with a new Idempotency-Key).");
            }
            finally
            {
                _db.ChangeTracker.AutoDetectChangesEnabled = true;
            }
        }, cancellationToken);
    }

    public PartnerPushResultDto Result()
    {
        var rows = _results.Select((r, i) => r ?? throw new InvalidOperationException($"Row {i} has no result.")).ToList();
        return new PartnerPushResultDto(
            _kind,
            rows.Count,
            rows.Count(r => r.Outcome == PartnerPushOutcome.Created),
            rows.Count(r => r.Outcome == PartnerPushOutcome.Updated),
            rows.Count(r => r.Outcome == PartnerPushOutcome.Unchanged),
            rows.Count(r => r.Outcome == PartnerPushOutcome.Rejected),
            rows);
    }

    /// <summary>
    /// A fingerprint of a row's content: equal rows, equal fingerprints. Keyed, as rows can carry
    /// identity numbers, whose few possible values a plain hash would give away.
    /// </summary>
    private string Fingerprint<TRow>(TRow row) => _protector.LookupHash(JsonSerializer.Serialize(row));

    /// <summary><c>Trainee.IdentityNumber</c> → <c>trainee.identityNumber</c>.</summary>
    private static string FieldPath(string propertyName) =>
        string.Join('.', propertyName.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(JsonNamingPolicy.CamelCase.ConvertName));
}
