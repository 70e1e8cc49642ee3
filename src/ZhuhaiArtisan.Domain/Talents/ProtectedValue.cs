namespace ZhuhaiArtisan.Domain.Talents;

/// <summary>
/// Personal information as stored: the ciphertext (carrying its key version) and the masked form
/// shown to callers without the right to the full value.
/// </summary>
public sealed record ProtectedValue(string Ciphertext, string Masked)
{
    public const int CiphertextMaxLength = 256;
    public const int MaskedMaxLength = 32;
}
