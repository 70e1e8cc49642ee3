using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Organizations.Events;

namespace ZhuhaiArtisan.Domain.UnitTests.Organizations;

public sealed class OrganizationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    private static Organization Register(OrganizationType type) => Organization.Register(
        OrganizationId.New(), UnifiedSocialCreditCode.Parse("91350100M000100Y43"), "测试", type, "440402",
        ["new-energy", "new-energy"], new ContactDetails("张三", "13800001111", null, "地址"), Now);

    [Fact]
    public void Register_RaisesRegisteredEvent_StartsAtVersionOne_AndDropsDuplicateClusters()
    {
        var organization = Register(OrganizationType.Enterprise);

        Assert.IsType<OrganizationRegisteredDomainEvent>(Assert.Single(organization.DomainEvents));
        Assert.Equal(1, organization.Version);
        Assert.Single(organization.Clusters);
    }

    [Fact]
    public void ChangeLabels_OnEnterprise_BumpsVersionAndRaisesEventWithBeforeAndAfter()
    {
        var organization = Register(OrganizationType.Enterprise);
        var labels = new OrganizationLabels(true, false, true, false, null);

        organization.ChangeLabels(labels, Now);

        Assert.Equal(2, organization.Version);
        var changed = Assert.IsType<OrganizationLabelsChangedDomainEvent>(organization.DomainEvents.Last());
        Assert.Equal(OrganizationLabels.None, changed.Before);
        Assert.Equal(labels, changed.After);
    }

    [Fact]
    public void ChangeLabels_WhenUnchanged_DoesNothing()
    {
        var organization = Register(OrganizationType.Enterprise);

        organization.ChangeLabels(OrganizationLabels.None, Now);

        Assert.Equal(1, organization.Version);
    }

    [Theory]
    [InlineData(OrganizationType.VocationalCollege)]
    [InlineData(OrganizationType.TechnicalSchool)]
    [InlineData(OrganizationType.TrainingInstitution)]
    public void ChangeLabels_WhenEnterpriseLabelOnASchool_BreaksRule(OrganizationType type)
    {
        var organization = Register(type);

        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            organization.ChangeLabels(new OrganizationLabels(true, false, false, false, null), Now));

        Assert.Equal("organization.label_not_applicable", broken.Code);
    }

    [Fact]
    public void ChangeLabels_WhenPrivateLabelOnAnEnterprise_BreaksRule()
    {
        var organization = Register(OrganizationType.Enterprise);

        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            organization.ChangeLabels(new OrganizationLabels(false, false, false, true, null), Now));

        Assert.Equal("organization.label_not_applicable", broken.Code);
    }

    [Fact]
    public void ChangeLabels_WhenQualificationEndsBeforeItStarts_BreaksRule()
    {
        var organization = Register(OrganizationType.TrainingInstitution);
        var reversed = new TrainingQualification(new DateOnly(2027, 1, 1), new DateOnly(2026, 1, 1));

        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            organization.ChangeLabels(new OrganizationLabels(false, false, false, true, reversed), Now));

        Assert.Equal("organization.qualification_period_invalid", broken.Code);
    }

    [Fact]
    public void IsTrainingQualifiedOn_IsTrueOnlyWithinThePeriodInclusive()
    {
        var organization = Register(OrganizationType.TrainingInstitution);
        organization.ChangeLabels(new OrganizationLabels(false, false, false, false, new TrainingQualification(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31))), Now);

        Assert.True(organization.IsTrainingQualifiedOn(new DateOnly(2026, 1, 1)));
        Assert.True(organization.IsTrainingQualifiedOn(new DateOnly(2026, 12, 31)));
        Assert.False(organization.IsTrainingQualifiedOn(new DateOnly(2027, 1, 1)));
    }
}
