namespace ZhuhaiArtisan.Infrastructure.Privacy;

public enum PersonalDataCipher
{
    /// <summary>AES-256 in GCM mode.</summary>
    Aes256Gcm,

    /// <summary>SM4 (GB/T 32907) in GCM mode, for 商用密码应用安全性评估.</summary>
    Sm4Gcm,
}
