using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Common.Time;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.TalentImports;
using ZhuhaiArtisan.Domain.Training.Enrolments;
using ZhuhaiArtisan.Domain.Training.PartnerRecords;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Application.Training.PushEnrolments;

public sealed class PushEnrolmentsCommandHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    IPersonalDataProtector protector,
    IValidator<EnrolmentPushRow> rowValidator,
    IBulkInserter bulk,
    IBulkUpdater updater,
    TimeProvider clock) : ICommandHandler<PushEnrolmentsCommand, PartnerPushResultDto>
{
    public async ValueTask<PartnerPushResultDto> Handle(PushEnrolmentsCommand command, CancellationToken cancellationToken)
    {
        var rows = command.Rows!;
        var push = PartnerPush.Begin(db, user, protector, PartnerRecordKind.Enrolments, rows.Count);
        var (toApply, fingerprints) = await push.TriageAsync(rows, rowValidator, r => r.ExternalId, cancellationToken);

        var classes = await db.ClassesOfRowsAsync(user, push, rows, toApply, r => r.ClassId, r => r.ClassExternalId, r => r.ExternalId, cancellationToken);
        var items = await db.ItemsOfAsync(classes.Values, cancellationToken);
        var currentEdition = await db.CurrentEditionAsync(cancellationToken);
        var today = clock.TodayInChina();
        var now = clock.GetUtcNow();

        var identities = toApply.Where(classes.ContainsKey).Where(i => rows[i]!.Trainee is not null)
            .ToDictionary(i => i, i => TraineeRegistration.Identify(protector, rows[i]!.Trainee!));
        var byHash = await db.TalentsByHashAsync(identities.Values.Select(v => v.Hash), cancellationToken);
        var registered = await db.TalentsEnrolledByAsync(
            push.Partner, toApply.Select(i => rows[i]!.TalentId).OfType<Guid>().Select(id => new TalentId(id)), cancellationToken);
        var districts = (await db.Districts.Select(d => d.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var linked = await LinkedEnrolmentsAsync(toApply.Select(i => push.LinkOf(rows[i]!.ExternalId!)).OfType<PartnerRecordLink>(), cancellationToken);
        var enrolled = await EnrolledAsync(classes.Values.Select(c => c.Id), cancellationToken);

        var newTalents = new Dictionary<string, Talent>(StringComparer.Ordinal);
        var enrolments = new List<Enrolment>();
        var seats = new Dictionary<TrainingClassId, int>();
        foreach (var index in toApply)
        {
            var row = rows[index]!;
            if (!classes.TryGetValue(index, out var trainingClass))
            {
                continue;
            }

            var talentId = TalentOf(push, index, row, identities, byHash, registered, districts, newTalents, now);
            if (talentId is null)
            {
                continue;
            }

            if (push.LinkOf(row.ExternalId!) is { } link && linked.TryGetValue(new EnrolmentId(link.RecordId), out var pushed))
            {
                if (pushed.ClassId != trainingClass.Id || pushed.TalentId != talentId)
                {
                    push.Reject(index, row.ExternalId, new RowProblem(pushed.ClassId != trainingClass.Id ? "classId" : "talentId", "partner_push.immutable_field",
                        "A pushed enrolment stays with its class and talent; push a new enrolment instead."));
                    continue;
                }

                push.Link(row.ExternalId!, pushed.Id.Value, null, fingerprints[index], now);
                push.Record(index, row.ExternalId!, PartnerPushOutcome.Unchanged, pushed.Id.Value);
                continue;
            }

            if (!enrolled.Add((trainingClass.Id, talentId.Value)))
            {
                push.Reject(index, row.ExternalId, new RowProblem(row.TalentId is null ? "trainee.identityNumber" : "talentId", "training.already_enrolled",
                    "The talent is already enrolled in this class."));
                continue;
            }

            Enrolment enrolment;
            try
            {
                var accepts = EnrolmentAcceptance.AcceptsEnrolment(items[trainingClass.CatalogueItemId], currentEdition, today);
                enrolment = Enrolment.Enrol(EnrolmentId.New(), trainingClass, accepts, talentId.Value, push.Partner, today, now);
            }
            catch (BusinessRuleValidationException broken)
            {
                enrolled.Remove((trainingClass.Id, talentId.Value));
                push.Reject(index, row.ExternalId, row.ClassId is null ? "classExternalId" : "classId", broken);
                continue;
            }

            var taken = seats.GetValueOrDefault(trainingClass.Id);
            if (trainingClass.EnrolledCount + taken >= trainingClass.Capacity)
            {
                enrolled.Remove((trainingClass.Id, talentId.Value));
                push.Reject(index, row.ExternalId, new RowProblem(row.ClassId is null ? "classExternalId" : "classId", "training.class_full",
                    $"The class is full: all {trainingClass.Capacity} seats are taken."));
                continue;
            }

            seats[trainingClass.Id] = taken + 1;
            enrolments.Add(enrolment);
            push.Link(row.ExternalId!, enrolment.Id.Value, null, fingerprints[index], now);
            push.Record(index, row.ExternalId!, PartnerPushOutcome.Created, enrolment.Id.Value);
        }

        // Only talents an accepted row enrols are registered.
        var enrolledTalents = enrolments.Select(e => e.TalentId).ToHashSet();
        var talents = newTalents.Values.Where(t => enrolledTalents.Contains(t.Id)).ToList();
        await push.CommitAsync(bulk, updater, async ct =>
        {
            await TakeSeatsAsync(seats, ct);
            await bulk.InsertAsync(talents, ct);
            await bulk.InsertAsync(enrolments, ct);
        }, cancellationToken);
        return push.Result();
    }

    /// <summary>The row's talent: by id, found by identity hash, or registered (once per batch); null when the row was rejected.</summary>
    private TalentId? TalentOf(
        PartnerPush push,
        int index,
        EnrolmentPushRow row,
        Dictionary<int, (Domain.Talents.IdentityDocuments.IdentityDocumentType Type, string Number, string Hash)> identities,
        Dictionary<string, TalentId> byHash,
        HashSet<TalentId> registered,
        HashSet<string> districts,
        Dictionary<string, Talent> newTalents,
        DateTimeOffset now)
    {
        if (row.TalentId is { } id)
        {
            if (registered.Contains(new TalentId(id)))
            {
                return new TalentId(id);
            }

            push.Reject(index, row.ExternalId, new RowProblem("talentId", "row.unknown_reference", "No talent has this id."));
            return null;
        }

        var (type, number, hash) = identities[index];
        if (byHash.TryGetValue(hash, out var found))
        {
            return found;
        }

        if (newTalents.TryGetValue(hash, out var pending))
        {
            return pending.Id;
        }

        var trainee = row.Trainee!;
        var problems = TraineeRegistration.MissingForRegistration(trainee)
            .Select(field => new RowProblem($"trainee.{field}", "row.invalid_value", "No talent is registered with this identity document: the field is needed to register them."))
            .ToList();
        if (trainee.ResidenceDistrictCode is { Length: > 0 } district && !districts.Contains(district))
        {
            problems.Add(new RowProblem("trainee.residenceDistrictCode", "row.unknown_reference", "Unknown district code; see GET /api/v1/districts."));
        }

        if (problems.Count > 0)
        {
            push.Reject(index, row.ExternalId, [.. problems]);
            return null;
        }

        var talent = TraineeRegistration.Register(trainee, type, number, hash, protector, user, now);
        newTalents[hash] = talent;
        return talent.Id;
    }

    /// <summary>
    /// Takes each class's new seats with one conditional update: if another enrolment took them
    /// while the push ran, the class no longer has them and nothing of the push is written.
    /// </summary>
    private async Task TakeSeatsAsync(Dictionary<TrainingClassId, int> seats, CancellationToken cancellationToken)
    {
        foreach (var (classId, count) in seats)
        {
            var taken = await db.TrainingClasses
                .Where(c => c.Id == classId && c.EnrolledCount + count <= c.Capacity)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.EnrolledCount, c => c.EnrolledCount + count).SetProperty(c => c.Version, c => c.Version + 1), cancellationToken);
            if (taken == 0)
            {
                throw new ConflictException("partner_push.concurrent_enrolment",
                    $"Seats of class {classId} were taken by another enrolment while the push ran; nothing was written. Push the batch again (with a new Idempotency-Key).");
            }
        }
    }

    private async Task<Dictionary<EnrolmentId, Enrolment>> LinkedEnrolmentsAsync(IEnumerable<PartnerRecordLink> links, CancellationToken cancellationToken)
    {
        var found = new Dictionary<EnrolmentId, Enrolment>();
        foreach (var batch in links.Select(l => new EnrolmentId(l.RecordId)).Distinct().Chunk(PartnerPushLimits.LookupBatch))
        {
            var enrolments = await db.Enrolments.AsNoTracking().Where(e => batch.Contains(e.Id)).ToListAsync(cancellationToken);
            enrolments.ForEach(e => found[e.Id] = e);
        }

        return found;
    }

    /// <summary>Who is already enrolled in the classes (a class holds at most its capacity).</summary>
    private async Task<HashSet<(TrainingClassId, TalentId)>> EnrolledAsync(IEnumerable<TrainingClassId> classIds, CancellationToken cancellationToken)
    {
        var found = new HashSet<(TrainingClassId, TalentId)>();
        foreach (var batch in classIds.Distinct().Chunk(PartnerPushLimits.LookupBatch))
        {
            var pairs = await db.Enrolments.Where(e => batch.Contains(e.ClassId)).Select(e => new { e.ClassId, e.TalentId }).ToListAsync(cancellationToken);
            pairs.ForEach(p => found.Add((p.ClassId, p.TalentId)));
        }

        return found;
    }
}
