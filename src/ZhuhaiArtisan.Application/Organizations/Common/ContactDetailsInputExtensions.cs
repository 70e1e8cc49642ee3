using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Application.Organizations.Common;

public static class ContactDetailsInputExtensions
{
    /// <summary>Called after validation, which guarantees the required parts are present.</summary>
    public static ContactDetails ToContactDetails(this ContactDetailsInput input) =>
        new(input.ContactName!.Trim(), input.ContactPhone!, string.IsNullOrWhiteSpace(input.ContactEmail) ? null : input.ContactEmail.Trim(), input.Address!.Trim());
}
