namespace ZhuhaiArtisan.Domain.Organizations;

public enum UnifiedSocialCreditCodeError
{
    None,
    WrongLength,
    IllegalCharacter,
    WrongCheckCharacter,
}
