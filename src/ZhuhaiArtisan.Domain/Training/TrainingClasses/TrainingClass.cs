using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Training.TrainingClasses.Rules;

namespace ZhuhaiArtisan.Domain.Training.TrainingClasses;

/// <summary>
/// A class (开班) of an approved catalogue item: opened by the item's institution, or by 技行珠海 on
/// its behalf for an online or blended item. Its planned hours are the item's; its delivery mode
/// is the item's. The number enrolled is kept on the class so that the last seat is taken by one
/// conditional update, whoever else is enrolling at the same moment.
/// </summary>
public sealed class TrainingClass : AggregateRoot, IVersioned
{
    public const int VenueMaxLength = 128;
    public const int MaxCapacity = 1_000;

    private TrainingClass()
    {
    }

    public TrainingClassId Id { get; private set; }

    public CatalogueItemId CatalogueItemId { get; private set; }

    public OrganizationId InstitutionId { get; private set; }

    public DeliveryMode DeliveryMode { get; private set; }

    /// <summary>Where it is taught; null for an online class (taught on 技行珠海).</summary>
    public string? Venue { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public int Capacity { get; private set; }

    public int EnrolledCount { get; private set; }

    /// <summary>The item's theory and practice hours: what a trainee attends in full.</summary>
    public int PlannedHours { get; private set; }

    /// <summary>The partner that opened it on the institution's behalf, if one did.</summary>
    public PartnerClientId? OpenedByPartner { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public int Version { get; private set; }

    public static TrainingClass Open(
        TrainingClassId id,
        CatalogueItem item,
        bool itemAcceptsEnrolment,
        DateOnly startDate,
        DateOnly endDate,
        int capacity,
        string? venue,
        PartnerClientId? openedByPartner,
        DateTimeOffset now)
    {
        CheckRule(new CatalogueItemMustAcceptEnrolmentRule(itemAcceptsEnrolment));
        CheckRule(new PartnerMayOpenOnlyOnlineClassesRule(openedByPartner is not null, item.DeliveryMode));
        CheckRule(new ClassPeriodMustBeValidRule(startDate, endDate, item.ValidFrom, item.ValidUntil));
        CheckRule(new VenueMustSuitDeliveryModeRule(item.DeliveryMode, venue));
        return new TrainingClass
        {
            Id = id,
            CatalogueItemId = item.Id,
            InstitutionId = item.InstitutionId,
            DeliveryMode = item.DeliveryMode,
            Venue = OptionalText.Of(venue),
            StartDate = startDate,
            EndDate = endDate,
            Capacity = capacity,
            PlannedHours = item.TotalHours,
            OpenedByPartner = openedByPartner,
            OpenedAt = now,
            Version = 1,
        };
    }

    /// <summary>
    /// The partner corrects a class it pushed: dates, capacity and venue. The capacity never drops
    /// below those already enrolled. A correction that changes nothing is none.
    /// </summary>
    public bool Reschedule(CatalogueItem item, DateOnly startDate, DateOnly endDate, int capacity, string? venue)
    {
        var newVenue = OptionalText.Of(venue);
        if (startDate == StartDate && endDate == EndDate && capacity == Capacity && newVenue == Venue)
        {
            return false;
        }

        CheckRule(new ClassPeriodMustBeValidRule(startDate, endDate, item.ValidFrom, item.ValidUntil));
        CheckRule(new VenueMustSuitDeliveryModeRule(DeliveryMode, newVenue));
        CheckRule(new CapacityMustHoldEnrolledTraineesRule(capacity, EnrolledCount));
        StartDate = startDate;
        EndDate = endDate;
        Capacity = capacity;
        Venue = newVenue;
        Version++;
        return true;
    }

    /// <summary>Seats taken by enrolments written together (the demo data's), counted in memory.</summary>
    public void TakeSeats(int count)
    {
        EnrolledCount += count;
        Version++;
    }

    public bool HasEndedBy(DateOnly today) => today > EndDate;

    public bool Covers(DateOnly date) => StartDate <= date && date <= EndDate;
}
