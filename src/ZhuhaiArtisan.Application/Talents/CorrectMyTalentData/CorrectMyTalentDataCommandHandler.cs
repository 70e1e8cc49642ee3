using FluentValidation;
using FluentValidation.Results;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Application.Talents.CorrectMyTalentData;

public sealed class CorrectMyTalentDataCommandHandler(IApplicationDbContext db, ICurrentUser user, IPersonalDataProtector protector, TimeProvider clock)
    : ICommandHandler<CorrectMyTalentDataCommand, TalentDto>
{
    public async ValueTask<TalentDto> Handle(CorrectMyTalentDataCommand command, CancellationToken cancellationToken)
    {
        var talent = await db.Talents.OwnedBy(user).SingleOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException("talent.not_found", "You have no talent record yet; register first.");
        ExpectedVersion.EnsureMatches(talent, command.IfMatch);

        if (!await db.Districts.AnyAsync(d => d.Code == command.ResidenceDistrictCode, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("residenceDistrictCode", "Unknown district code; see GET /api/v1/districts.")]);
        }

        // A fresh ciphertext for the same number would read as a change in the audit trail.
        var phone = protector.Decrypt(talent.Phone.Ciphertext) == command.Phone
            ? talent.Phone
            : new ProtectedValue(protector.Encrypt(command.Phone!), Mask.Phone(command.Phone));
        talent.Correct(
            command.Name!,
            phone,
            command.ResidenceDistrictCode!,
            command.Origin!.Value,
            command.Major?.Trim(),
            command.GraduationDate,
            (command.Wishes ?? new JobWishesInput(null, null, null, null, null)).ToJobWishes(),
            clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return talent.Adapt<TalentDto>();
    }
}
