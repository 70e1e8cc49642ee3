namespace ZhuhaiArtisan.Domain.Talents.SkillCertificates;

public readonly record struct SkillCertificateId(Guid Value)
{
    public static SkillCertificateId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
