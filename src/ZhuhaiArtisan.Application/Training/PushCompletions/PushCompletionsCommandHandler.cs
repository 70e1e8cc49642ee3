using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;
using ZhuhaiArtisan.Domain.Talents.TalentImports;
using ZhuhaiArtisan.Domain.Training.Completions;
using ZhuhaiArtisan.Domain.Training.Enrolments;
using ZhuhaiArtisan.Domain.Training.PartnerRecords;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Application.Training.PushCompletions;

public sealed class PushCompletionsCommandHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    IPersonalDataProtector protector,
    IValidator<CompletionPushRow> rowValidator,
    IBulkInserter bulk,
    IBulkUpdater updater,
    TimeProvider clock) : ICommandHandler<PushCompletionsCommand, PartnerPushResultDto>
{
    public async ValueTask<PartnerPushResultDto> Handle(PushCompletionsCommand command, CancellationToken cancellationToken)
    {
        var rows = command.Rows!;
        var push = PartnerPush.Begin(db, user, protector, PartnerRecordKind.Completions, rows.Count);
        var (toApply, fingerprints) = await push.TriageAsync(rows, rowValidator, r => r.ExternalId, cancellationToken);

        var classes = await db.ClassesOfRowsAsync(user, push, rows, toApply, r => r.ClassId, r => r.ClassExternalId, r => r.ExternalId, cancellationToken);
        var hashes = toApply.Where(i => rows[i]!.Trainee is not null)
            .ToDictionary(i => i, i => TraineeRegistration.Identify(protector, rows[i]!.Trainee!).Hash);
        var byHash = await db.TalentsByHashAsync(hashes.Values, cancellationToken);
        var registered = await db.TalentsEnrolledByAsync(
            push.Partner, toApply.Select(i => rows[i]!.TalentId).OfType<Guid>().Select(id => new TalentId(id)), cancellationToken);
        var enrolments = await EnrolmentsAsync(classes.Values.Select(c => c.Id), cancellationToken);
        var completions = await CompletionsAsync(classes.Values.Select(c => c.Id), cancellationToken);
        var certificates = await CertificatesAsync(toApply.Select(i => rows[i]!.CertificateId).OfType<Guid>(), cancellationToken);

        var now = clock.GetUtcNow();
        var recorded = new List<TrainingCompletion>();
        foreach (var index in toApply)
        {
            var row = rows[index]!;
            if (!classes.TryGetValue(index, out var trainingClass))
            {
                continue;
            }

            TalentId talentId;
            if (row.TalentId is { } id && registered.Contains(new TalentId(id)))
            {
                talentId = new TalentId(id);
            }
            else if (hashes.TryGetValue(index, out var hash) && byHash.TryGetValue(hash, out var found))
            {
                talentId = found;
            }
            else
            {
                push.Reject(index, row.ExternalId, new RowProblem(row.TalentId is null ? "trainee.identityNumber" : "talentId", "row.unknown_reference",
                    "No talent is registered with this id or identity document."));
                continue;
            }

            var enrolment = enrolments.GetValueOrDefault((trainingClass.Id, talentId));
            var certificateId = row.CertificateId is { } certificate ? new SkillCertificateId(certificate) : (SkillCertificateId?)null;
            var evidence = certificateId is { } cid ? certificates.GetValueOrDefault(cid) : null;
            var existing = completions.GetValueOrDefault((trainingClass.Id, talentId));
            var link = push.LinkOf(row.ExternalId!);
            if (link is not null && existing is not null && link.RecordId != existing.Id.Value
                || link is not null && existing is null)
            {
                push.Reject(index, row.ExternalId, new RowProblem(row.TalentId is null ? "trainee.identityNumber" : "talentId", "partner_push.immutable_field",
                    "A pushed completion stays with its class and talent; push a new completion instead."));
                continue;
            }

            if (existing is not null && link is null)
            {
                push.Reject(index, row.ExternalId, new RowProblem(row.TalentId is null ? "trainee.identityNumber" : "talentId", "training.completion_already_recorded",
                    "A completion of this talent in this class is already recorded."));
                continue;
            }

            if (existing is not null)
            {
                var changed = existing.Correct(trainingClass, enrolment, row.Result!.Value, evidence, certificateId, row.CompletedOn!.Value, now);
                push.Link(row.ExternalId!, existing.Id.Value, null, fingerprints[index], now);
                push.Record(index, row.ExternalId!, changed ? PartnerPushOutcome.Updated : PartnerPushOutcome.Unchanged, existing.Id.Value);
                continue;
            }

            var completion = TrainingCompletion.Record(
                TrainingCompletionId.New(), trainingClass, talentId, enrolment, row.Result!.Value, evidence, certificateId, row.CompletedOn!.Value, push.Partner, now);
            completions[(trainingClass.Id, talentId)] = completion;
            recorded.Add(completion);
            push.Link(row.ExternalId!, completion.Id.Value, null, fingerprints[index], now);
            push.Record(index, row.ExternalId!, PartnerPushOutcome.Created, completion.Id.Value);
        }

        await push.CommitAsync(bulk, updater, ct => bulk.InsertAsync(recorded, ct), cancellationToken);
        return push.Result();
    }

    private async Task<Dictionary<(TrainingClassId, TalentId), Enrolment>> EnrolmentsAsync(IEnumerable<TrainingClassId> classIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(TrainingClassId, TalentId), Enrolment>();
        foreach (var batch in classIds.Distinct().Chunk(PartnerPushLimits.LookupBatch))
        {
            var enrolments = await db.Enrolments.AsNoTracking().Where(e => batch.Contains(e.ClassId)).ToListAsync(cancellationToken);
            enrolments.ForEach(e => found[(e.ClassId, e.TalentId)] = e);
        }

        return found;
    }

    /// <summary>The completions already recorded in the classes, tracked: a row may correct one.</summary>
    private async Task<Dictionary<(TrainingClassId, TalentId), TrainingCompletion>> CompletionsAsync(IEnumerable<TrainingClassId> classIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(TrainingClassId, TalentId), TrainingCompletion>();
        foreach (var batch in classIds.Distinct().Chunk(PartnerPushLimits.LookupBatch))
        {
            var completions = await db.TrainingCompletions.Where(c => batch.Contains(c.ClassId)).ToListAsync(cancellationToken);
            completions.ForEach(c => found[(c.ClassId, c.TalentId)] = c);
        }

        return found;
    }

    private async Task<Dictionary<SkillCertificateId, SkillCertificate>> CertificatesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<SkillCertificateId, SkillCertificate>();
        foreach (var batch in ids.Distinct().Select(id => new SkillCertificateId(id)).Chunk(PartnerPushLimits.LookupBatch))
        {
            var certificates = await db.SkillCertificates.AsNoTracking().Where(c => batch.Contains(c.Id)).ToListAsync(cancellationToken);
            certificates.ForEach(c => found[c.Id] = c);
        }

        return found;
    }
}
