using FluentValidation;
using FluentValidation.Results;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Application.Organizations.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Organizations.RegisterOrganization;

public sealed class RegisterOrganizationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RegisterOrganizationCommand, OrganizationDto>
{
    public async ValueTask<OrganizationDto> Handle(RegisterOrganizationCommand command, CancellationToken cancellationToken)
    {
        var mayRegister = user.Role switch
        {
            Roles.CityAdmin => true,
            Roles.DistrictAdmin => user.DistrictCode == command.DistrictCode,
            _ => false,
        };
        if (!mayRegister)
        {
            throw new ForbiddenAccessException("Only the city, or the district the organisation belongs to, registers an organisation.");
        }

        if (!await db.Districts.AnyAsync(d => d.Code == command.DistrictCode, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("districtCode", "Unknown district code; see GET /api/v1/districts.") { ErrorCode = "reference.unknown_district" }]);
        }

        var creditCode = UnifiedSocialCreditCode.Parse(command.CreditCode!);
        if (await db.Organizations.AnyAsync(o => o.CreditCode.Value == creditCode.Value, cancellationToken))
        {
            throw new ConflictException("organization.duplicate_credit_code", $"An organisation with credit code {creditCode} is already registered.");
        }

        var organization = Organization.Register(
            OrganizationId.New(),
            creditCode,
            command.Name!.Trim(),
            command.Type!.Value,
            command.DistrictCode!,
            command.Clusters ?? [],
            command.Contact!.ToContactDetails(),
            clock.GetUtcNow());

        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        return organization.Adapt<OrganizationDto>();
    }
}
