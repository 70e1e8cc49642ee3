using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Application.Catalogue.SearchCatalogueEditionItems;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Infrastructure.Tests.Persistence;

/// <summary>A catalogue search drives from its rarest gram; an edition's counts are read once.</summary>
public sealed class CatalogueGramFrequenciesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Grams_AreOrderedRarestFirst_AndAnEditionsCountsAreReadOnce()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await PostAsync(db, 1, ("电子", 9), ("装接", 2), ("接工", 5));
        var frequencies = new CatalogueGramFrequencies();

        Assert.Equal(["设备", "装接", "接工", "电子"], await frequencies.RarestFirstAsync(db, 1, ["电子", "设备", "装接", "接工"], Cancel));

        // Published editions never change: the counts read are kept, and only another edition's are read.
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"CatalogueEditionGrams\"", Cancel);
        await PostAsync(db, 2, ("电子", 1), ("装接", 7));
        Assert.Equal(["设备", "装接", "接工", "电子"], await frequencies.RarestFirstAsync(db, 1, ["电子", "设备", "装接", "接工"], Cancel));
        Assert.Equal(["电子", "装接"], await frequencies.RarestFirstAsync(db, 2, ["装接", "电子"], Cancel));
    }

    [Fact]
    public async Task OneGram_NeedsNoCount()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Equal(["焊工"], await new CatalogueGramFrequencies().RarestFirstAsync(db, 1, ["焊工"], Cancel));
    }

    /// <summary>Postings written directly (without the edition they belong to: foreign keys off for the while).</summary>
    private static async Task PostAsync(AppDbContext db, int edition, params (string Gram, int Entries)[] grams)
    {
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF", Cancel);
        foreach (var (gram, entries) in grams)
        {
            for (var position = 1; position <= entries; position++)
            {
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO \"CatalogueEditionGrams\" (\"EditionNumber\", \"Gram\", \"Position\") VALUES ({edition}, {gram}, {position})", Cancel);
            }
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON", Cancel);
    }
}
