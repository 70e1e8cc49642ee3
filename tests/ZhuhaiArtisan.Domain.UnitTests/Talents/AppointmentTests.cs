using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.Appointments;
using ZhuhaiArtisan.Domain.Talents.Appointments.Rules;
using ZhuhaiArtisan.Domain.UnitTests.Common;

namespace ZhuhaiArtisan.Domain.UnitTests.Talents;

public sealed class AppointmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly From = new(2025, 1, 1);
    private static readonly Provenance ByTheCity = new("city-admin", "CityAdmin", null, LegalBasis.StatutoryDuty, Now);

    private static Appointment Make(
        SkillLevel level,
        AppointmentTier tier = AppointmentTier.City,
        string? district = null,
        OrganizationId? enterprise = null,
        DateOnly? until = null) =>
        Appointment.Make(AppointmentId.New(), TalentId.New(), level, "6-18-02-04", tier, "珠海市人力资源和社会保障局", district, enterprise, From, until, ByTheCity);

    [Theory]
    [InlineData("principal-technician")]
    [InlineData("chief-technician")]
    public void Make_ToAnAppointedLevel_KeepsTheLevelAndTier(string level)
    {
        var appointment = Make(SkillLevel.FindByCode(level)!);

        Assert.Equal(level, appointment.SkillLevelCode);
        Assert.Equal(AppointmentTier.City, appointment.Tier);
    }

    [Theory]
    [InlineData("apprentice")]
    [InlineData("junior")]
    [InlineData("intermediate")]
    [InlineData("senior")]
    [InlineData("technician")]
    [InlineData("senior-technician")]
    public void Make_ToALevelReachedByCertificate_BreaksRule(string level)
    {
        DomainAssert.BrokenRule<AppointmentMustBeToAnAppointedLevelRule>(
            () => Make(SkillLevel.FindByCode(level)!),
            "appointment.level_by_certificate");
    }

    [Theory]
    [InlineData(AppointmentTier.District, null, false)]
    [InlineData(AppointmentTier.District, "440402", true)]
    [InlineData(AppointmentTier.Enterprise, null, false)]
    [InlineData(AppointmentTier.Enterprise, "440402", true)]
    [InlineData(AppointmentTier.City, "440402", false)]
    [InlineData(AppointmentTier.City, null, true)]
    public void Make_WhenTheTierDoesNotNameExactlyItsAppointer_BreaksRule(AppointmentTier tier, string? district, bool withEnterprise)
    {
        DomainAssert.BrokenRule<AppointmentTierMustNameItsAppointerRule>(
            () => Make(SkillLevel.ChiefTechnician, tier, district, withEnterprise ? OrganizationId.New() : null),
            "appointment.appointer_missing");
    }

    [Fact]
    public void Make_AtDistrictAndEnterpriseTiers_RecordsTheAppointer()
    {
        var enterprise = OrganizationId.New();

        var district = Make(SkillLevel.ChiefTechnician, AppointmentTier.District, "440402");
        var company = Make(SkillLevel.ChiefTechnician, AppointmentTier.Enterprise, enterprise: enterprise);

        Assert.Equal("440402", district.DistrictCode);
        Assert.Equal(enterprise, company.EnterpriseId);
    }

    [Fact]
    public void Make_WhenItEndsBeforeItStarts_BreaksRule()
    {
        DomainAssert.BrokenRule<AppointmentMustEndAfterItStartsRule>(
            () => Make(SkillLevel.PrincipalTechnician, until: From.AddDays(-1)),
            "appointment.period_invalid");
    }

    [Fact]
    public void IsInForceOn_IsTrueFromItsFirstToItsLastDayInclusive()
    {
        var bounded = Make(SkillLevel.PrincipalTechnician, until: new DateOnly(2025, 12, 31));
        var open = Make(SkillLevel.PrincipalTechnician);

        Assert.False(bounded.IsInForceOn(From.AddDays(-1)));
        Assert.True(bounded.IsInForceOn(From));
        Assert.True(bounded.IsInForceOn(new DateOnly(2025, 12, 31)));
        Assert.False(bounded.IsInForceOn(new DateOnly(2026, 1, 1)));
        Assert.True(open.IsInForceOn(new DateOnly(2099, 1, 1)));
    }

    [Fact]
    public void Make_ForASingleDay_IsInForceThatDay()
    {
        Assert.True(Make(SkillLevel.PrincipalTechnician, until: From).IsInForceOn(From));
    }
}
