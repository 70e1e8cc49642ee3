using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Application.Catalogue.PublishCatalogueEdition;
using ZhuhaiArtisan.Application.Common.Auditing;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueEditions;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.Training.Completions;
using ZhuhaiArtisan.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.DataGenerator.Tests;

public sealed class CatalogueAndTrainingTests(GeneratedDataSets data) : IClassFixture<GeneratedDataSets>
{
    private static readonly DateOnly Published = new GeneratorOptions().AsOf.AddDays(-330);

    [Fact]
    public async Task Generate_Edition_IsWhatTheApisPublisherBuildsFromTheSameItems()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var copy = Path.Combine(Path.GetTempPath(), "za-generator-publish-" + Guid.NewGuid().ToString("N") + ".db");
        File.Copy(data.First.DatabasePath, copy);
        try
        {
            await using (var services = Writable(copy))
            {
                await using var scope = services.CreateAsyncScope();
                var publisher = new CatalogueEditionPublisher(
                    scope.ServiceProvider.GetRequiredService<IApplicationDbContext>(), scope.ServiceProvider.GetRequiredService<IBulkInserter>(),
                    scope.ServiceProvider.GetRequiredService<IPlannerStatistics>(), new FixedClock(new DateTimeOffset(Published.ToDateTime(new TimeOnly(11, 0)), TimeSpan.FromHours(8))));

                // The API publishes edition 2 on the day the generator published edition 1: the same items
                // (less those suspended or withdrawn since), in the same order, with the same snapshot and grams.
                var edition = await publisher.PublishAsync("同一天再发布一次", cancellationToken);
                Assert.Equal(2, edition.Number);
            }

            await using var reading = ApiPersistence.Open(data.Configuration, copy);
            await using var readScope = reading.CreateAsyncScope();
            var db = readScope.ServiceProvider.GetRequiredService<AppDbContext>();
            var entries = await db.CatalogueEditionEntries.AsNoTracking().OrderBy(e => e.Position).ToListAsync(cancellationToken);
            var grams = await db.CatalogueEditionGrams.AsNoTracking().ToListAsync(cancellationToken);
            var live = await db.CatalogueItems.AsNoTracking().Where(i => i.Status == CatalogueItemStatus.Approved).Select(i => i.Id).ToListAsync(cancellationToken);

            var generated = entries.Where(e => e.EditionNumber == 1).ToList();
            var published = entries.Where(e => e.EditionNumber == 2).ToList();
            Assert.Equal(GeneratedDataSets.CatalogueItems, generated.Count);
            Assert.Equal(generated.Where(e => live.Contains(e.ItemId)).Select(Content), published.Select(Content));
            foreach (var entry in published)
            {
                var before = generated.Single(e => e.ItemId == entry.ItemId);
                Assert.Equal(
                    grams.Where(g => g.EditionNumber == 1 && g.Position == before.Position).Select(g => g.Gram).Order(StringComparer.Ordinal),
                    grams.Where(g => g.EditionNumber == 2 && g.Position == entry.Position).Select(g => g.Gram).Order(StringComparer.Ordinal));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(copy);
        }
    }

    [Fact]
    public async Task Generate_Catalogue_HasRealOccupations_SubsidiesNotAboveFees_AndFindsWeldersAndElectricians()
    {
        await using var services = ApiPersistence.Open(data.Configuration, data.First.DatabasePath);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cancellationToken = TestContext.Current.CancellationToken;

        var items = await db.CatalogueItems.AsNoTracking().ToListAsync(cancellationToken);
        var occupations = await db.Occupations.AsNoTracking().Select(o => o.Code).ToListAsync(cancellationToken);
        var institutions = await db.Organizations.AsNoTracking().Where(o => items.Select(i => i.InstitutionId).Contains(o.Id)).ToListAsync(cancellationToken);
        Assert.All(items, item =>
        {
            Assert.Contains(item.OccupationCode, occupations);
            Assert.True(item.SubsidyPerPerson > 0 && item.SubsidyPerPerson <= item.FeePerPerson);
            Assert.Equal(1, item.LastPublishedEdition);
            Assert.True(item.TotalHours > 0);
            Assert.NotEmpty(item.ClusterCodes);
        });
        Assert.All(institutions, institution => Assert.True(institution.IsTrainingQualifiedOn(Published)));
        Assert.Contains(items, i => i.Status == CatalogueItemStatus.Approved);

        // Two-character queries are answered from the bigram index, as the public search does.
        foreach (var term in new[] { "焊工", "电工" })
        {
            var gram = CatalogueSearchText.GramsRequiredBy([term]).Single();
            Assert.True(await db.CatalogueEditionGrams.AnyAsync(g => g.EditionNumber == 1 && g.Gram == gram, cancellationToken), term);
        }

        var edition = await db.CatalogueEditions.AsNoTracking().SingleAsync(cancellationToken);
        Assert.Equal(GeneratedDataSets.CatalogueItems, edition.ItemCount);
        var changes = await db.CatalogueChanges.AsNoTracking().OrderBy(c => c.Sequence).ToListAsync(cancellationToken);
        Assert.Equal(Enumerable.Range(1, changes.Count).Select(n => (long)n), changes.Select(c => c.Sequence));
        Assert.Equal(1, changes[0].EditionNumber);

        var sample = JsonDocument.Parse(await File.ReadAllTextAsync(data.First.SamplesPath, cancellationToken)).RootElement;
        Assert.Equal(1, sample.GetProperty("catalogueEdition").GetInt32());
        var terms = sample.GetProperty("searchTerms").EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Contains("焊工", terms);
        Assert.Contains("电工", terms);
    }

    [Fact]
    public async Task Generate_TrainingRecords_FollowTheDomainsRules()
    {
        await using var services = ApiPersistence.Open(data.Configuration, data.First.DatabasePath);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cancellationToken = TestContext.Current.CancellationToken;
        var asOf = new GeneratorOptions().AsOf;

        var classes = await db.TrainingClasses.AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var items = await db.CatalogueItems.AsNoTracking().ToDictionaryAsync(i => i.Id, cancellationToken);
        var enrolments = await db.Enrolments.AsNoTracking().ToListAsync(cancellationToken);
        var attendance = await db.AttendanceRecords.AsNoTracking().ToListAsync(cancellationToken);
        var completions = await db.TrainingCompletions.AsNoTracking().ToListAsync(cancellationToken);

        Assert.All(classes.Values, c =>
        {
            var item = items[c.CatalogueItemId];
            Assert.Equal(item.InstitutionId, c.InstitutionId);
            Assert.Equal(item.TotalHours, c.PlannedHours);
            Assert.True(c.StartDate > Published && c.StartDate >= item.ValidFrom && c.EndDate <= item.ValidUntil);
            Assert.Equal(enrolments.Count(e => e.ClassId == c.Id), c.EnrolledCount);
            Assert.True(c.EnrolledCount <= c.Capacity);
            Assert.Equal(c.DeliveryMode == DeliveryMode.Online, c.Venue is null);
        });

        var hours = attendance.GroupBy(a => a.EnrolmentId).ToDictionary(g => g.Key, g => g.Sum(a => a.Hours));
        Assert.All(enrolments, e =>
        {
            var trainingClass = classes[e.ClassId];
            Assert.Equal(hours.GetValueOrDefault(e.Id), e.AttendedHours);
            Assert.True(e.AttendedHours <= trainingClass.PlannedHours);
            Assert.True(ZhuhaiArtisan.DataGenerator.Common.ChinaTime.DayOf(e.EnrolledAt) <= trainingClass.EndDate);
        });
        var byId = enrolments.ToDictionary(e => e.Id);
        Assert.All(attendance, a =>
        {
            Assert.True(classes[byId[a.EnrolmentId].ClassId].Covers(a.SessionDate));
            Assert.True(a.SessionDate <= asOf);
        });
        Assert.All(completions, c =>
        {
            var enrolment = byId[c.EnrolmentId!.Value];
            var trainingClass = classes[c.ClassId];
            Assert.Equal((trainingClass.Id, c.TalentId), (enrolment.ClassId, enrolment.TalentId));
            Assert.True(c.CompletedOn >= trainingClass.EndDate && c.CompletedOn < asOf);
            Assert.Equal(c.Mismatches.Count == 0, c.Status == CompletionStatus.Accepted);
            Assert.Equal(enrolment.AttendedHours >= trainingClass.PlannedHours, c.Status == CompletionStatus.Accepted);
        });
        Assert.Contains(completions, c => c.Status == CompletionStatus.Accepted && c.Result == AssessmentResult.Passed);
        Assert.Contains(enrolments, e => classes[e.ClassId].StartDate > asOf);

        // Classes the sample offers to partner pushes are online, open past the as-of day, with the seats it says.
        var sample = JsonDocument.Parse(await File.ReadAllTextAsync(data.First.SamplesPath, cancellationToken)).RootElement;
        foreach (var pushable in sample.GetProperty("pushableClasses").EnumerateArray())
        {
            var trainingClass = classes[new(pushable.GetProperty("classId").GetGuid())];
            Assert.Equal(DeliveryMode.Online, trainingClass.DeliveryMode);
            Assert.True(trainingClass.EndDate > asOf.AddDays(13));
            Assert.Equal(trainingClass.Capacity - trainingClass.EnrolledCount, pushable.GetProperty("freeSeats").GetInt32());
        }
    }

    private static object Content(CatalogueEditionEntry e) =>
        (e.ItemId, e.Title, e.OccupationCode, e.OccupationName, e.SkillLevelCode, e.TrainingType, e.TheoryHours, e.PracticeHours, e.FeePerPerson,
            e.SubsidyPerPerson, e.DeliveryMode, e.Clusters, e.IsUrgentlyNeeded, e.IsNewOccupation, e.ValidFrom, e.ValidUntil,
            (e.InstitutionId, e.InstitutionName, e.DistrictCode, e.SearchText));

    private ServiceProvider Writable(string databasePath)
    {
        var settings = new ConfigurationBuilder()
            .AddConfiguration(data.Configuration)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString(),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInfrastructure(settings);
        services.AddScoped<ICurrentUser, GeneratorUser>();
        services.AddScoped<IOperationContext, GeneratorOperation>();
        return services.BuildServiceProvider();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
