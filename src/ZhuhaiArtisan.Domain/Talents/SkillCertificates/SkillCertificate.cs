using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates.Events;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates.Rules;

namespace ZhuhaiArtisan.Domain.Talents.SkillCertificates;

/// <summary>
/// A 职业技能等级证书: a talent's level in one occupation, from 学徒工 to 高级技师. A talent's level
/// in an occupation is their highest certificate in it; every certificate is kept, as the
/// promotion history the level-promotion subsidies are paid on.
/// </summary>
public sealed class SkillCertificate : AggregateRoot
{
    public const int CertificateNumberMaxLength = 32;
    public const int IssuingBodyMaxLength = 128;

    private SkillCertificate()
    {
    }

    public SkillCertificateId Id { get; private set; }

    public TalentId TalentId { get; private set; }

    public string OccupationCode { get; private set; } = null!;

    public string SkillLevelCode { get; private set; } = null!;

    public string CertificateNumber { get; private set; } = null!;

    public string IssuingBody { get; private set; } = null!;

    public DateOnly IssuedOn { get; private set; }

    public CertificationRoute Route { get; private set; }

    /// <summary>The enterprise a self-recognition is attributed to.</summary>
    public OrganizationId? RecognizedBy { get; private set; }

    public Provenance Provenance { get; private set; } = null!;

    public SkillLevel Level => SkillLevel.FindByCode(SkillLevelCode)!;

    /// <param name="previousLevel">The talent's level in this occupation before this certificate, if any.</param>
    public static SkillCertificate Record(
        SkillCertificateId id,
        TalentId talentId,
        string occupationCode,
        SkillLevel level,
        string certificateNumber,
        string issuingBody,
        DateOnly issuedOn,
        CertificationRoute route,
        OrganizationId? recognizedBy,
        SkillLevel? previousLevel,
        Provenance provenance)
    {
        CheckRule(new CertificateLevelMustBeReachedByCertificateRule(level));
        CheckRule(new SelfRecognitionMustNameTheEnterpriseRule(route, recognizedBy));

        var certificate = new SkillCertificate
        {
            Id = id,
            TalentId = talentId,
            OccupationCode = occupationCode,
            SkillLevelCode = level.Code,
            CertificateNumber = certificateNumber,
            IssuingBody = issuingBody,
            IssuedOn = issuedOn,
            Route = route,
            RecognizedBy = recognizedBy,
            Provenance = provenance,
        };
        certificate.AddDomainEvent(new SkillCertificateRecordedDomainEvent(id, talentId, occupationCode, level.Code, route, provenance.RecordedAt));
        if (previousLevel is null || level.Rank > previousLevel.Rank)
        {
            certificate.AddDomainEvent(new TalentPromotedDomainEvent(talentId, occupationCode, previousLevel?.Code, level.Code, route, recognizedBy, issuedOn, provenance.RecordedAt));
        }

        return certificate;
    }
}
