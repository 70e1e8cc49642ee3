namespace ZhuhaiArtisan.Application.Common.Privacy;

/// <summary>
/// Encrypts personal information for storage and computes the keyed hashes it is looked up by.
/// Ciphertexts name the key that made them, so keys can be rotated without re-encrypting at once.
/// </summary>
public interface IPersonalDataProtector
{
    string Encrypt(string plaintext);

    string Decrypt(string ciphertext);

    /// <summary>A keyed hash (64 hex characters) of a normalised value: equal values, equal hashes.</summary>
    string LookupHash(string normalizedValue);
}
