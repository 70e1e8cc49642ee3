using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ZhuhaiArtisan.Infrastructure.Privacy;

namespace ZhuhaiArtisan.Infrastructure.Tests.Privacy;

public sealed class PersonalDataProtectorTests
{
    private const string AesKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private const string OtherAesKey = "HxwdHhsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=";
    private const string Sm4Key = "AAECAwQFBgcICQoLDA0ODw==";
    private const string HashKey = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

    [Theory]
    [InlineData(PersonalDataCipher.Aes256Gcm, AesKey)]
    [InlineData(PersonalDataCipher.Sm4Gcm, Sm4Key)]
    public void Encrypt_ThenDecrypt_ReturnsThePlaintext_AndNeverRepeatsACiphertext(PersonalDataCipher cipher, string key)
    {
        var protector = Protector(("k1", cipher, key));

        var first = protector.Encrypt("440402199203150015");
        var second = protector.Encrypt("440402199203150015");

        Assert.StartsWith("k1:", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
        Assert.DoesNotContain("440402", first, StringComparison.Ordinal);
        Assert.Equal("440402199203150015", protector.Decrypt(first));
        Assert.Equal("阿卜杜拉·买买提 𠀾", protector.Decrypt(protector.Encrypt("阿卜杜拉·买买提 𠀾")));
    }

    [Theory]
    [InlineData(PersonalDataCipher.Aes256Gcm, AesKey)]
    [InlineData(PersonalDataCipher.Sm4Gcm, Sm4Key)]
    public void Decrypt_WhenTheCiphertextWasAltered_Throws(PersonalDataCipher cipher, string key)
    {
        var protector = Protector(("k1", cipher, key));
        var stored = protector.Encrypt("13800138000");
        var bytes = Convert.FromBase64String(stored[3..]);
        bytes[^1] ^= 0x01;

        Assert.ThrowsAny<Exception>(() => protector.Decrypt("k1:" + Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void Rotation_NewValuesUseTheActiveKey_OldValuesStillDecrypt()
    {
        var before = Protector(("2025", PersonalDataCipher.Aes256Gcm, AesKey));
        var old = before.Encrypt("13800138000");

        var after = Protector(("2026", PersonalDataCipher.Sm4Gcm, Sm4Key), ("2025", PersonalDataCipher.Aes256Gcm, AesKey));
        var fresh = after.Encrypt("13900139000");

        Assert.StartsWith("2026:", fresh, StringComparison.Ordinal);
        Assert.Equal("13800138000", after.Decrypt(old));
        Assert.Equal("13900139000", after.Decrypt(fresh));
    }

    [Fact]
    public void Decrypt_UnderAnotherKeysName_Fails()
    {
        // The key id is authenticated: relabelling a value as another key's cannot pass.
        var protector = Protector(("a", PersonalDataCipher.Aes256Gcm, AesKey), ("b", PersonalDataCipher.Aes256Gcm, AesKey));
        var stored = protector.Encrypt("13800138000");

        Assert.ThrowsAny<CryptographicException>(() => protector.Decrypt("b" + stored[1..]));
    }

    [Fact]
    public void Decrypt_WithAnUnknownKey_SaysWhichKeyIsMissing()
    {
        var stored = Protector(("gone", PersonalDataCipher.Aes256Gcm, OtherAesKey)).Encrypt("x");

        var exception = Assert.Throws<CryptographicException>(() => Protector(("k1", PersonalDataCipher.Aes256Gcm, AesKey)).Decrypt(stored));

        Assert.Contains("gone", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LookupHashAlgorithm.HmacSha256)]
    [InlineData(LookupHashAlgorithm.HmacSm3)]
    public void LookupHash_IsDeterministic_KeyDependent_And64HexCharacters(LookupHashAlgorithm algorithm)
    {
        var protector = Protector(algorithm, HashKey, ("k1", PersonalDataCipher.Aes256Gcm, AesKey));
        var otherKey = Protector(algorithm, OtherAesKey, ("k1", PersonalDataCipher.Aes256Gcm, AesKey));

        var hash = protector.LookupHash("ResidentIdentityCard|440402199203150015");

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, protector.LookupHash("ResidentIdentityCard|440402199203150015"));
        Assert.NotEqual(hash, protector.LookupHash("ResidentIdentityCard|440402199203150016"));
        Assert.NotEqual(hash, otherKey.LookupHash("ResidentIdentityCard|440402199203150015"));
    }

    [Fact]
    public void Sm3Digest_UnderTheLookupHash_MatchesTheStandardTestVector()
    {
        // HMAC-SM3 is HMAC (RFC 2104) over this digest; SM3 of "abc" is the example of GB/T 32905.
        var digest = new Org.BouncyCastle.Crypto.Digests.SM3Digest();
        var message = "abc"u8.ToArray();
        digest.BlockUpdate(message, 0, message.Length);
        var output = new byte[32];
        digest.DoFinal(output, 0);

        Assert.Equal("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", Convert.ToHexStringLower(output));
    }

    [Theory]
    [InlineData(PersonalDataCipher.Aes256Gcm, Sm4Key)]
    [InlineData(PersonalDataCipher.Sm4Gcm, AesKey)]
    public void Validator_RefusesAKeyOfTheWrongSize(PersonalDataCipher cipher, string key)
    {
        var result = new PersonalDataOptionsValidator().Validate(null, Options(LookupHashAlgorithm.HmacSha256, HashKey, ("k1", cipher, key)));

        Assert.True(result.Failed);
        Assert.Contains("k1", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_RefusesMissingKeysAndAShortHashKey()
    {
        var result = new PersonalDataOptionsValidator().Validate(null, new PersonalDataOptions { LookupHashKey = "AAAA" });

        Assert.True(result.Failed);
        Assert.Contains("PersonalData:Keys", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("LookupHashKey", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyThreadsAtOnce_EachGetTheirOwnValueBack_AndAFailedDecryptionSpoilsNothing()
    {
        // The AES instances are kept and shared out: no two calls may use one at the same time.
        using var protector = Protector(("k1", PersonalDataCipher.Aes256Gcm, AesKey));
        var values = Enumerable.Range(0, 2_000).Select(i => $"4404021990{i:D8}").ToArray();
        var bytes = Convert.FromBase64String(protector.Encrypt("13800138000")[3..]);
        bytes[^1] ^= 0x01;
        var tampered = "k1:" + Convert.ToBase64String(bytes);

        var results = new string[values.Length];
        Parallel.For(0, values.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (i % 100 == 0)
            {
                Assert.ThrowsAny<CryptographicException>(() => protector.Decrypt(tampered));
            }

            results[i] = protector.Decrypt(protector.Encrypt(values[i]));
        });

        Assert.Equal(values, results);
    }

    private static PersonalDataProtector Protector(params (string Id, PersonalDataCipher Cipher, string Key)[] keys) =>
        Protector(LookupHashAlgorithm.HmacSha256, HashKey, keys);

    private static PersonalDataProtector Protector(LookupHashAlgorithm algorithm, string hashKey, params (string Id, PersonalDataCipher Cipher, string Key)[] keys) =>
        new(Microsoft.Extensions.Options.Options.Create(Options(algorithm, hashKey, keys)));

    private static PersonalDataOptions Options(LookupHashAlgorithm algorithm, string hashKey, params (string Id, PersonalDataCipher Cipher, string Key)[] keys) =>
        new()
        {
            ActiveKeyId = keys[0].Id,
            Keys = keys.Select(k => new PersonalDataKey { Id = k.Id, Cipher = k.Cipher, Key = k.Key }).ToList(),
            LookupHashAlgorithm = algorithm,
            LookupHashKey = hashKey,
        };
}
