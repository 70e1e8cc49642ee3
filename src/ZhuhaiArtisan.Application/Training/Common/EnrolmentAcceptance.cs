using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Training.Common;

/// <summary>
/// Whether an item takes enrolment today, as the public catalogue shows it: published in the
/// current edition, active (approved: not suspended, withdrawn or back under review) and within
/// its validity.
/// </summary>
public static class EnrolmentAcceptance
{
    public static async Task<int?> CurrentEditionAsync(this IApplicationDbContext db, CancellationToken cancellationToken) =>
        await db.CatalogueEditions.MaxAsync(e => (int?)e.Number, cancellationToken);

    public static bool AcceptsEnrolment(CatalogueItem item, int? currentEdition, DateOnly today) =>
        currentEdition is not null
        && item.LastPublishedEdition == currentEdition
        && CatalogueEditionEntry.AcceptsEnrolment(item.LiveStatus, item.ValidFrom, item.ValidUntil, today);
}
