using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;
using ZhuhaiArtisan.Application.Common.Privacy;

namespace ZhuhaiArtisan.Infrastructure.Privacy;

/// <summary>
/// Authenticated encryption of personal information. A stored value reads
/// <c>{keyId}:{base64(nonce ‖ ciphertext ‖ tag)}</c>; the key id selects both key and cipher.
/// </summary>
internal sealed class PersonalDataProtector : IPersonalDataProtector, IDisposable
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Dictionary<string, KeyEntry> _keys;
    private readonly string _activeKeyId;
    private readonly LookupHashAlgorithm _hashAlgorithm;
    private readonly byte[] _hashKey;

    public PersonalDataProtector(IOptions<PersonalDataOptions> options)
    {
        var settings = options.Value;
        _keys = settings.Keys.ToDictionary(k => k.Id, k => new KeyEntry(k.Cipher, Convert.FromBase64String(k.Key)), StringComparer.Ordinal);
        _activeKeyId = settings.ActiveKeyId!;
        _hashAlgorithm = settings.LookupHashAlgorithm;
        _hashKey = Convert.FromBase64String(settings.LookupHashKey!);
    }

    public string Encrypt(string plaintext)
    {
        var entry = _keys[_activeKeyId];
        var data = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + data.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        // The key id is bound as associated data, so a value cannot be passed off under another key.
        var associated = Encoding.UTF8.GetBytes(_activeKeyId);
        if (entry.Cipher == PersonalDataCipher.Aes256Gcm)
        {
            var aes = entry.RentAes();
            aes.Encrypt(nonce, data, output.AsSpan(NonceSize, data.Length), output.AsSpan(NonceSize + data.Length), associated);
            entry.Return(aes);
        }
        else
        {
            var gcm = Sm4Gcm(forEncryption: true, entry.Key, nonce.ToArray(), associated);
            var length = gcm.ProcessBytes(data, 0, data.Length, output, NonceSize);
            gcm.DoFinal(output, NonceSize + length);
        }

        return $"{_activeKeyId}:{Convert.ToBase64String(output)}";
    }

    public string Decrypt(string ciphertext)
    {
        var separator = ciphertext.IndexOf(':', StringComparison.Ordinal);
        var keyId = separator > 0 ? ciphertext[..separator] : throw new CryptographicException("The stored value names no key.");
        if (!_keys.TryGetValue(keyId, out var entry))
        {
            throw new CryptographicException($"Key '{keyId}' is not configured; it is needed to read values it encrypted.");
        }

        var input = Convert.FromBase64String(ciphertext[(separator + 1)..]);
        var nonce = input.AsSpan(0, NonceSize);
        var dataLength = input.Length - NonceSize - TagSize;
        var associated = Encoding.UTF8.GetBytes(keyId);
        var plain = new byte[dataLength];
        if (entry.Cipher == PersonalDataCipher.Aes256Gcm)
        {
            var aes = entry.RentAes();
            try
            {
                aes.Decrypt(nonce, input.AsSpan(NonceSize, dataLength), input.AsSpan(NonceSize + dataLength), plain, associated);
            }
            finally
            {
                entry.Return(aes);
            }
        }
        else
        {
            var gcm = Sm4Gcm(forEncryption: false, entry.Key, nonce.ToArray(), associated);
            var buffer = new byte[dataLength + TagSize];
            var length = gcm.ProcessBytes(input, NonceSize, dataLength + TagSize, buffer, 0);
            length += gcm.DoFinal(buffer, length);
            buffer.AsSpan(0, length).CopyTo(plain);
        }

        return Encoding.UTF8.GetString(plain);
    }

    public string LookupHash(string normalizedValue)
    {
        var data = Encoding.UTF8.GetBytes(normalizedValue);
        if (_hashAlgorithm == LookupHashAlgorithm.HmacSha256)
        {
            return Convert.ToHexStringLower(HMACSHA256.HashData(_hashKey, data));
        }

        var hmac = new HMac(new SM3Digest());
        hmac.Init(new KeyParameter(_hashKey));
        hmac.BlockUpdate(data, 0, data.Length);
        var result = new byte[hmac.GetMacSize()];
        hmac.DoFinal(result, 0);
        return Convert.ToHexStringLower(result);
    }

    private static GcmBlockCipher Sm4Gcm(bool forEncryption, byte[] key, byte[] nonce, byte[] associated)
    {
        var gcm = new GcmBlockCipher(new SM4Engine());
        gcm.Init(forEncryption, new AeadParameters(new KeyParameter(key), TagSize * 8, nonce, associated));
        return gcm;
    }

    public void Dispose()
    {
        foreach (var entry in _keys.Values)
        {
            entry.Dispose();
        }
    }

    /// <summary>
    /// A key and, for AES-GCM, instances ready to use: making one sets up a native cipher context
    /// for the key, which costs more than encrypting a phone number; an instance serves one call at
    /// a time, so each call takes one from the pool and puts it back.
    /// </summary>
    private sealed class KeyEntry(PersonalDataCipher cipher, byte[] key) : IDisposable
    {
        private readonly ConcurrentBag<AesGcm> _aesInstances = [];

        public PersonalDataCipher Cipher { get; } = cipher;

        public byte[] Key { get; } = key;

        public AesGcm RentAes() => _aesInstances.TryTake(out var aes) ? aes : new AesGcm(Key, TagSize);

        public void Return(AesGcm aes) => _aesInstances.Add(aes);

        public void Dispose()
        {
            while (_aesInstances.TryTake(out var aes))
            {
                aes.Dispose();
            }
        }
    }
}
