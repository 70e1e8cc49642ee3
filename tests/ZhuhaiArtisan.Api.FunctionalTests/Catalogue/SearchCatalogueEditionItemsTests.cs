using System.Net;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

/// <summary>
/// The public catalogue: each filter, Chinese free text (two-character words included), and
/// editions that never change while each item's live status shows on them.
/// </summary>
public abstract class SearchCatalogueEditionItemsTests(ApiFactory api) : CatalogueFunctionalTest(api)
{
    private static readonly Guid AiTrainer = DemoData.AiTrainerItemId;
    private static readonly Guid CareWorker = DemoData.CareWorkerItemId;
    private static readonly Guid Welder = DemoData.WelderItemId;
    private static readonly Guid ChipMaker = DemoData.ChipMakerItemId;
    private static readonly Guid Electrician = DemoData.ElectricianItemId;

    public static TheoryData<string, Guid[]> Filters => new()
    {
        { string.Empty, [AiTrainer, CareWorker, Welder, ChipMaker, Electrician] },
        { "&occupation=6-18-02-04", [Welder] },
        { "&occupation=6-18-01-01", [] },
        { "&cluster=new-energy", [Welder, Electrician] },
        { "&cluster=fine-chemicals", [] },
        { "&level=junior", [AiTrainer, CareWorker] },
        { "&level=senior", [Welder] },
        { $"&institution={DemoData.VocationalCollegeId}", [Welder, ChipMaker] },
        { "&district=ZH-GX", [AiTrainer, CareWorker, Electrician] },
        { "&district=440402", [Welder, ChipMaker] },
        { "&district=440403", [] },
        { "&urgentlyNeeded=true", [Welder, ChipMaker] },
        { "&urgentlyNeeded=false", [AiTrainer, CareWorker, Electrician] },
        { "&newOccupation=true", [AiTrainer] },
        { "&trainingType=digital-literacy", [AiTrainer] },
        { "&trainingType=student-apprentice", [ChipMaker] },
        { "&deliveryMode=blended", [ChipMaker] },
        { "&deliveryMode=offline", [CareWorker, Welder, Electrician] },
        { "&cluster=new-energy&level=intermediate&search=%E5%9F%B9%E8%AE%AD", [Electrician] },
        {
            $"&occupation=6-18-02-04&cluster=new-energy&level=senior&institution={DemoData.VocationalCollegeId}&district=440402"
                + "&urgentlyNeeded=true&newOccupation=false&trainingType=new-apprenticeship&deliveryMode=offline&search=%E7%84%8A%E5%B7%A5",
            [Welder]
        },
        { "&urgentlyNeeded=true&newOccupation=false&trainingType=new-apprenticeship&deliveryMode=blended", [] },

        // Text read along one gram, or with the next grams looked up, and a filter on top.
        { "&search=%E5%9F%B9%E8%AE%AD&urgentlyNeeded=true", [Welder, ChipMaker] },
        { "&search=%E6%8A%80%E6%9C%AF%E5%AD%A6%E9%99%A2&urgentlyNeeded=false", [] },
        { "&search=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD&newOccupation=true", [AiTrainer] },
        { "&search=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD&newOccupation=false", [] },
    };

    public static TheoryData<string, Guid[]> Texts => new()
    {
        { "焊工", [Welder] },
        { "电工", [Electrician] },
        { "焊", [Welder] },
        { "工", [AiTrainer, CareWorker, Welder, ChipMaker, Electrician] },
        { "人工智能", [AiTrainer] },
        { "培训学校", [AiTrainer, CareWorker, Electrician] },
        { "技术学院", [Welder, ChipMaker] },
        { "技培生", [ChipMaker] },
        { "焊工 学徒", [Welder] },
        { "  焊工　 ", [Welder] },
        { "焊工 电工", [] },
        { "厨师", [] },
        { "工焊", [] },
        { "焊工电", [] },
        { "焊工焊工", [] },
        { "学院焊工", [] },

        // More grams than are looked up per candidate (MaxGramsLookedUp): the rest are the text's to confirm.
        { "人工智能训练师", [AiTrainer] },
        { "焊工 人工智能", [] },
        { "人工智能 数字 训练 初级", [AiTrainer] },
        { "人工智能 数字 训练 中级", [] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task SearchCatalogueEditionItems_ByEachFilter_FindsExactlyItsItemsInEditionOrder(string query, Guid[] expected)
    {
        var found = await SearchAllAsync(1, query);

        Assert.Equal(expected, found.Select(IdOf));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task SearchCatalogueEditionItems_ByChineseText_FindsItemsContainingEveryTerm(string search, Guid[] expected)
    {
        var found = await SearchAllAsync(1, $"&search={Uri.EscapeDataString(search)}");

        Assert.Equal(expected, found.Select(IdOf));
    }

    [Fact]
    public async Task SearchCatalogueEditionItems_IgnoresLetterCaseAndFullWidthForms()
    {
        var id = await ItemInAsync("approved", new CatalogueItemRequestBuilder().Titled("CNC数控车工（中级工）培训").InOccupation("6-18-01-01"));
        var number = await PublishAsync();

        foreach (var search in (string[])["cnc", "CNC", "ＣＮＣ", "Cnc数控", "车工"])
        {
            Assert.Equal([id], (await SearchAllAsync(number, $"&search={Uri.EscapeDataString(search)}")).Select(IdOf));
        }
    }

    [Fact]
    public async Task SearchCatalogueEditionItems_ShowsEachItemAsPublished()
    {
        var welder = Assert.Single(await SearchAllAsync(1, "&occupation=6-18-02-04"));

        Assert.Equal(1, welder.GetProperty("editionNumber").GetInt32());
        Assert.Equal(3, welder.GetProperty("position").GetInt32());
        Assert.Equal("焊工（高级工）企业新型学徒制培训", welder.GetProperty("title").GetString());
        Assert.Equal("焊工", welder.GetProperty("occupationName").GetString());
        Assert.Equal("senior", welder.GetProperty("skillLevel").GetString());
        Assert.Equal("new-apprenticeship", welder.GetProperty("trainingType").GetString());
        Assert.Equal((120, 280, 400), (welder.GetProperty("theoryHours").GetInt32(), welder.GetProperty("practiceHours").GetInt32(), welder.GetProperty("totalHours").GetInt32()));
        Assert.Equal("4800.00", welder.GetProperty("feePerPerson").GetRawText());
        Assert.Equal("3800.00", welder.GetProperty("subsidyPerPerson").GetRawText());
        Assert.Equal("offline", welder.GetProperty("deliveryMode").GetString());
        Assert.Equal(["new-energy", "equipment-manufacturing"], welder.GetProperty("clusters").EnumerateArray().Select(c => c.GetString()));
        Assert.True(welder.GetProperty("isUrgentlyNeeded").GetBoolean());
        Assert.False(welder.GetProperty("isNewOccupation").GetBoolean());
        Assert.Equal(DemoData.VocationalCollegeId.ToString(), welder.GetProperty("institutionId").GetString());
        Assert.Equal("珠海示范职业技术学院", welder.GetProperty("institutionName").GetString());
        Assert.Equal("440402", welder.GetProperty("districtCode").GetString());
        Assert.Equal("active", welder.GetProperty("liveStatus").GetString());
        Assert.True(welder.GetProperty("acceptsEnrolment").GetBoolean());
    }

    [Fact]
    public async Task AnEdition_AfterPublication_KeepsItsSnapshotWhileTheLiveStatusShows()
    {
        var city = await City();
        var college = await College();
        await VerbOkAsync(city, Electrician, "suspension", Suspension());
        await VerbOkAsync(city, CareWorker, "withdrawal");
        var revised = await ReviseAsync(college, Welder, new CatalogueItemRequestBuilder()
            .Titled("焊工（高级工）新型学徒制培训（第二期）").AtLevel("senior").OfType("new-apprenticeship").Costing(5600m).Serving("equipment-manufacturing"));
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        await VerbOkAsync(city, DemoData.RobotItemId, "approval", Approval(3000m));

        var items = (await SearchAllAsync(1)).ToDictionary(IdOf);

        Assert.Equal(DemoEditionItems, items.Keys);
        var welder = items[Welder];
        Assert.Equal(("焊工（高级工）企业新型学徒制培训", 4800.00m, 3800.00m), (welder.GetProperty("title").GetString(), welder.GetProperty("feePerPerson").GetDecimal(), welder.GetProperty("subsidyPerPerson").GetDecimal()));
        Assert.Equal(("under-review", false), (welder.GetProperty("liveStatus").GetString(), welder.GetProperty("acceptsEnrolment").GetBoolean()));
        Assert.Equal(("suspended", false), (items[Electrician].GetProperty("liveStatus").GetString(), items[Electrician].GetProperty("acceptsEnrolment").GetBoolean()));
        Assert.Equal(("withdrawn", false), (items[CareWorker].GetProperty("liveStatus").GetString(), items[CareWorker].GetProperty("acceptsEnrolment").GetBoolean()));
        Assert.Equal(("active", true), (items[AiTrainer].GetProperty("liveStatus").GetString(), items[AiTrainer].GetProperty("acceptsEnrolment").GetBoolean()));

        await VerbOkAsync(city, Welder, "approval", Approval(4000m));
        await VerbOkAsync(city, Electrician, "reinstatement");
        var second = await PublishAsync("第二版");

        var first = (await SearchAllAsync(1)).ToDictionary(IdOf);
        Assert.Equal("焊工（高级工）企业新型学徒制培训", first[Welder].GetProperty("title").GetString());
        Assert.Equal("active", first[Welder].GetProperty("liveStatus").GetString());
        Assert.Equal("active", first[Electrician].GetProperty("liveStatus").GetString());
        var next = (await SearchAllAsync(second)).ToDictionary(IdOf);
        Assert.Equal(
            new[] { AiTrainer, Welder, ChipMaker, Electrician, DemoData.RobotItemId }.Order(),
            next.Keys.Order());
        Assert.Equal(("焊工（高级工）新型学徒制培训（第二期）", 5600.00m, 4000.00m),
            (next[Welder].GetProperty("title").GetString(), next[Welder].GetProperty("feePerPerson").GetDecimal(), next[Welder].GetProperty("subsidyPerPerson").GetDecimal()));
        Assert.Equal(["equipment-manufacturing"], next[Welder].GetProperty("clusters").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task SearchCatalogueEditionItems_PagesWithoutGapsOrRepeats()
    {
        var positions = new List<int>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await ReadJson(await Api.Anonymous().GetAsync($"{Editions}/1/items?limit=2" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"), Cancel));
            positions.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("position").GetInt32()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal([1, 2, 3, 4, 5], positions);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task SearchCatalogueEditionItems_ForAWordWhoseGramsAlsoStandApart_FindsOnlyTheWord_PageByPage()
    {
        // Each decoy holds both grams of 装接工 (装接, 接工) but never side by side: the search
        // confirms every candidate and reads on past those that fail, a small page at a time.
        var words = new List<Guid>();
        for (var round = 0; round < 3; round++)
        {
            for (var decoy = 0; decoy < 4; decoy++)
            {
                await ItemInAsync("approved", new CatalogueItemRequestBuilder().Titled($"电子装接与焊接工艺培训（第{round}{decoy}期）"));
            }

            words.Add(await ItemInAsync("approved", new CatalogueItemRequestBuilder().Titled($"电子设备装接工（中级工）培训（第{round}期）")));
        }

        var edition = await PublishAsync();
        var found = new List<Guid>();
        string? cursor = null;
        do
        {
            var url = $"{Editions}/{edition}/items?limit=1&search=%E8%A3%85%E6%8E%A5%E5%B7%A5" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await ReadJson(await Api.Anonymous().GetAsync(url, Cancel));
            found.AddRange(page.GetProperty("items").EnumerateArray().Select(IdOf));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(words, found);
        Assert.Equal(words, (await SearchAllAsync(edition, "&search=%E8%A3%85%E6%8E%A5%E5%B7%A5")).Select(IdOf));
    }

    [Fact]
    public async Task SearchCatalogueEditionItems_WithACursorOfAnotherEditionOrEdited_Returns400()
    {
        await PublishAsync();
        var page = await ReadJson(await Api.Anonymous().GetAsync($"{Editions}/1/items?limit=2", Cancel));
        var cursor = page.GetProperty("nextCursor").GetString()!;

        var crossed = await Api.Anonymous().GetAsync($"{Editions}/2/items?limit=2&cursor={Uri.EscapeDataString(cursor)}", Cancel);
        var edited = await Api.Anonymous().GetAsync($"{Editions}/1/items?limit=2&cursor={Uri.EscapeDataString(cursor[..^2] + "AA")}", Cancel);

        await AssertProblem(crossed, HttpStatusCode.BadRequest, "paging.invalid_cursor");
        await AssertProblem(edited, HttpStatusCode.BadRequest, "paging.invalid_cursor");
    }

    [Theory]
    [InlineData("cluster=semiconductors", "cluster", "validation.failed")]
    [InlineData("level=master", "level", "validation.failed")]
    [InlineData("occupation=welder", "occupation", "validation.failed")]
    [InlineData("trainingType=cooking", "trainingType", "validation.failed")]
    [InlineData("deliveryMode=post", "deliveryMode", "validation.failed")]
    [InlineData("limit=201", "limit", "validation.failed")]
    [InlineData("urgentlyNeeded=maybe", "urgentlyNeeded", "request.malformed")]
    [InlineData("institution=xyz", "institution", "request.malformed")]
    public async Task SearchCatalogueEditionItems_WithBadFilters_Returns400NamingThem(string query, string field, string code)
    {
        var response = await Api.Anonymous().GetAsync($"{Editions}/1/items?{query}", Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, code);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData(65)]
    [InlineData(1000)]
    public async Task SearchCatalogueEditionItems_WithTooLongASearch_Returns400(int length)
    {
        var response = await Api.Anonymous().GetAsync($"{Editions}/1/items?search={Uri.EscapeDataString(new string('焊', length))}", Cancel);

        await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task SearchCatalogueEditionItems_WithTooManyTerms_Returns400()
    {
        var response = await Api.Anonymous().GetAsync($"{Editions}/1/items?search={Uri.EscapeDataString("a b c d e f g h i")}", Cancel);

        await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SearchCatalogueEditionItemsTestsOnSqlite(SqliteApiFactory api) : SearchCatalogueEditionItemsTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class SearchCatalogueEditionItemsTestsOnPostgreSql(PostgreSqlApiFactory api) : SearchCatalogueEditionItemsTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class SearchCatalogueEditionItemsTestsOnSqlServer(SqlServerApiFactory api) : SearchCatalogueEditionItemsTests(api);
