namespace ZhuhaiArtisan.Domain.Organizations;

/// <summary>How the programme reaches an organisation. The contact phone is personal information.</summary>
public sealed record ContactDetails(string ContactName, string ContactPhone, string? ContactEmail, string Address)
{
    public const int ContactNameMaxLength = 64;
    public const int ContactPhoneMaxLength = 20;
    public const int ContactEmailMaxLength = 254;
    public const int AddressMaxLength = 256;
}
