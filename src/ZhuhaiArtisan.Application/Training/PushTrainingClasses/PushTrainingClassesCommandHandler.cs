using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Common.Time;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Talents.TalentImports;
using ZhuhaiArtisan.Domain.Training.PartnerRecords;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Application.Training.PushTrainingClasses;

public sealed class PushTrainingClassesCommandHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    IPersonalDataProtector protector,
    IValidator<TrainingClassPushRow> rowValidator,
    IBulkInserter bulk,
    IBulkUpdater updater,
    TimeProvider clock) : ICommandHandler<PushTrainingClassesCommand, PartnerPushResultDto>
{
    public async ValueTask<PartnerPushResultDto> Handle(PushTrainingClassesCommand command, CancellationToken cancellationToken)
    {
        var rows = command.Rows!;
        var push = PartnerPush.Begin(db, user, protector, PartnerRecordKind.Classes, rows.Count);
        var (toApply, fingerprints) = await push.TriageAsync(rows, rowValidator, r => r.ExternalId, cancellationToken);

        var items = await PublishedItemsAsync(toApply.Select(i => rows[i]!.CatalogueItemId!.Value), cancellationToken);
        var existing = await LinkedClassesAsync(toApply.Select(i => push.LinkOf(rows[i]!.ExternalId!)).OfType<PartnerRecordLink>(), cancellationToken);
        var currentEdition = await db.CurrentEditionAsync(cancellationToken);
        var today = clock.TodayInChina();
        var now = clock.GetUtcNow();
        var opened = new List<TrainingClass>();
        foreach (var index in toApply)
        {
            var row = rows[index]!;
            if (!items.TryGetValue(new CatalogueItemId(row.CatalogueItemId!.Value), out var item))
            {
                push.Reject(index, row.ExternalId, new RowProblem("catalogueItemId", "row.unknown_reference", "No published catalogue item has this id."));
                continue;
            }

            try
            {
                if (push.LinkOf(row.ExternalId!) is { } link && existing.TryGetValue(new TrainingClassId(link.RecordId), out var trainingClass))
                {
                    if (trainingClass.CatalogueItemId != item.Id)
                    {
                        push.Reject(index, row.ExternalId, new RowProblem("catalogueItemId", "partner_push.immutable_field", "A pushed class stays with its catalogue item; push a new class instead."));
                        continue;
                    }

                    var changed = trainingClass.Reschedule(item, row.StartDate!.Value, row.EndDate!.Value, row.Capacity!.Value, row.Venue);
                    push.Link(row.ExternalId!, trainingClass.Id.Value, null, fingerprints[index], now);
                    push.Record(index, row.ExternalId!, changed ? PartnerPushOutcome.Updated : PartnerPushOutcome.Unchanged, trainingClass.Id.Value);
                }
                else
                {
                    var accepts = EnrolmentAcceptance.AcceptsEnrolment(item, currentEdition, today);
                    var created = TrainingClass.Open(
                        TrainingClassId.New(), item, accepts, row.StartDate!.Value, row.EndDate!.Value, row.Capacity!.Value, row.Venue, push.Partner, now);
                    opened.Add(created);
                    push.Link(row.ExternalId!, created.Id.Value, null, fingerprints[index], now);
                    push.Record(index, row.ExternalId!, PartnerPushOutcome.Created, created.Id.Value);
                }
            }
            catch (BusinessRuleValidationException broken)
            {
                push.Reject(index, row.ExternalId, FieldOf(broken.Code), broken);
            }
        }

        await push.CommitAsync(bulk, updater, async ct =>
        {
            await bulk.InsertAsync(opened, ct);
            await updater.UpdateTrackedAsync<TrainingClass>(ct);
        }, cancellationToken);
        return push.Result();
    }

    private static string FieldOf(string code) => code switch
    {
        "training.class_period_invalid" => "startDate",
        "training.venue_mismatch" => "venue",
        "training.capacity_below_enrolled" => "capacity",
        _ => "catalogueItemId",
    };

    /// <summary>The published items among the ids (the partner knows no other), a batch at a time.</summary>
    private async Task<Dictionary<CatalogueItemId, CatalogueItem>> PublishedItemsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<CatalogueItemId, CatalogueItem>();
        foreach (var batch in ids.Distinct().Select(id => new CatalogueItemId(id)).Chunk(PartnerPushLimits.LookupBatch))
        {
            var items = await db.CatalogueItems.AsNoTracking().Where(i => batch.Contains(i.Id) && i.LastPublishedEdition != null).ToListAsync(cancellationToken);
            items.ForEach(i => found[i.Id] = i);
        }

        return found;
    }

    /// <summary>The classes the links point at, tracked for their update.</summary>
    private async Task<Dictionary<TrainingClassId, TrainingClass>> LinkedClassesAsync(IEnumerable<PartnerRecordLink> links, CancellationToken cancellationToken)
    {
        var found = new Dictionary<TrainingClassId, TrainingClass>();
        foreach (var batch in links.Select(l => new TrainingClassId(l.RecordId)).Distinct().Chunk(PartnerPushLimits.LookupBatch))
        {
            var classes = await db.TrainingClasses.Where(c => batch.Contains(c.Id)).ToListAsync(cancellationToken);
            classes.ForEach(c => found[c.Id] = c);
        }

        return found;
    }
}
