using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Application.Talents.GetTalentSkills;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Domain.Talents.Appointments;

namespace ZhuhaiArtisan.Application.Talents.MakeAppointment;

public sealed class MakeAppointmentCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<MakeAppointmentCommand, AppointmentDto>
{
    public async ValueTask<AppointmentDto> Handle(MakeAppointmentCommand command, CancellationToken cancellationToken)
    {
        var (tier, district, enterprise) = user.Role switch
        {
            Roles.CityAdmin => (AppointmentTier.City, (string?)null, (OrganizationId?)null),
            Roles.DistrictAdmin when user.DistrictCode is { } code => (AppointmentTier.District, code, null),
            Roles.Enterprise when user.OrganizationId is { } own => (AppointmentTier.Enterprise, null, new OrganizationId(own)),
            _ => throw new ForbiddenAccessException("The city, a district or an enterprise appoints 特级技师 and 首席技师."),
        };
        var talent = await db.FindVisibleTalentAsync(user, command.TalentId, cancellationToken);
        if (!await db.Occupations.AnyAsync(o => o.Code == command.OccupationCode, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("occupationCode", "Unknown occupation code; see GET /api/v1/occupations.")]);
        }

        var now = clock.GetUtcNow();
        var appointment = Appointment.Make(
            AppointmentId.New(),
            talent.Id,
            SkillLevel.FindByCode(command.SkillLevel)!,
            command.OccupationCode!,
            tier,
            command.AppointingBody!.Trim(),
            district,
            enterprise,
            command.From!.Value,
            command.Until,
            TalentRecordKeeping.ProvenanceOf(user, TalentRecordKeeping.LegalBasisOf(user), now));
        db.Appointments.Add(appointment);
        await db.SaveChangesAsync(cancellationToken);
        return AppointmentDto.Of(appointment);
    }
}
