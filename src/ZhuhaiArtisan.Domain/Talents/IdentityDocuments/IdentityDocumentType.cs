namespace ZhuhaiArtisan.Domain.Talents.IdentityDocuments;

/// <summary>The identity documents a talent may register with (DESIGN §5).</summary>
public enum IdentityDocumentType
{
    /// <summary>居民身份证: 18 characters, GB 11643 (ISO 7064 MOD 11-2) check character.</summary>
    ResidentIdentityCard,

    /// <summary>港澳台居民居住证: the resident-card format with the prefix 810000, 820000 or 830000.</summary>
    HongKongMacaoTaiwanResidencePermit,

    /// <summary>港澳居民来往内地通行证: H (Hong Kong) or M (Macao), the 8-digit lifetime number, and the 2-digit renewal count.</summary>
    MainlandTravelPermitForHongKongMacaoResidents,

    /// <summary>外国人永久居留身份证: 2023 edition 18 digits starting 9 with a MOD 11-2 check; 2017 edition 3 letters + 12 digits.</summary>
    ForeignPermanentResidentIdCard,
}
