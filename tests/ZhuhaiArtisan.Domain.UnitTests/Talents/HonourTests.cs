using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.Honours;
using ZhuhaiArtisan.Domain.Talents.Honours.Rules;
using ZhuhaiArtisan.Domain.UnitTests.Common;

namespace ZhuhaiArtisan.Domain.UnitTests.Talents;

public sealed class HonourTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);
    private static readonly Provenance ByTheCity = new("city-admin", "CityAdmin", null, LegalBasis.StatutoryDuty, Now);

    private static Honour Confer(
        HonourKind kind,
        string? district = null,
        OrganizationId? enterprise = null,
        string? competitionEvent = null,
        bool publicationConsented = false) =>
        Honour.Confer(HonourId.New(), TalentId.New(), kind, 2026, "珠海市人民政府", district, enterprise, competitionEvent, null, null, publicationConsented, ByTheCity);

    [Theory]
    [InlineData(HonourKind.ZhuhaiMasterCraftsman)]
    [InlineData(HonourKind.ZhuhaiCraftsman)]
    [InlineData(HonourKind.ZhuhaiTechnicalExpert)]
    public void Confer_ACityTitle_StartsAtVersionOne(HonourKind kind)
    {
        var honour = Confer(kind);

        Assert.Equal(kind, honour.Kind);
        Assert.Equal(1, honour.Version);
        Assert.False(honour.PublicationConsented);
    }

    [Fact]
    public void Confer_ADistrictCraftsmanWithoutItsDistrict_BreaksRule()
    {
        DomainAssert.BrokenRule<HonourMustNameItsConferrerRule>(() => Confer(HonourKind.DistrictCraftsman), "honour.conferrer_missing");
    }

    [Fact]
    public void Confer_AnEnterpriseCraftsmanWithoutItsEnterprise_BreaksRule()
    {
        DomainAssert.BrokenRule<HonourMustNameItsConferrerRule>(() => Confer(HonourKind.EnterpriseCraftsman, district: "440402"), "honour.conferrer_missing");
    }

    [Fact]
    public void Confer_LocalCraftsmenWithTheirConferrers_KeepThem()
    {
        var enterprise = OrganizationId.New();

        Assert.Equal("440402", Confer(HonourKind.DistrictCraftsman, district: "440402").DistrictCode);
        Assert.Equal(enterprise, Confer(HonourKind.EnterpriseCraftsman, enterprise: enterprise).EnterpriseId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Confer_ACompetitionAwardWithoutItsEvent_BreaksRule(string? competitionEvent)
    {
        DomainAssert.BrokenRule<CompetitionAwardMustNameItsEventRule>(
            () => Confer(HonourKind.CompetitionAward, competitionEvent: competitionEvent),
            "honour.competition_event_missing");
    }

    [Fact]
    public void Confer_ACompetitionAwardWithItsEvent_KeepsIt()
    {
        Assert.Equal("2026年珠海市职业技能大赛", Confer(HonourKind.CompetitionAward, competitionEvent: "2026年珠海市职业技能大赛").CompetitionEvent);
    }

    [Fact]
    public void ChangePublicationConsent_BumpsTheVersionOnlyWhenItChanges()
    {
        var honour = Confer(HonourKind.ZhuhaiCraftsman, publicationConsented: true);

        honour.ChangePublicationConsent(true);
        Assert.Equal(1, honour.Version);

        honour.ChangePublicationConsent(false);
        Assert.False(honour.PublicationConsented);
        Assert.Equal(2, honour.Version);
    }
}
