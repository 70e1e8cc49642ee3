using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems.Events;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems.Rules;
using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

/// <summary>
/// A course an institution offers for the subsidised-training catalogue (培训目录): drafted and
/// submitted by the institution, approved by the city with the subsidy standard per person, or
/// rejected with a coded reason; an approved item may be suspended and reinstated, or withdrawn.
/// An item is published by being in an edition; its status afterwards is its live status there.
/// </summary>
public sealed class CatalogueItem : AggregateRoot, IVersioned
{
    public const int TitleMaxLength = 128;
    public const int SubsidyBasisMaxLength = 256;
    public const int NoteMaxLength = 512;
    public const int MaxHours = 5_000;
    public const decimal MaxAmount = 1_000_000m;

    private List<string> _clusterCodes = [];

    private CatalogueItem()
    {
    }

    public CatalogueItemId Id { get; private set; }

    public OrganizationId InstitutionId { get; private set; }

    public string Title { get; private set; } = null!;

    public string OccupationCode { get; private set; } = null!;

    /// <summary>The level the training leads to.</summary>
    public string SkillLevelCode { get; private set; } = null!;

    public TrainingType TrainingType { get; private set; }

    public int TheoryHours { get; private set; }

    public int PracticeHours { get; private set; }

    /// <summary>What the institution charges a trainee, CNY.</summary>
    public decimal FeePerPerson { get; private set; }

    public DeliveryMode DeliveryMode { get; private set; }

    public IReadOnlyList<string> ClusterCodes => _clusterCodes.AsReadOnly();

    public bool IsUrgentlyNeeded { get; private set; }

    public bool IsNewOccupation { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly ValidUntil { get; private set; }

    public CatalogueItemStatus Status { get; private set; }

    /// <summary>The subsidy standard per person, CNY, set by the city when it approves; null until then.</summary>
    public decimal? SubsidyPerPerson { get; private set; }

    /// <summary>Where the city took the standard from (the programme's document and clause).</summary>
    public string? SubsidyBasis { get; private set; }

    public CatalogueRejectionReason? RejectionReason { get; private set; }

    /// <summary>What the city said with its last rejection or suspension.</summary>
    public string? StatusNote { get; private set; }

    /// <summary>The last edition the item is in; null until an edition publishes it.</summary>
    public int? LastPublishedEdition { get; private set; }

    public DateTimeOffset DraftedAt { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    public int Version { get; private set; }

    public int TotalHours => TheoryHours + PracticeHours;

    public CatalogueLiveStatus LiveStatus => LiveStatusOf(Status);

    public CatalogueItemContent Content => new(
        Title, OccupationCode, SkillLevelCode, TrainingType, TheoryHours, PracticeHours, FeePerPerson, DeliveryMode,
        _clusterCodes, IsUrgentlyNeeded, IsNewOccupation, ValidFrom, ValidUntil);

    /// <summary>How an item in an edition shows on the public catalogue, whatever the review step behind it.</summary>
    public static CatalogueLiveStatus LiveStatusOf(CatalogueItemStatus status) => status switch
    {
        CatalogueItemStatus.Approved => CatalogueLiveStatus.Active,
        CatalogueItemStatus.Suspended => CatalogueLiveStatus.Suspended,
        CatalogueItemStatus.Withdrawn => CatalogueLiveStatus.Withdrawn,
        _ => CatalogueLiveStatus.UnderReview,
    };

    public static CatalogueItem Draft(CatalogueItemId id, Organization institution, CatalogueItemContent content, DateOnly today, DateTimeOffset now)
    {
        CheckRule(new InstitutionMustBeQualifiedToTrainRule(institution, today));
        CheckContent(content);
        var item = new CatalogueItem
        {
            Id = id,
            InstitutionId = institution.Id,
            Status = CatalogueItemStatus.Draft,
            DraftedAt = now,
            StatusChangedAt = now,
            Version = 1,
        };
        item.Apply(content);
        return item;
    }

    /// <summary>
    /// The institution edits its item. An edit of an approved item sends it back to review and
    /// clears its subsidy standard: the city sets public money again for what is now offered.
    /// An edit that changes nothing is no edit.
    /// </summary>
    public void Revise(CatalogueItemContent content, DateTimeOffset now)
    {
        CheckRule(new CatalogueItemTransitionMustBeAllowedRule(Status, CatalogueItemAction.Revise));
        CheckContent(content);
        if (content == Content)
        {
            return;
        }

        Apply(content);
        var target = CatalogueItemTransitions.Target(Status, CatalogueItemAction.Revise)!.Value;
        if (target != Status)
        {
            SubsidyPerPerson = null;
            SubsidyBasis = null;
            MoveTo(target, now);
        }

        Version++;
    }

    public void Submit(Organization institution, DateOnly today, DateTimeOffset now)
    {
        CheckRule(new CatalogueItemTransitionMustBeAllowedRule(Status, CatalogueItemAction.Submit));
        CheckRule(new InstitutionMustBeQualifiedToTrainRule(institution, today));
        RejectionReason = null;
        StatusNote = null;
        Transition(CatalogueItemAction.Submit, now);
    }

    /// <summary>The city approves and sets the subsidy standard per person; the institution never sets it.</summary>
    public void Approve(decimal subsidyPerPerson, string subsidyBasis, Organization institution, DateOnly today, DateTimeOffset now)
    {
        CheckRule(new CatalogueItemTransitionMustBeAllowedRule(Status, CatalogueItemAction.Approve));
        CheckRule(new InstitutionMustBeQualifiedToTrainRule(institution, today));
        CheckRule(new SubsidyMustNotExceedFeeRule(subsidyPerPerson, FeePerPerson));
        SubsidyPerPerson = subsidyPerPerson;
        SubsidyBasis = subsidyBasis;
        Transition(CatalogueItemAction.Approve, now);
    }

    public void Reject(CatalogueRejectionReason reason, string? note, DateTimeOffset now)
    {
        CheckRule(new CatalogueItemTransitionMustBeAllowedRule(Status, CatalogueItemAction.Reject));
        RejectionReason = reason;
        StatusNote = note;
        Transition(CatalogueItemAction.Reject, now);
    }

    public void Suspend(string reason, DateTimeOffset now)
    {
        CheckRule(new CatalogueItemTransitionMustBeAllowedRule(Status, CatalogueItemAction.Suspend));
        StatusNote = reason;
        Transition(CatalogueItemAction.Suspend, now);
    }

    public void Reinstate(DateTimeOffset now)
    {
        CheckRule(new CatalogueItemTransitionMustBeAllowedRule(Status, CatalogueItemAction.Reinstate));
        StatusNote = null;
        Transition(CatalogueItemAction.Reinstate, now);
    }

    public void Withdraw(DateTimeOffset now)
    {
        CheckRule(new CatalogueItemTransitionMustBeAllowedRule(Status, CatalogueItemAction.Withdraw));
        Transition(CatalogueItemAction.Withdraw, now);
    }

    /// <summary>
    /// An edition takes the item in. Its version moves on, so a change made against the version
    /// read before the publication fails its precondition instead of slipping past the change feed.
    /// (A publication does this to all its items at once, in the database.)
    /// </summary>
    public void MarkPublishedIn(int editionNumber)
    {
        LastPublishedEdition = editionNumber;
        Version++;
    }

    private static void CheckContent(CatalogueItemContent content)
    {
        CheckRule(new TrainingMustHaveHoursRule(content.TheoryHours, content.PracticeHours));
        CheckRule(new CatalogueItemValidityMustEndAfterItStartsRule(content.ValidFrom, content.ValidUntil));
    }

    private void Apply(CatalogueItemContent content)
    {
        Title = content.Title;
        OccupationCode = content.OccupationCode;
        SkillLevelCode = content.SkillLevelCode;
        TrainingType = content.TrainingType;
        TheoryHours = content.TheoryHours;
        PracticeHours = content.PracticeHours;
        FeePerPerson = content.FeePerPerson;
        DeliveryMode = content.DeliveryMode;
        _clusterCodes = content.ClusterCodes.ToList();
        IsUrgentlyNeeded = content.IsUrgentlyNeeded;
        IsNewOccupation = content.IsNewOccupation;
        ValidFrom = content.ValidFrom;
        ValidUntil = content.ValidUntil;
    }

    private void Transition(CatalogueItemAction action, DateTimeOffset now)
    {
        MoveTo(CatalogueItemTransitions.Target(Status, action)!.Value, now);
        Version++;
    }

    private void MoveTo(CatalogueItemStatus target, DateTimeOffset now)
    {
        var from = Status;
        Status = target;
        StatusChangedAt = now;
        AddDomainEvent(new CatalogueItemStatusChangedDomainEvent(Id, from, target, LastPublishedEdition, now));
    }
}
