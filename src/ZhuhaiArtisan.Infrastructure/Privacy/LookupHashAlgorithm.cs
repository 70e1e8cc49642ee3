namespace ZhuhaiArtisan.Infrastructure.Privacy;

public enum LookupHashAlgorithm
{
    HmacSha256,

    /// <summary>HMAC over SM3 (GB/T 32905).</summary>
    HmacSm3,
}
