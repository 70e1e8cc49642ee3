namespace ZhuhaiArtisan.Domain.Access.PartnerClients;

public sealed class PartnerApiKey
{
    public const int NameMaxLength = 64;
    public const int PrefixLength = 12;
    public const int HashLength = 64;

    private PartnerApiKey()
    {
    }

    public PartnerApiKeyId Id { get; private set; }

    public PartnerClientId PartnerClientId { get; private set; }

    public string Name { get; private set; } = null!;

    /// <summary>The first characters of the key, kept so a key can be recognised in lists without revealing it.</summary>
    public string Prefix { get; private set; } = null!;

    /// <summary>SHA-256 of the whole key, hex: the key itself is never stored.</summary>
    public string KeyHash { get; private set; } = null!;

    public DateTimeOffset IssuedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActiveAt(DateTimeOffset instant) => RevokedAt is null && (ExpiresAt is null || instant < ExpiresAt);

    internal static PartnerApiKey Issue(PartnerApiKeyId id, PartnerClientId clientId, string name, string prefix, string keyHash, DateTimeOffset issuedAt, DateTimeOffset? expiresAt) =>
        new()
        {
            Id = id,
            PartnerClientId = clientId,
            Name = name,
            Prefix = prefix,
            KeyHash = keyHash,
            IssuedAt = issuedAt,
            ExpiresAt = expiresAt,
        };

    internal void Revoke(DateTimeOffset revokedAt) => RevokedAt = revokedAt;
}
