using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions.Events;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions.Rules;
using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;

/// <summary>
/// A published edition of the catalogue (目录发布), e.g. “2025年珠海市补贴性职业技能培训目录”: a
/// numbered, immutable snapshot of the items approved when it was published. Its entries are
/// written once with it and never change; what changes afterwards is only each item's live status.
/// </summary>
public sealed class CatalogueEdition : AggregateRoot
{
    public const int TitleMaxLength = 128;

    private CatalogueEdition()
    {
    }

    /// <summary>1 for the first edition, then one more for each.</summary>
    public int Number { get; private set; }

    public string Title { get; private set; } = null!;

    public DateTimeOffset PublishedAt { get; private set; }

    public int ItemCount { get; private set; }

    public static CatalogueEdition Publish(int number, string title, int itemCount, DateTimeOffset publishedAt)
    {
        CheckRule(new CatalogueEditionMustListItemsRule(itemCount));
        var edition = new CatalogueEdition
        {
            Number = number,
            Title = title,
            PublishedAt = publishedAt,
            ItemCount = itemCount,
        };
        edition.AddDomainEvent(new CatalogueEditionPublishedDomainEvent(number, itemCount, publishedAt));
        return edition;
    }
}
