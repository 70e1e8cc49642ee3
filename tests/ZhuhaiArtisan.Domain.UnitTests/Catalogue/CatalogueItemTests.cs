using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems.Events;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems.Rules;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.UnitTests.Common;

namespace ZhuhaiArtisan.Domain.UnitTests.Catalogue;

public sealed class CatalogueItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static readonly (CatalogueItemStatus From, CatalogueItemAction Action, CatalogueItemStatus To)[] Allowed =
    [
        (CatalogueItemStatus.Draft, CatalogueItemAction.Revise, CatalogueItemStatus.Draft),
        (CatalogueItemStatus.Rejected, CatalogueItemAction.Revise, CatalogueItemStatus.Rejected),
        (CatalogueItemStatus.Approved, CatalogueItemAction.Revise, CatalogueItemStatus.Submitted),
        (CatalogueItemStatus.Draft, CatalogueItemAction.Submit, CatalogueItemStatus.Submitted),
        (CatalogueItemStatus.Rejected, CatalogueItemAction.Submit, CatalogueItemStatus.Submitted),
        (CatalogueItemStatus.Submitted, CatalogueItemAction.Approve, CatalogueItemStatus.Approved),
        (CatalogueItemStatus.Submitted, CatalogueItemAction.Reject, CatalogueItemStatus.Rejected),
        (CatalogueItemStatus.Approved, CatalogueItemAction.Suspend, CatalogueItemStatus.Suspended),
        (CatalogueItemStatus.Suspended, CatalogueItemAction.Reinstate, CatalogueItemStatus.Approved),
        (CatalogueItemStatus.Approved, CatalogueItemAction.Withdraw, CatalogueItemStatus.Withdrawn),
        (CatalogueItemStatus.Suspended, CatalogueItemAction.Withdraw, CatalogueItemStatus.Withdrawn),
    ];

    public static TheoryData<CatalogueItemStatus, CatalogueItemAction, CatalogueItemStatus> AllowedTransitions()
    {
        var data = new TheoryData<CatalogueItemStatus, CatalogueItemAction, CatalogueItemStatus>();
        foreach (var (from, action, to) in Allowed)
        {
            data.Add(from, action, to);
        }

        return data;
    }

    public static TheoryData<CatalogueItemStatus, CatalogueItemAction> ForbiddenTransitions()
    {
        var data = new TheoryData<CatalogueItemStatus, CatalogueItemAction>();
        foreach (var from in Enum.GetValues<CatalogueItemStatus>())
        {
            foreach (var action in Enum.GetValues<CatalogueItemAction>().Where(a => !Allowed.Any(t => t.From == from && t.Action == a)))
            {
                data.Add(from, action);
            }
        }

        return data;
    }

    [Fact]
    public void Draft_ByAQualifiedInstitution_StartsAsADraftAtVersionOne_WithoutASubsidy_ClustersInTheirOwnOrder()
    {
        var item = Draft();

        Assert.Equal(CatalogueItemStatus.Draft, item.Status);
        Assert.Equal(1, item.Version);
        Assert.Null(item.SubsidyPerPerson);
        Assert.Null(item.LastPublishedEdition);
        Assert.Equal(400, item.TotalHours);
        Assert.Equal(["new-energy", "equipment-manufacturing"], item.ClusterCodes);
        Assert.Empty(item.DomainEvents);
    }

    [Theory]
    [InlineData(OrganizationType.VocationalCollege)]
    [InlineData(OrganizationType.TechnicalSchool)]
    [InlineData(OrganizationType.TrainingInstitution)]
    public void Draft_BySchoolsAndInstitutionsWithAValidQualification_IsAllowed(OrganizationType type)
    {
        Assert.Equal(CatalogueItemStatus.Draft, Draft(Institution(type)).Status);
    }

    [Fact]
    public void Draft_WithoutAQualification_BreaksRule()
    {
        DomainAssert.BrokenRule<InstitutionMustBeQualifiedToTrainRule>(
            () => Draft(Institution(qualified: false)), "catalogue.institution_not_qualified");
    }

    [Theory]
    [InlineData(-30, -1)]
    [InlineData(1, 30)]
    public void Draft_WhenTheQualificationIsNotValidToday_BreaksRule(int fromDays, int untilDays)
    {
        var qualification = new TrainingQualification(Today.AddDays(fromDays), Today.AddDays(untilDays));

        DomainAssert.BrokenRule<InstitutionMustBeQualifiedToTrainRule>(
            () => Draft(Institution(qualification: qualification)), "catalogue.institution_not_qualified");
    }

    [Fact]
    public void Draft_ByAnEnterpriseEvenWithAQualification_BreaksRule()
    {
        DomainAssert.BrokenRule<InstitutionMustBeQualifiedToTrainRule>(
            () => Draft(Institution(OrganizationType.Enterprise)), "catalogue.institution_not_qualified");
    }

    [Fact]
    public void Draft_WithTheValidityReversed_BreaksRule()
    {
        DomainAssert.BrokenRule<CatalogueItemValidityMustEndAfterItStartsRule>(
            () => Draft(content: Content(validFrom: Today.AddDays(10), validUntil: Today)), "catalogue.validity_period_invalid");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 10)]
    [InlineData(10, -1)]
    public void Draft_WithoutHours_BreaksRule(int theory, int practice)
    {
        DomainAssert.BrokenRule<TrainingMustHaveHoursRule>(
            () => Draft(content: Content(theoryHours: theory, practiceHours: practice)), "catalogue.hours_required");
    }

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void EachAllowedTransition_LeadsWhereTheWorkflowSays_AndBumpsTheVersion(CatalogueItemStatus from, CatalogueItemAction action, CatalogueItemStatus to)
    {
        var item = ItemIn(from);
        var version = item.Version;

        Act(item, action);

        Assert.Equal(to, item.Status);
        Assert.Equal(version + 1, item.Version);
        if (from != to)
        {
            var changed = DomainAssert.RaisedEvent<CatalogueItemStatusChangedDomainEvent>(item);
            Assert.Equal((from, to), (changed.From, changed.To));
        }
    }

    [Theory]
    [MemberData(nameof(ForbiddenTransitions))]
    public void EachForbiddenTransition_BreaksRule_AndChangesNothing(CatalogueItemStatus from, CatalogueItemAction action)
    {
        var item = ItemIn(from);
        var version = item.Version;

        DomainAssert.BrokenRule<CatalogueItemTransitionMustBeAllowedRule>(() => Act(item, action), "catalogue.invalid_transition");

        Assert.Equal(from, item.Status);
        Assert.Equal(version, item.Version);
        DomainAssert.RaisedNoEvent<CatalogueItemStatusChangedDomainEvent>(item);
    }

    [Fact]
    public void Approve_SetsTheSubsidyStandardAndItsBasis()
    {
        var item = ItemIn(CatalogueItemStatus.Submitted);

        item.Approve(3800m, "示例文件第三条", Institution(), Today, Now);

        Assert.Equal(3800m, item.SubsidyPerPerson);
        Assert.Equal("示例文件第三条", item.SubsidyBasis);
    }

    [Fact]
    public void Approve_ASubsidyEqualToTheFee_IsAllowed()
    {
        var item = ItemIn(CatalogueItemStatus.Submitted);

        item.Approve(4800m, "示例", Institution(), Today, Now);

        Assert.Equal(CatalogueItemStatus.Approved, item.Status);
    }

    [Fact]
    public void Approve_ASubsidyAboveTheFee_BreaksRule()
    {
        var item = ItemIn(CatalogueItemStatus.Submitted);

        DomainAssert.BrokenRule<SubsidyMustNotExceedFeeRule>(() => item.Approve(4800.01m, "示例", Institution(), Today, Now), "catalogue.subsidy_exceeds_fee");
        Assert.Equal(CatalogueItemStatus.Submitted, item.Status);
        Assert.Null(item.SubsidyPerPerson);
    }

    [Fact]
    public void Approve_WhenTheInstitutionsQualificationHasRunOut_BreaksRule()
    {
        var item = ItemIn(CatalogueItemStatus.Submitted);
        var lapsed = Institution(qualification: new TrainingQualification(Today.AddYears(-2), Today.AddDays(-1)));

        DomainAssert.BrokenRule<InstitutionMustBeQualifiedToTrainRule>(() => item.Approve(100m, "示例", lapsed, Today, Now), "catalogue.institution_not_qualified");
    }

    [Fact]
    public void Submit_WhenTheInstitutionsQualificationHasRunOut_BreaksRule()
    {
        var item = Draft();
        var lapsed = Institution(qualification: new TrainingQualification(Today.AddYears(-2), Today.AddDays(-1)));

        DomainAssert.BrokenRule<InstitutionMustBeQualifiedToTrainRule>(() => item.Submit(lapsed, Today, Now), "catalogue.institution_not_qualified");
    }

    [Fact]
    public void Reject_KeepsTheReasonUntilTheItemIsSubmittedAgain()
    {
        var item = ItemIn(CatalogueItemStatus.Submitted);

        item.Reject(CatalogueRejectionReason.FeeUnreasonable, "收费偏高", Now);
        Assert.Equal((CatalogueRejectionReason.FeeUnreasonable, "收费偏高"), (item.RejectionReason!.Value, item.StatusNote));

        item.Submit(Institution(), Today, Now);
        Assert.Null(item.RejectionReason);
        Assert.Null(item.StatusNote);
    }

    [Fact]
    public void Revise_AfterApproval_GoesBackToReviewAndClearsTheSubsidy()
    {
        var item = ItemIn(CatalogueItemStatus.Approved);

        item.Revise(Content(fee: 5000m), Now);

        Assert.Equal(CatalogueItemStatus.Submitted, item.Status);
        Assert.Equal(5000m, item.FeePerPerson);
        Assert.Null(item.SubsidyPerPerson);
        Assert.Null(item.SubsidyBasis);
    }

    [Fact]
    public void Revise_WithTheSameContent_ChangesNothing()
    {
        var item = ItemIn(CatalogueItemStatus.Approved);
        var version = item.Version;

        item.Revise(Content(clusters: ["new-energy", "equipment-manufacturing", "new-energy"]), Now);

        Assert.Equal(CatalogueItemStatus.Approved, item.Status);
        Assert.Equal(version, item.Version);
        Assert.NotNull(item.SubsidyPerPerson);
    }

    [Fact]
    public void StatusChange_OfAPublishedItem_CarriesTheEdition()
    {
        var item = ItemIn(CatalogueItemStatus.Approved);
        item.MarkPublishedIn(3);

        item.Suspend("投诉核查中", Now);

        Assert.Equal(3, DomainAssert.RaisedEvent<CatalogueItemStatusChangedDomainEvent>(item).LastPublishedEdition);
    }

    [Theory]
    [InlineData(CatalogueItemStatus.Approved, CatalogueLiveStatus.Active)]
    [InlineData(CatalogueItemStatus.Submitted, CatalogueLiveStatus.UnderReview)]
    [InlineData(CatalogueItemStatus.Rejected, CatalogueLiveStatus.UnderReview)]
    [InlineData(CatalogueItemStatus.Suspended, CatalogueLiveStatus.Suspended)]
    [InlineData(CatalogueItemStatus.Withdrawn, CatalogueLiveStatus.Withdrawn)]
    public void LiveStatus_ShowsThePublicOnlyWhetherTheItemStandsAsPublished(CatalogueItemStatus status, CatalogueLiveStatus live)
    {
        Assert.Equal(live, CatalogueItem.LiveStatusOf(status));
    }

    private static void Act(CatalogueItem item, CatalogueItemAction action)
    {
        switch (action)
        {
            case CatalogueItemAction.Revise:
                item.Revise(Content(title: "焊工（高级工）新型学徒制培训（修订）"), Now);
                break;
            case CatalogueItemAction.Submit:
                item.Submit(Institution(), Today, Now);
                break;
            case CatalogueItemAction.Approve:
                item.Approve(3800m, "示例", Institution(), Today, Now);
                break;
            case CatalogueItemAction.Reject:
                item.Reject(CatalogueRejectionReason.IncompleteInformation, null, Now);
                break;
            case CatalogueItemAction.Suspend:
                item.Suspend("投诉核查中", Now);
                break;
            case CatalogueItemAction.Reinstate:
                item.Reinstate(Now);
                break;
            default:
                item.Withdraw(Now);
                break;
        }
    }

    /// <summary>An item brought to a status through the workflow itself, its events cleared.</summary>
    private static CatalogueItem ItemIn(CatalogueItemStatus status)
    {
        var item = Draft();
        var steps = status switch
        {
            CatalogueItemStatus.Draft => [],
            CatalogueItemStatus.Submitted => [CatalogueItemAction.Submit],
            CatalogueItemStatus.Approved => [CatalogueItemAction.Submit, CatalogueItemAction.Approve],
            CatalogueItemStatus.Rejected => [CatalogueItemAction.Submit, CatalogueItemAction.Reject],
            CatalogueItemStatus.Suspended => [CatalogueItemAction.Submit, CatalogueItemAction.Approve, CatalogueItemAction.Suspend],
            _ => (CatalogueItemAction[])[CatalogueItemAction.Submit, CatalogueItemAction.Approve, CatalogueItemAction.Withdraw],
        };
        foreach (var step in steps)
        {
            Act(item, step);
        }

        item.ClearDomainEvents();
        return item;
    }

    private static CatalogueItem Draft(Organization? institution = null, CatalogueItemContent? content = null) =>
        CatalogueItem.Draft(CatalogueItemId.New(), institution ?? Institution(), content ?? Content(), Today, Now);

    private static CatalogueItemContent Content(
        string title = "焊工（高级工）新型学徒制培训",
        int theoryHours = 120,
        int practiceHours = 280,
        decimal fee = 4800m,
        string[]? clusters = null,
        DateOnly? validFrom = null,
        DateOnly? validUntil = null) =>
        new(title, "6-18-02-04", "senior", TrainingType.NewApprenticeship, theoryHours, practiceHours, fee, DeliveryMode.Offline,
            clusters ?? ["equipment-manufacturing", "new-energy"], true, false, validFrom ?? Today, validUntil ?? Today.AddYears(1));

    /// <summary>A school or institution holding a qualification valid today, unless told otherwise.</summary>
    private static Organization Institution(OrganizationType type = OrganizationType.VocationalCollege, bool qualified = true, TrainingQualification? qualification = null)
    {
        var organization = Organization.Register(
            OrganizationId.New(), UnifiedSocialCreditCode.Parse("91350100M000100Y43"), "珠海某职业技术学院", type, "440402",
            ["equipment-manufacturing"], new ContactDetails("李老师", "13800001111", null, "珠海市香洲区"), Now);
        var held = qualification ?? (qualified ? new TrainingQualification(Today.AddYears(-1), Today.AddYears(1)) : null);
        organization.ChangeLabels(new OrganizationLabels(false, false, false, false, held), Now);
        return organization;
    }
}
