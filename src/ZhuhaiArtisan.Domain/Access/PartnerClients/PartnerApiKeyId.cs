namespace ZhuhaiArtisan.Domain.Access.PartnerClients;

public readonly record struct PartnerApiKeyId(Guid Value)
{
    public static PartnerApiKeyId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
