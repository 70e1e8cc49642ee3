using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates.Events;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates.Rules;
using ZhuhaiArtisan.Domain.UnitTests.Common;

namespace ZhuhaiArtisan.Domain.UnitTests.Talents;

public sealed class SkillCertificateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);
    private static readonly TalentId Talent = TalentId.New();
    private static readonly OrganizationId Enterprise = OrganizationId.New();
    private static readonly Provenance ByTheCity = new("city-admin", "CityAdmin", null, LegalBasis.StatutoryDuty, Now);

    private static SkillCertificate Record(
        SkillLevel level,
        SkillLevel? previous,
        CertificationRoute route = CertificationRoute.SocialEvaluation,
        OrganizationId? recognizedBy = null) =>
        SkillCertificate.Record(
            SkillCertificateId.New(), Talent, "6-18-02-04", level, "Y440400202600001", "珠海市职业技能鉴定指导中心",
            new DateOnly(2026, 6, 30), route, recognizedBy, previous, ByTheCity);

    [Fact]
    public void Record_AFirstCertificate_RaisesRecordedAndPromotedFromNoLevel()
    {
        var certificate = Record(SkillLevel.Junior, previous: null);

        var recorded = DomainAssert.RaisedEvent<SkillCertificateRecordedDomainEvent>(certificate);
        Assert.Equal(certificate.Id, recorded.CertificateId);
        Assert.Equal("junior", recorded.SkillLevelCode);
        var promoted = DomainAssert.RaisedEvent<TalentPromotedDomainEvent>(certificate);
        Assert.Equal(Talent, promoted.TalentId);
        Assert.Equal("6-18-02-04", promoted.OccupationCode);
        Assert.Null(promoted.FromLevelCode);
        Assert.Equal("junior", promoted.ToLevelCode);
        Assert.Equal(new DateOnly(2026, 6, 30), promoted.PromotedOn);
        Assert.Equal(Now, promoted.OccurredAt);
        Assert.Equal(2, certificate.DomainEvents.Count);
    }

    [Fact]
    public void Record_AHigherLevel_RaisesPromotedFromThePreviousLevelWithTheRecognisingEnterprise()
    {
        var certificate = Record(SkillLevel.Technician, SkillLevel.Senior, CertificationRoute.EnterpriseSelfRecognition, Enterprise);

        var promoted = DomainAssert.RaisedEvent<TalentPromotedDomainEvent>(certificate);
        Assert.Equal("senior", promoted.FromLevelCode);
        Assert.Equal("technician", promoted.ToLevelCode);
        Assert.Equal(CertificationRoute.EnterpriseSelfRecognition, promoted.Route);
        Assert.Equal(Enterprise, promoted.RecognizedBy);
        Assert.Equal(Enterprise, certificate.RecognizedBy);
    }

    [Theory]
    [InlineData("senior", "senior")]
    [InlineData("junior", "senior")]
    [InlineData("apprentice", "senior-technician")]
    public void Record_ALevelThatDoesNotRise_RaisesOnlyRecorded(string level, string previous)
    {
        var certificate = Record(SkillLevel.FindByCode(level)!, SkillLevel.FindByCode(previous));

        DomainAssert.RaisedEvent<SkillCertificateRecordedDomainEvent>(certificate);
        DomainAssert.RaisedNoEvent<TalentPromotedDomainEvent>(certificate);
    }

    [Theory]
    [InlineData("principal-technician")]
    [InlineData("chief-technician")]
    public void Record_ALevelFilledByAppointment_BreaksRule(string level)
    {
        DomainAssert.BrokenRule<CertificateLevelMustBeReachedByCertificateRule>(
            () => Record(SkillLevel.FindByCode(level)!, previous: null),
            "certificate.level_by_appointment");
    }

    [Fact]
    public void Record_EveryLevelUpToSeniorTechnician_IsReachedByCertificate()
    {
        foreach (var level in SkillLevel.All.Where(l => !l.IsReachedByAppointment))
        {
            Assert.Equal(level.Code, Record(level, previous: null).SkillLevelCode);
        }
    }

    [Fact]
    public void Record_ASelfRecognitionWithoutItsEnterprise_BreaksRule()
    {
        DomainAssert.BrokenRule<SelfRecognitionMustNameTheEnterpriseRule>(
            () => Record(SkillLevel.Technician, null, CertificationRoute.EnterpriseSelfRecognition, recognizedBy: null),
            "certificate.self_recognition_without_enterprise");
    }

    [Theory]
    [InlineData(CertificationRoute.SocialEvaluation)]
    [InlineData(CertificationRoute.College1PlusX)]
    [InlineData(CertificationRoute.MacaoRecognition)]
    public void Record_AnotherRouteAttributedToAnEnterprise_BreaksRule(CertificationRoute route)
    {
        DomainAssert.BrokenRule<SelfRecognitionMustNameTheEnterpriseRule>(
            () => Record(SkillLevel.Technician, null, route, Enterprise),
            "certificate.self_recognition_without_enterprise");
    }
}
