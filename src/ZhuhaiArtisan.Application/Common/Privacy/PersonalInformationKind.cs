namespace ZhuhaiArtisan.Application.Common.Privacy;

public enum PersonalInformationKind
{
    Phone,
    IdentityNumber,
    Name,
    Email,
    Other,
}
