namespace ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

public enum IdentityNumberError
{
    None,
    WrongLength,
    IllegalCharacter,
    WrongPrefix,
    InvalidBirthDate,
    WrongCheckCharacter,
}
