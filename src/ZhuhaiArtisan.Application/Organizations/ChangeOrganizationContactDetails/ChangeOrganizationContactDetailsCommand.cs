using Mediator;
using ZhuhaiArtisan.Application.Organizations.Common;

namespace ZhuhaiArtisan.Application.Organizations.ChangeOrganizationContactDetails;

public sealed record ChangeOrganizationContactDetailsCommand(Guid Id, int ExpectedVersion, ContactDetailsInput? Contact) : ICommand<OrganizationDto>;
