namespace ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

/// <summary>
/// The event types a partner may subscribe to, as they appear in a delivery's <c>type</c>. Names
/// are stable: module, resource, past-tense verb.
/// </summary>
public static class WebhookEventTypes
{
    public const int MaxLength = 64;

    public const string CatalogueEditionPublished = "catalogue.edition.published";
    public const string CatalogueItemSuspended = "catalogue.item.suspended";
    public const string CatalogueItemWithdrawn = "catalogue.item.withdrawn";
    public const string TrainingCompletionAccepted = "training.completion.accepted";
    public const string TrainingCompletionRejected = "training.completion.rejected";

    /// <summary>Reserved: accepted in a subscription now, fires once subsidies are disbursed by the platform.</summary>
    public const string SubsidyTraineePaid = "subsidy.trainee.paid";

    public static IReadOnlyList<string> All { get; } =
    [
        CatalogueEditionPublished, CatalogueItemSuspended, CatalogueItemWithdrawn,
        TrainingCompletionAccepted, TrainingCompletionRejected, SubsidyTraineePaid,
    ];

    /// <summary>Types a subscription accepts that nothing raises yet.</summary>
    public static IReadOnlyList<string> Reserved { get; } = [SubsidyTraineePaid];

    public static bool IsKnown(string? eventType) => eventType is not null && All.Contains(eventType, StringComparer.Ordinal);
}
