using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Application.Talents.ListTalents;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Infrastructure.Tests.Persistence;

/// <summary>
/// The talent list's pages are read in (name, id) order straight from an index for each filter a
/// district administrator uses, never sorted afterwards.
/// </summary>
public sealed class TalentListIndexTests
{
    [Theory]
    [InlineData(false, "IX_Talents_ListByDistrict")]
    [InlineData(true, "IX_Talents_ListByDistrictAndOrigin")]
    public async Task DistrictPage_IsReadInNameOrder_FromItsIndex(bool byOrigin, string index)
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (district, origin, status) = ("440402", TalentOrigin.Local, JobSeekingStatus.OpenToOffers);

        var page = db.Talents.AsNoTracking().Where(t => t.ResidenceDistrictCode == district);
        page = byOrigin ? page.Where(t => t.Origin == origin && t.JobSeekingStatus == status) : page;
        var plan = await SqliteQueryPlan.OfAsync(db, page.OrderBy(t => t.Name).ThenBy(t => t.Id).Take(21).Select(t => t.Id));

        var steps = string.Join(" | ", plan);
        Assert.Contains($"INDEX {index} (", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", steps, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DistrictPageAfterACursor_SeeksToItsPosition_InsteadOfSteppingOverTheEntriesBefore()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        const string district = "440402";

        var page = db.Talents.AsNoTracking()
            .Where(t => t.ResidenceDistrictCode == district)
            .Where(TalentListQueries.AfterPosition("张伟", new TalentId(Guid.CreateVersion7())));
        var plan = await SqliteQueryPlan.OfAsync(db, page.OrderBy(t => t.Name).ThenBy(t => t.Id).Take(21).Select(t => t.Id));

        var steps = string.Join(" | ", plan);
        Assert.Contains("INDEX IX_Talents_ListByDistrict (ResidenceDistrictCode=? AND Name>?)", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", steps, StringComparison.Ordinal);
    }
}
