using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Common.Time;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Training.Enrolments;

namespace ZhuhaiArtisan.Application.Training.EnrolTalent;

public sealed class EnrolTalentCommandHandler(IApplicationDbContext db, ICurrentUser user, IPersonalDataProtector protector, TimeProvider clock)
    : ICommandHandler<EnrolTalentCommand, EnrolmentDto>
{
    public async ValueTask<EnrolmentDto> Handle(EnrolTalentCommand command, CancellationToken cancellationToken)
    {
        user.EnsureMayRecordTraining("enrols trainees");
        var trainingClass = await db.FindVisibleClassAsync(user, command.ClassId, cancellationToken);
        var item = await db.CatalogueItems.AsNoTracking().SingleAsync(i => i.Id == trainingClass.CatalogueItemId, cancellationToken);
        var today = clock.TodayInChina();
        var now = clock.GetUtcNow();
        var accepts = EnrolmentAcceptance.AcceptsEnrolment(item, await db.CurrentEditionAsync(cancellationToken), today);

        var (talent, isNew) = await TalentOfAsync(command, now, cancellationToken);
        if (!isNew && await db.Enrolments.AnyAsync(e => e.ClassId == trainingClass.Id && e.TalentId == talent.Id, cancellationToken))
        {
            throw new ConflictException("training.already_enrolled", "The talent is already enrolled in this class.");
        }

        var enrolment = Enrolment.Enrol(EnrolmentId.New(), trainingClass, accepts, talent.Id, user.PartnerOf(), today, now);

        // The seat is taken by one conditional update: of two enrolments racing for the last seat,
        // the database lets one through and the other finds the class full.
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var taken = await db.TrainingClasses
                .Where(c => c.Id == trainingClass.Id && c.EnrolledCount < c.Capacity)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.EnrolledCount, c => c.EnrolledCount + 1).SetProperty(c => c.Version, c => c.Version + 1), ct);
            if (taken == 0)
            {
                throw new ConflictException("training.class_full", $"The class is full: all {trainingClass.Capacity} seats are taken.");
            }

            if (isNew)
            {
                db.Talents.Add(talent);
            }

            db.Enrolments.Add(enrolment);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);

        return EnrolmentDto.Of(enrolment, talent.Name, talent.IdentityNumber.Masked);
    }

    private async Task<(Talent Talent, bool IsNew)> TalentOfAsync(EnrolTalentCommand command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (command.TalentId is { } id)
        {
            // By id only someone the caller already sees — an institution its students and
            // trainees, the partner those it enrolled before; anyone else is enrolled by identity
            // document, which a caller who knows the person has. An id alone must not reveal a
            // stranger's name and masked number, nor make them visible.
            var talentId = new TalentId(id);
            var known = user.PartnerOf() is { } partner
                ? db.Talents.Where(t => db.Enrolments.Any(e => e.TalentId == t.Id && e.PushedByPartner == partner))
                : db.Talents.VisibleTo(user, db);
            var found = await known.AsNoTracking().SingleOrDefaultAsync(t => t.Id == talentId, cancellationToken)
                        ?? throw NotFoundException.For("talent", id);
            return (found, false);
        }

        var trainee = command.Trainee!;
        var (type, number, hash) = TraineeRegistration.Identify(protector, trainee);
        var registered = await db.Talents.AsNoTracking().SingleOrDefaultAsync(t => t.IdentityNumberHash == hash, cancellationToken);
        if (registered is not null)
        {
            return (registered, false);
        }

        var failures = TraineeRegistration.MissingForRegistration(trainee)
            .Select(field => new ValidationFailure($"trainee.{field}", "No talent is registered with this identity document: the field is needed to register them."))
            .ToList();
        if (trainee.ResidenceDistrictCode is { Length: > 0 } district && !await db.Districts.AnyAsync(d => d.Code == district, cancellationToken))
        {
            failures.Add(new ValidationFailure("trainee.residenceDistrictCode", "Unknown district code; see GET /api/v1/districts."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return (TraineeRegistration.Register(trainee, type, number, hash, protector, user, now), true);
    }
}
