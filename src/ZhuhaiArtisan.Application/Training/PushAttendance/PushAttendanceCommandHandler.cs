using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Talents.TalentImports;
using ZhuhaiArtisan.Domain.Training.Enrolments;
using ZhuhaiArtisan.Domain.Training.PartnerRecords;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Application.Training.PushAttendance;

public sealed class PushAttendanceCommandHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    IPersonalDataProtector protector,
    IValidator<AttendancePushRow> rowValidator,
    IBulkInserter bulk,
    IBulkUpdater updater,
    TimeProvider clock) : ICommandHandler<PushAttendanceCommand, PartnerPushResultDto>
{
    public async ValueTask<PartnerPushResultDto> Handle(PushAttendanceCommand command, CancellationToken cancellationToken)
    {
        var rows = command.Rows!;
        var push = PartnerPush.Begin(db, user, protector, PartnerRecordKind.Attendance, rows.Count);
        var (toApply, fingerprints) = await push.TriageAsync(rows, rowValidator, r => r.ExternalId, cancellationToken);

        var enrolmentLinks = await push.LinksAsync(PartnerRecordKind.Enrolments, toApply.Select(i => rows[i]!.EnrolmentExternalId).OfType<string>(), cancellationToken);
        Guid? EnrolmentIdOf(AttendancePushRow row) =>
            row.EnrolmentId ?? (enrolmentLinks.TryGetValue(row.EnrolmentExternalId!, out var link) ? link.RecordId : null);

        var (enrolments, classes) = await EnrolmentsAsync(toApply.Select(i => EnrolmentIdOf(rows[i]!)).OfType<Guid>(), cancellationToken);
        var records = await RecordsAsync(enrolments.Keys, cancellationToken);
        var now = clock.GetUtcNow();
        var added = new List<AttendanceRecord>();
        var sessionsInBatch = new Dictionary<(EnrolmentId, DateOnly), int>();
        foreach (var index in toApply)
        {
            var row = rows[index]!;
            if (EnrolmentIdOf(row) is not { } id || !enrolments.TryGetValue(new EnrolmentId(id), out var enrolment))
            {
                push.Reject(index, row.ExternalId, new RowProblem(row.EnrolmentId is null ? "enrolmentExternalId" : "enrolmentId", "row.unknown_reference",
                    "No enrolment in a class of yours (or of an online item) has this id."));
                continue;
            }

            var session = (enrolment.Id, row.SessionDate!.Value);
            if (push.LinkOf(row.ExternalId!) is { } link && (link.RecordId != enrolment.Id.Value || link.SessionDate != row.SessionDate))
            {
                push.Reject(index, row.ExternalId, new RowProblem(link.RecordId != enrolment.Id.Value ? "enrolmentId" : "sessionDate", "partner_push.immutable_field",
                    "A pushed attendance stays with its enrolment and session date; push a new one instead."));
                continue;
            }

            if (!sessionsInBatch.TryAdd(session, index))
            {
                push.Reject(index, row.ExternalId, new RowProblem("sessionDate", "partner_push.duplicate_session",
                    $"Row {sessionsInBatch[session]} already reports this enrolment's session date."));
                continue;
            }

            var existing = records.GetValueOrDefault(session);
            if (existing is not null && existing.Hours == row.Hours)
            {
                push.Link(row.ExternalId!, enrolment.Id.Value, row.SessionDate, fingerprints[index], now);
                push.Record(index, row.ExternalId!, PartnerPushOutcome.Unchanged, enrolment.Id.Value);
                continue;
            }

            try
            {
                var record = enrolment.RecordAttendance(classes[enrolment.ClassId], existing, row.SessionDate!.Value, row.Hours!.Value, now);
                if (record is not null)
                {
                    added.Add(record);
                    records[session] = record;
                }
            }
            catch (BusinessRuleValidationException broken)
            {
                push.Reject(index, row.ExternalId, broken.Code == "training.hours_exceed_planned" ? "hours" : "sessionDate", broken);
                continue;
            }

            push.Link(row.ExternalId!, enrolment.Id.Value, row.SessionDate, fingerprints[index], now);
            push.Record(index, row.ExternalId!, existing is null ? PartnerPushOutcome.Created : PartnerPushOutcome.Updated, enrolment.Id.Value);
        }

        await push.CommitAsync(bulk, updater, async ct =>
        {
            await bulk.InsertAsync(added, ct);
            await updater.UpdateTrackedAsync<Enrolment>(ct);
            await updater.UpdateTrackedAsync<AttendanceRecord>(ct);
        }, cancellationToken);
        return push.Result();
    }

    /// <summary>The enrolments (tracked: their totals change) in classes the partner may see, with those classes.</summary>
    private async Task<(Dictionary<EnrolmentId, Enrolment>, Dictionary<TrainingClassId, TrainingClass>)> EnrolmentsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var enrolments = new Dictionary<EnrolmentId, Enrolment>();
        var classes = new Dictionary<TrainingClassId, TrainingClass>();
        var notVisible = new HashSet<TrainingClassId>();
        // The enrolments by id first, then their classes among those the partner may see. Read as
        // one join, a planner may start from the classes instead — every online class is visible
        // to a partner — and walk all their enrolments for the few asked for: SQLite took 0.3 s a
        // batch that way on the city-scale data.
        foreach (var batch in ids.Distinct().Select(id => new EnrolmentId(id)).Chunk(PartnerPushLimits.LookupBatch))
        {
            // Untracked until known to be the partner's: only those are attached, to be changed.
            var found = await db.Enrolments.AsNoTracking().Where(e => batch.Contains(e.Id)).ToListAsync(cancellationToken);
            var classIds = found.Select(e => e.ClassId).Where(id => !classes.ContainsKey(id) && !notVisible.Contains(id)).Distinct().ToList();
            if (classIds.Count > 0)
            {
                // Tracked as a whole: the enrolments' totals change (and the classes with them, unchanged).
                var visible = await db.TrainingClasses.VisibleTo(db, user).Where(c => classIds.Contains(c.Id)).ToListAsync(cancellationToken);
                visible.ForEach(c => classes[c.Id] = c);
                notVisible.UnionWith(classIds.Where(id => !classes.ContainsKey(id)));
            }

            foreach (var enrolment in found.Where(e => classes.ContainsKey(e.ClassId)))
            {
                db.Enrolments.Attach(enrolment);
                enrolments[enrolment.Id] = enrolment;
            }
        }

        return (enrolments, classes);
    }

    /// <summary>The attendance already recorded for the enrolments, tracked, by enrolment and date.</summary>
    private async Task<Dictionary<(EnrolmentId, DateOnly), AttendanceRecord>> RecordsAsync(IEnumerable<EnrolmentId> enrolmentIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(EnrolmentId, DateOnly), AttendanceRecord>();
        foreach (var batch in enrolmentIds.Chunk(PartnerPushLimits.LookupBatch))
        {
            var records = await db.AttendanceRecords.Where(a => batch.Contains(a.EnrolmentId)).ToListAsync(cancellationToken);
            records.ForEach(r => found[(r.EnrolmentId, r.SessionDate)] = r);
        }

        return found;
    }
}
