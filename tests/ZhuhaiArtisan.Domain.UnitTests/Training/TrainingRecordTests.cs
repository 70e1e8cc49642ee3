using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;
using ZhuhaiArtisan.Domain.Training.Completions;
using ZhuhaiArtisan.Domain.Training.Completions.Events;
using ZhuhaiArtisan.Domain.Training.Enrolments;
using ZhuhaiArtisan.Domain.Training.Enrolments.Rules;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;
using ZhuhaiArtisan.Domain.Training.TrainingClasses.Rules;
using ZhuhaiArtisan.Domain.UnitTests.Common;

namespace ZhuhaiArtisan.Domain.UnitTests.Training;

public sealed class TrainingRecordTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly TalentId Trainee = TalentId.New();

    [Fact]
    public void Open_TakesTheItemsHoursModeAndInstitution()
    {
        var item = Item();

        var opened = TrainingClass.Open(TrainingClassId.New(), item, true, Today.AddDays(1), Today.AddDays(10), 20, "教室", null, Now);

        Assert.Equal(40, opened.PlannedHours);
        Assert.Equal(item.InstitutionId, opened.InstitutionId);
        Assert.Equal(DeliveryMode.Offline, opened.DeliveryMode);
        Assert.Equal(1, opened.Version);
    }

    [Fact]
    public void Open_ForAnItemNotTakingEnrolment_BreaksRule() =>
        DomainAssert.BrokenRule<CatalogueItemMustAcceptEnrolmentRule>(
            () => TrainingClass.Open(TrainingClassId.New(), Item(), false, Today.AddDays(1), Today.AddDays(10), 20, "教室", null, Now),
            "training.item_not_accepting_enrolment");

    [Fact]
    public void Open_ByThePartnerForAnOfflineItem_BreaksRule() =>
        DomainAssert.BrokenRule<PartnerMayOpenOnlyOnlineClassesRule>(
            () => TrainingClass.Open(TrainingClassId.New(), Item(), true, Today.AddDays(1), Today.AddDays(10), 20, "教室", PartnerClientId.New(), Now),
            "training.item_not_online");

    [Fact]
    public void Open_OnlineWithAVenue_BreaksRule() =>
        DomainAssert.BrokenRule<VenueMustSuitDeliveryModeRule>(
            () => TrainingClass.Open(TrainingClassId.New(), Item(DeliveryMode.Online), true, Today.AddDays(1), Today.AddDays(10), 20, "教室", null, Now),
            "training.venue_mismatch");

    [Fact]
    public void Open_BeyondTheItemsValidity_BreaksRule() =>
        DomainAssert.BrokenRule<ClassPeriodMustBeValidRule>(
            () => TrainingClass.Open(TrainingClassId.New(), Item(), true, Today.AddDays(1), Today.AddYears(2), 20, "教室", null, Now),
            "training.class_period_invalid");

    [Fact]
    public void Reschedule_BelowTheNumberEnrolled_BreaksRule()
    {
        var item = Item();
        var opened = Class(item);
        opened.TakeSeats(5);

        DomainAssert.BrokenRule<CapacityMustHoldEnrolledTraineesRule>(
            () => opened.Reschedule(item, opened.StartDate, opened.EndDate, 4, opened.Venue), "training.capacity_below_enrolled");
    }

    [Fact]
    public void Enrol_AfterTheClassEnded_BreaksRule()
    {
        var opened = Class(Item());

        DomainAssert.BrokenRule<ClassMustNotHaveEndedRule>(
            () => Enrolment.Enrol(EnrolmentId.New(), opened, true, Trainee, null, opened.EndDate.AddDays(1), Now), "training.class_ended");
    }

    [Fact]
    public void RecordAttendance_ReplacingADate_KeepsTheTotalRight_AndNeverExceedsThePlannedHours()
    {
        var opened = Class(Item());
        var enrolment = Enrolment.Enrol(EnrolmentId.New(), opened, true, Trainee, null, Today, Now);
        var first = enrolment.RecordAttendance(opened, null, opened.StartDate, 8m, Now)!;
        enrolment.RecordAttendance(opened, first, opened.StartDate, 6m, Now);

        Assert.Equal(6m, enrolment.AttendedHours);
        Assert.Equal(6m, first.Hours);
        enrolment.RecordAttendance(opened, null, opened.StartDate.AddDays(1), 24m, Now);
        DomainAssert.BrokenRule<AttendanceMustNotExceedPlannedHoursRule>(
            () => enrolment.RecordAttendance(opened, null, opened.StartDate.AddDays(2), 10.5m, Now), "training.hours_exceed_planned");
        DomainAssert.BrokenRule<SessionMustFallInClassPeriodRule>(
            () => enrolment.RecordAttendance(opened, null, opened.EndDate.AddDays(1), 1m, Now), "training.session_outside_class_period");
        Assert.Equal(30m, enrolment.AttendedHours);
    }

    [Fact]
    public void Record_ACompletionThatMatches_IsAcceptedAndRaisesAccepted()
    {
        var (opened, enrolment) = Attended(40m);
        var certificate = Certificate(Trainee);

        var completion = TrainingCompletion.Record(
            TrainingCompletionId.New(), opened, Trainee, enrolment, AssessmentResult.Passed, certificate, certificate.Id, opened.EndDate, null, Now);

        Assert.Equal(CompletionStatus.Accepted, completion.Status);
        Assert.Empty(completion.Mismatches);
        Assert.Equal(opened.InstitutionId, DomainAssert.RaisedEvent<TrainingCompletionAcceptedDomainEvent>(completion).InstitutionId);
        DomainAssert.RaisedNoEvent<TrainingCompletionRejectedDomainEvent>(completion);
    }

    [Fact]
    public void Record_ACompletionThatDoesNotMatch_ListsEveryMismatchAndRaisesRejected()
    {
        var (opened, enrolment) = Attended(39m);
        var someoneElses = Certificate(TalentId.New());

        var completion = TrainingCompletion.Record(
            TrainingCompletionId.New(), opened, Trainee, enrolment, AssessmentResult.Failed, someoneElses, someoneElses.Id, opened.EndDate.AddDays(-1), null, Now);

        Assert.Equal(CompletionStatus.Rejected, completion.Status);
        Assert.Equal(
            [CompletionMismatch.AttendanceBelowRequiredHours, CompletionMismatch.CertificateNotTheTalents, CompletionMismatch.CertificateWithoutPass, CompletionMismatch.CompletedBeforeClassEnd],
            completion.Mismatches);
        Assert.Equal(completion.Mismatches, DomainAssert.RaisedEvent<TrainingCompletionRejectedDomainEvent>(completion).Mismatches);
    }

    [Fact]
    public void Record_WithoutAnEnrolment_IsRejectedAsNotEnrolled()
    {
        var opened = Class(Item());

        var completion = TrainingCompletion.Record(TrainingCompletionId.New(), opened, Trainee, null, AssessmentResult.Passed, null, null, opened.EndDate, null, Now);

        Assert.Equal([CompletionMismatch.NotEnrolled], completion.Mismatches);
    }

    [Fact]
    public void Correct_IntoAMatch_IsAcceptedAndRaisesAcceptedAgain_AndAnUnchangedCorrectionChangesNothing()
    {
        var (opened, enrolment) = Attended(40m);
        var completion = TrainingCompletion.Record(
            TrainingCompletionId.New(), opened, Trainee, enrolment, AssessmentResult.Passed, null, null, opened.EndDate.AddDays(-1), null, Now);
        completion.ClearDomainEvents();

        Assert.True(completion.Correct(opened, enrolment, AssessmentResult.Passed, null, null, opened.EndDate, Now));
        Assert.Equal(CompletionStatus.Accepted, completion.Status);
        Assert.Equal(2, completion.Version);
        DomainAssert.RaisedEvent<TrainingCompletionAcceptedDomainEvent>(completion);
        Assert.False(completion.Correct(opened, enrolment, AssessmentResult.Passed, null, null, opened.EndDate, Now));
        Assert.Equal(2, completion.Version);
    }

    private static (TrainingClass Class, Enrolment Enrolment) Attended(decimal hours)
    {
        var opened = Class(Item());
        var enrolment = Enrolment.Enrol(EnrolmentId.New(), opened, true, Trainee, null, Today, Now);
        var day = 0;
        for (var left = hours; left > 0; left -= Math.Min(left, 8m))
        {
            enrolment.RecordAttendance(opened, null, opened.StartDate.AddDays(day++), Math.Min(left, 8m), Now);
        }

        return (opened, enrolment);
    }

    private static TrainingClass Class(CatalogueItem item) =>
        TrainingClass.Open(TrainingClassId.New(), item, true, Today.AddDays(1), Today.AddDays(20), 20, "教室", null, Now);

    private static SkillCertificate Certificate(TalentId holder) =>
        SkillCertificate.Record(SkillCertificateId.New(), holder, "4-10-01-05", SkillLevel.Junior, "Y440400202600001", "珠海市职业技能鉴定指导中心",
            Today, CertificationRoute.SocialEvaluation, null, null, new Provenance("city-admin", "CityAdmin", null, LegalBasis.StatutoryDuty, Now));

    private static CatalogueItem Item(DeliveryMode mode = DeliveryMode.Offline)
    {
        var institution = Organization.Register(
            OrganizationId.New(), UnifiedSocialCreditCode.Parse("91350100M000100Y43"), "珠海某职业培训学校", OrganizationType.TrainingInstitution, "440402",
            ["biomedicine-health"], new ContactDetails("赵校长", "13800001111", null, "珠海市香洲区"), Now);
        institution.ChangeLabels(new OrganizationLabels(false, false, false, false, new TrainingQualification(Today.AddYears(-1), Today.AddYears(1))), Now);
        var item = CatalogueItem.Draft(CatalogueItemId.New(), institution,
            new CatalogueItemContent("养老护理员（初级工）定向培训", "4-10-01-05", "junior", TrainingType.TargetedTraining, 16, 24, 1600m, mode,
                ["biomedicine-health"], false, false, Today, Today.AddYears(1)), Today, Now);
        item.Submit(institution, Today, Now);
        item.Approve(1000m, "示例", institution, Today, Now);
        return item;
    }
}
