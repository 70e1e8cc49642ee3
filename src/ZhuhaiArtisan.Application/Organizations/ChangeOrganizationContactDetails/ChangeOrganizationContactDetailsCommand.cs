using Mediator;
using ZhuhaiArtisan.Application.Common.Concurrency;
using ZhuhaiArtisan.Application.Organizations.Common;

namespace ZhuhaiArtisan.Application.Organizations.ChangeOrganizationContactDetails;

public sealed record ChangeOrganizationContactDetailsCommand(Guid Id, VersionPrecondition IfMatch, ContactDetailsInput? Contact) : ICommand<OrganizationDto>;
