using ZhuhaiArtisan.Domain.Access.PartnerClients.Rules;
using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Access.PartnerClients;

/// <summary>
/// A system integrating machine-to-machine (the 技行珠海 online training platform). It signs in
/// with API keys that the city issues and revokes; only their hashes are kept.
/// </summary>
public sealed class PartnerClient : AggregateRoot, IVersioned
{
    public const int CodeMaxLength = 64;
    public const int NameMaxLength = 128;
    public const int MaxActiveKeys = 2;

    private readonly List<PartnerApiKey> _apiKeys = [];

    private PartnerClient()
    {
    }

    public PartnerClientId Id { get; private set; }

    public string Code { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public DateTimeOffset RegisteredAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyCollection<PartnerApiKey> ApiKeys => _apiKeys.AsReadOnly();

    public static PartnerClient Register(PartnerClientId id, string code, string name, DateTimeOffset registeredAt) =>
        new() { Id = id, Code = code, Name = name, RegisteredAt = registeredAt, Version = 1 };

    /// <summary>
    /// Records a new key by its hash. Two keys may be active at once so a partner can roll over
    /// without downtime; a third needs one revoked first.
    /// </summary>
    public PartnerApiKey IssueApiKey(PartnerApiKeyId keyId, string name, string prefix, string keyHash, DateTimeOffset issuedAt, DateTimeOffset? expiresAt)
    {
        CheckRule(new PartnerClientMayHoldAtMostTwoActiveKeysRule(_apiKeys, issuedAt));
        var key = PartnerApiKey.Issue(keyId, Id, name, prefix, keyHash, issuedAt, expiresAt);
        _apiKeys.Add(key);
        Version++;
        return key;
    }

    public PartnerApiKey RevokeApiKey(PartnerApiKeyId keyId, DateTimeOffset revokedAt)
    {
        var key = _apiKeys.SingleOrDefault(k => k.Id == keyId);
        CheckRule(new ApiKeyMustBelongToClientRule(key));
        CheckRule(new ApiKeyMustNotBeRevokedRule(key!));
        key!.Revoke(revokedAt);
        Version++;
        return key;
    }
}
