namespace ZhuhaiArtisan.Infrastructure.Privacy;

public sealed class PersonalDataKey
{
    /// <summary>A short name without colons, e.g. <c>2026-1</c>.</summary>
    public string Id { get; set; } = string.Empty;

    public PersonalDataCipher Cipher { get; set; } = PersonalDataCipher.Aes256Gcm;

    /// <summary>Base64: 32 bytes for AES-256-GCM, 16 bytes for SM4-GCM.</summary>
    public string Key { get; set; } = string.Empty;
}
