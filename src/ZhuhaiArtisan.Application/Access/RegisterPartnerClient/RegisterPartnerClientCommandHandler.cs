using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Access.Common;
using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Access.PartnerClients;

namespace ZhuhaiArtisan.Application.Access.RegisterPartnerClient;

public sealed class RegisterPartnerClientCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RegisterPartnerClientCommand, PartnerClientDto>
{
    public async ValueTask<PartnerClientDto> Handle(RegisterPartnerClientCommand command, CancellationToken cancellationToken)
    {
        user.EnsureCityAdmin("registers partner clients");
        if (await db.PartnerClients.AnyAsync(c => c.Code == command.Code, cancellationToken))
        {
            throw new ConflictException("partner_client.duplicate_code", $"A partner client with code '{command.Code}' already exists.");
        }

        var client = PartnerClient.Register(PartnerClientId.New(), command.Code!, command.Name!.Trim(), clock.GetUtcNow());
        db.PartnerClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return client.Adapt<PartnerClientDto>();
    }
}
