namespace ZhuhaiArtisan.Domain.Access.PartnerClients;

public readonly record struct PartnerClientId(Guid Value)
{
    public static PartnerClientId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
