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
