namespace ZhuhaiArtisan.Infrastructure.Privacy;

/// <summary>
/// The <c>PersonalData</c> configuration section: the keys personal information is encrypted and
/// hashed with. New values are encrypted with <see cref="ActiveKeyId"/>; every key listed can
/// still decrypt, so a rotation adds a key, makes it active and keeps the old one until the data
/// has been re-encrypted.
/// </summary>
public sealed class PersonalDataOptions
{
    public const string SectionName = "PersonalData";

    public string? ActiveKeyId { get; set; }

    public List<PersonalDataKey> Keys { get; set; } = [];

    /// <summary><c>HmacSha256</c> or <c>HmacSm3</c> (national cryptography).</summary>
    public LookupHashAlgorithm LookupHashAlgorithm { get; set; } = LookupHashAlgorithm.HmacSha256;

    /// <summary>Base64, at least 32 bytes. Changing it means re-hashing every stored value.</summary>
    public string? LookupHashKey { get; set; }
}

public sealed class PersonalDataKey
{
    /// <summary>A short name without colons, e.g. <c>2026-1</c>.</summary>
    public string Id { get; set; } = string.Empty;

    public PersonalDataCipher Cipher { get; set; } = PersonalDataCipher.Aes256Gcm;

    /// <summary>Base64: 32 bytes for AES-256-GCM, 16 bytes for SM4-GCM.</summary>
    public string Key { get; set; } = string.Empty;
}

public enum PersonalDataCipher
{
    /// <summary>AES-256 in GCM mode.</summary>
    Aes256Gcm,

    /// <summary>SM4 (GB/T 32907) in GCM mode, for 商用密码应用安全性评估.</summary>
    Sm4Gcm,
}

public enum LookupHashAlgorithm
{
    HmacSha256,

    /// <summary>HMAC over SM3 (GB/T 32905).</summary>
    HmacSm3,
}
