using System.Net;
using System.Text.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

/// <summary>A partner syncs only what changed: editions published and live-status changes of published items, in order, from a cursor.</summary>
public abstract class ListCatalogueChangesTests(ApiFactory api) : CatalogueFunctionalTest(api)
{
    [Fact]
    public async Task ListCatalogueChanges_FromTheBeginning_StartsWithTheDemoEdition()
    {
        var page = await ReadJson(await Api.Anonymous().GetAsync(Changes, Cancel));

        var change = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("edition-published", change.GetProperty("kind").GetString());
        Assert.Equal(1, change.GetProperty("editionNumber").GetInt32());
        Assert.Equal(JsonValueKind.Null, change.GetProperty("itemId").ValueKind);
        Assert.False(page.GetProperty("hasMore").GetBoolean());
        Assert.False(string.IsNullOrEmpty(page.GetProperty("nextCursor").GetString()));
    }

    [Fact]
    public async Task ListCatalogueChanges_FromACursor_GivesOnlyWhatChangedSince_InOrder()
    {
        var start = (await ReadJson(await Api.Anonymous().GetAsync(Changes, Cancel))).GetProperty("nextCursor").GetString()!;
        var city = await City();
        var college = await College();

        await VerbOkAsync(city, Electrician, "suspension", Suspension());
        await VerbOkAsync(city, DemoData.RobotItemId, "approval", Approval());
        await VerbOkAsync(city, DemoData.RobotItemId, "suspension", Suspension());
        await ReviseAsync(college, Welder, new CatalogueItemRequestBuilder().Titled("焊工（高级工）培训（修订）"));
        await VerbOkAsync(city, Welder, "rejection", Rejection());
        await VerbOkAsync(city, Electrician, "reinstatement");
        await VerbOkAsync(city, Electrician, "withdrawal");
        var edition = await PublishAsync();

        var page = await ReadJson(await Api.Anonymous().GetAsync($"{Changes}?cursor={Uri.EscapeDataString(start)}", Cancel));

        var changes = page.GetProperty("items").EnumerateArray()
            .Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("itemId").ValueKind == JsonValueKind.Null ? (Guid?)null : IdOf(c),
                c.GetProperty("liveStatus").GetString(), c.GetProperty("editionNumber").ValueKind == JsonValueKind.Null ? (int?)null : c.GetProperty("editionNumber").GetInt32()))
            .ToList();
        Assert.Equal<(string?, Guid?, string?, int?)>(
            [
                ("item-status-changed", Electrician, "suspended", null),
                ("item-status-changed", Welder, "under-review", null),
                ("item-status-changed", Electrician, "active", null),
                ("item-status-changed", Electrician, "withdrawn", null),
                ("edition-published", null, null, edition),
            ],
            changes);
        var sequences = page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
    }

    [Fact]
    public async Task ListCatalogueChanges_PagesWithoutGapsOrRepeats_AndTheCursorKeepsItsPlace()
    {
        var city = await City();
        foreach (var id in (Guid[])[Electrician, Welder, ChipMaker])
        {
            await VerbOkAsync(city, id, "suspension", Suspension());
        }

        var seen = new List<long>();
        string? cursor = null;
        bool hasMore;
        do
        {
            var page = await ReadJson(await Api.Anonymous().GetAsync($"{Changes}?limit=1" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"), Cancel));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("sequence").GetInt64()));
            cursor = page.GetProperty("nextCursor").GetString();
            hasMore = page.GetProperty("hasMore").GetBoolean();
        }
        while (hasMore);

        Assert.Equal(4, seen.Count);
        Assert.Equal(Enumerable.Range((int)seen[0], 4).Select(n => (long)n), seen);

        var idle = await ReadJson(await Api.Anonymous().GetAsync($"{Changes}?cursor={Uri.EscapeDataString(cursor!)}", Cancel));
        Assert.Equal(0, idle.GetProperty("items").GetArrayLength());
        Assert.Equal(cursor, idle.GetProperty("nextCursor").GetString());

        await VerbOkAsync(city, Welder, "reinstatement");
        var later = await ReadJson(await Api.Anonymous().GetAsync($"{Changes}?cursor={Uri.EscapeDataString(cursor!)}", Cancel));
        var change = Assert.Single(later.GetProperty("items").EnumerateArray());
        Assert.Equal((Welder, "active", seen[^1] + 1), (IdOf(change), change.GetProperty("liveStatus").GetString(), change.GetProperty("sequence").GetInt64()));
    }

    [Fact]
    public async Task ListCatalogueChanges_ChangesOfUnpublishedItems_AreNotThePublicsNews()
    {
        var start = (await ReadJson(await Api.Anonymous().GetAsync(Changes, Cancel))).GetProperty("nextCursor").GetString()!;

        await ItemInAsync("suspended");
        await ItemInAsync("withdrawn");

        var page = await ReadJson(await Api.Anonymous().GetAsync($"{Changes}?cursor={Uri.EscapeDataString(start)}", Cancel));
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("bm90LXNpZ25lZA.AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task ListCatalogueChanges_WithAnEditedCursor_Returns400(string cursor)
    {
        var response = await Api.Anonymous().GetAsync($"{Changes}?cursor={cursor}", Cancel);

        await AssertProblem(response, HttpStatusCode.BadRequest, "paging.invalid_cursor");
    }

    [Fact]
    public async Task ListCatalogueChanges_WithACursorOfAnotherList_Returns400()
    {
        var items = await ReadJson(await Api.Anonymous().GetAsync($"{Editions}/1/items?limit=1", Cancel));

        var response = await Api.Anonymous().GetAsync($"{Changes}?cursor={Uri.EscapeDataString(items.GetProperty("nextCursor").GetString()!)}", Cancel);

        await AssertProblem(response, HttpStatusCode.BadRequest, "paging.invalid_cursor");
    }

    [Fact]
    public async Task ListCatalogueChanges_ForAPartner_IsTheSameFeed()
    {
        var partner = await ReadJson(await Api.WithApiKey(DemoData.PartnerApiKey).GetAsync(Changes, Cancel));
        var anonymous = await ReadJson(await Api.Anonymous().GetAsync(Changes, Cancel));

        Assert.Equal(anonymous.ToString(), partner.ToString());
    }

    private static Guid Electrician => DemoData.ElectricianItemId;

    private static Guid Welder => DemoData.WelderItemId;

    private static Guid ChipMaker => DemoData.ChipMakerItemId;
}

[Collection(SqliteCollection.Name)]
public sealed class ListCatalogueChangesTestsOnSqlite(SqliteApiFactory api) : ListCatalogueChangesTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class ListCatalogueChangesTestsOnPostgreSql(PostgreSqlApiFactory api) : ListCatalogueChangesTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class ListCatalogueChangesTestsOnSqlServer(SqlServerApiFactory api) : ListCatalogueChangesTests(api);
