using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

/// <summary>
/// The public catalogue at the size the issue names: 20,000 approved items from 40 institutions,
/// published as one edition, searched through HTTP (in memory). Explicit: it takes a minute and
/// measures the machine as much as the code, so it runs only when asked for:
/// <c>dotnet test --project tests/ZhuhaiArtisan.Api.FunctionalTests -- --filter-class '*CatalogueSearchMeasurements*' --explicit only</c>.
/// </summary>
public abstract class CatalogueSearchMeasurements(ApiFactory api) : CatalogueFunctionalTest(api)
{
    private const int ItemCount = 20_000;
    private const int InstitutionCount = 40;
    private const int Runs = 300;

    private static readonly string[] Districts = ["440402", "440403", "440404", "ZH-GX", "ZH-JK"];

    [Fact(Explicit = true)]
    public async Task PublicSearch_On20000Items_AnswersWithinTheTargets()
    {
        var seeding = Stopwatch.StartNew();
        await SeedAsync();
        var seeded = seeding.Elapsed;

        var publishing = Stopwatch.StartNew();
        var response = await (await City()).PostAsJsonAsync(Editions, new { title = "测量用目录" }, Cancel);
        var published = publishing.Elapsed;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var edition = await ReadJson(response);
        var number = edition.GetProperty("number").GetInt32();
        Assert.True(edition.GetProperty("itemCount").GetInt32() >= ItemCount);

        // The searches are measured in the steady state, not while the process is still
        // collecting what a publication of 20,000 items left behind (1.3 million index rows).
        GC.Collect();
        GC.WaitForPendingFinalizers();
        await Task.Delay(TimeSpan.FromSeconds(2), Cancel);

        var client = Api.Anonymous();
        string[] queries =
        [
            "search=%E7%84%8A%E5%B7%A5",                                     // 焊工
            "search=%E7%94%B5%E5%B7%A5",                                     // 电工
            "search=%E5%9F%B9%E8%AE%AD",                                     // 培训: in almost every item
            "search=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD",                   // 人工智能
            "search=%E7%84%8A",                                              // 焊: one character
            "search=%E7%84%8A%E5%B7%A5%20%E9%AB%98%E7%BA%A7",               // 焊工 高级
            "search=%E5%8E%A8%E5%B8%88",                                     // 厨师: no match
            "cluster=new-energy",
            "level=senior&urgentlyNeeded=true",
            "district=ZH-GX&search=%E7%94%B5%E5%B7%A5",
            "occupation=6-18-02-04",
            string.Empty,
        ];

        var report = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{Api.Provider}: seeded {ItemCount} items in {seeded.TotalSeconds:F1} s; published edition {number} in {published.TotalSeconds:F1} s"),
        };
        var all = new List<double>();
        foreach (var query in queries)
        {
            var url = $"{Editions}/{number}/items?{query}";
            var timings = await TimeAsync(client, url, ifNoneMatch: null);
            all.AddRange(timings);
            report.Add(Line(Uri.UnescapeDataString(query.Length == 0 ? "(no filter)" : query), timings));
        }

        var current = await client.GetAsync($"{Editions}/current", Cancel);
        var notModified = await TimeAsync(client, $"{Editions}/current", current.Headers.ETag!.ToString());
        var itemsPage = await client.GetAsync($"{Editions}/{number}/items?search=%E7%84%8A%E5%B7%A5", Cancel);
        var notModifiedSearch = await TimeAsync(client, $"{Editions}/{number}/items?search=%E7%84%8A%E5%B7%A5", itemsPage.Headers.ETag!.ToString());
        report.Add(Line("304 /current", notModified));
        report.Add(Line("304 items?search=焊工", notModifiedSearch));
        report.Add(Line("all searches", all));

        var text = string.Join(Environment.NewLine, report);
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), $"catalogue-measurements-{Api.Provider}.txt"), text, Cancel);

        Assert.True(Percentile(all, 0.50) < 10, text);
        Assert.True(Percentile(all, 0.99) < 50, text);
        Assert.True(Percentile(notModified, 0.50) < 2, text);
    }

    private async Task<List<double>> TimeAsync(HttpClient client, string url, string? ifNoneMatch)
    {
        var timings = new List<double>(Runs);
        for (var run = 0; run < Runs + 20; run++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (ifNoneMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
            }

            var watch = Stopwatch.StartNew();
            using var response = await client.SendAsync(request, Cancel);
            await response.Content.ReadAsByteArrayAsync(Cancel);
            watch.Stop();
            Assert.Equal(ifNoneMatch is null ? HttpStatusCode.OK : HttpStatusCode.NotModified, response.StatusCode);
            if (run >= 20)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return timings;
    }

    /// <summary>Institutions and approved items written straight to the database, as a city's catalogue would have them.</summary>
    private async Task SeedAsync()
    {
        using var scope = Api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var bulk = scope.ServiceProvider.GetRequiredService<IBulkInserter>();
        var occupations = await db.Occupations.AsNoTracking().Select(o => new { o.Code, o.NameZh }).OrderBy(o => o.Code).ToListAsync(Cancel);
        var today = ChinaCalendar.Today();
        var now = DateTimeOffset.UtcNow;
        var random = new Random(20_000);
        string[] kinds = ["技能提升", "新型学徒制", "技培生", "定向", "安全生产", "数字技能"];
        string[] places = ["香洲", "斗门", "金湾", "横琴", "高新", "唐家湾", "井岸", "三灶"];

        var institutions = Enumerable.Range(1, InstitutionCount).Select(n =>
        {
            var first17 = string.Create(CultureInfo.InvariantCulture, $"52440400MJ1{n:D6}");
            var institution = Organization.Register(
                OrganizationId.New(), UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17)),
                $"珠海{places[n % places.Length]}{n}号职业培训学校", OrganizationType.TrainingInstitution, Districts[n % Districts.Length],
                [IndustryCluster.All[n % 7].Code], new ContactDetails("校长", "13800000000", null, "珠海市"), now);
            institution.ChangeLabels(new OrganizationLabels(false, false, false, true, new TrainingQualification(today.AddYears(-1), today.AddYears(1))), now);
            return institution;
        }).ToList();
        db.Organizations.AddRange(institutions);
        await db.SaveChangesAsync(Cancel);

        var levels = SkillLevel.All.Where(l => !l.IsReachedByAppointment).ToList();
        var items = new List<CatalogueItem>(ItemCount);
        for (var i = 0; i < ItemCount; i++)
        {
            var occupation = occupations[random.Next(occupations.Count)];
            var level = levels[random.Next(levels.Count)];
            var institution = institutions[random.Next(institutions.Count)];
            var content = new CatalogueItemContent(
                $"{occupation.NameZh}（{level.NameZh}）{kinds[random.Next(kinds.Length)]}培训（第{(i % 12) + 1}期）",
                occupation.Code, level.Code, Enum.GetValues<TrainingType>()[random.Next(6)], random.Next(0, 200), random.Next(1, 400),
                random.Next(500, 9000), Enum.GetValues<DeliveryMode>()[random.Next(3)],
                [IndustryCluster.All[random.Next(7)].Code, IndustryCluster.All[random.Next(7)].Code],
                random.Next(4) == 0, random.Next(10) == 0, today.AddMonths(-1), today.AddMonths(random.Next(1, 24)));
            var item = CatalogueItem.Draft(CatalogueItemId.New(), institution, content, today, now);
            item.Submit(institution, today, now);
            item.Approve(Math.Min(content.FeePerPerson, 500 + random.Next(0, 3000)), "测量数据", institution, today, now);
            item.ClearDomainEvents();
            items.Add(item);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Cancel);
            await bulk.InsertAsync(items, Cancel);
            await transaction.CommitAsync(Cancel);
        });
    }

    private static string Line(string name, List<double> timings) =>
        string.Create(CultureInfo.InvariantCulture, $"{name,-40} p50 {Percentile(timings, 0.50),6:F2} ms  p99 {Percentile(timings, 0.99),6:F2} ms  max {timings.Max(),7:F2} ms");

    private static double Percentile(List<double> timings, double p)
    {
        var sorted = timings.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CatalogueSearchMeasurementsOnSqlite(SqliteApiFactory api) : CatalogueSearchMeasurements(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class CatalogueSearchMeasurementsOnPostgreSql(PostgreSqlApiFactory api) : CatalogueSearchMeasurements(api);
