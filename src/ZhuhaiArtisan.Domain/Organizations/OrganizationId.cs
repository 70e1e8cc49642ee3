namespace ZhuhaiArtisan.Domain.Organizations;

public readonly record struct OrganizationId(Guid Value)
{
    public static OrganizationId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
