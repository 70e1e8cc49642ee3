using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Application.Common.Events;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.Events;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Infrastructure.Tests.Persistence;

/// <summary>A record written in bulk is the record a save would have written, with the same audit entry and events.</summary>
public sealed class BulkInserterTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Insert_WritesWhatASaveWouldWrite_AndAuditsItTheSameWay()
    {
        await using var harness = await PersistenceHarness.StartAsync();
        var saved = NewTalent("440402199001010012");
        var inserted = NewTalent("440402199001010020");
        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Districts.Add(District.Create("440402", "香洲区", "Xiangzhou", DistrictKind.District, null, null));
            db.Talents.Add(saved);
            await db.SaveChangesAsync(Cancel);

            await using var transaction = await db.Database.BeginTransactionAsync(Cancel);
            await scope.ServiceProvider.GetRequiredService<IBulkInserter>().InsertAsync([inserted], Cancel);
            await transaction.CommitAsync(Cancel);
        }

        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var readBack = await db.Talents.AsNoTracking().SingleAsync(t => t.Id == inserted.Id, Cancel);
            var reference = await db.Talents.AsNoTracking().SingleAsync(t => t.Id == saved.Id, Cancel);
            Assert.Equal(Comparable(reference), Comparable(readBack));
            Assert.Equal(inserted.IdentityNumberHash, readBack.IdentityNumberHash);
            Assert.Equal(["6-18-02-04", "6-17-08-01"], readBack.WishedOccupationCodes);
            Assert.Equal(8800.50m, readBack.WishedMonthlyWageMax);
            Assert.Equal(new DateOnly(2027, 7, 1), readBack.GraduationDate);
            Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero), readBack.Provenance.RecordedAt);

            var audit = await db.AuditEntries.Where(e => e.EntityType == nameof(Talent)).OrderBy(e => e.Id).ToListAsync(Cancel);
            Assert.Equal(2, audit.Count);
            Assert.Equal(inserted.Id.ToString(), audit[1].EntityId);
            Assert.Equal(("tester", "CityAdmin", "TestOperation"), (audit[1].Actor, audit[1].ActorRole, audit[1].Action));
            Assert.Null(audit[1].Before);
            Assert.Equal(WithoutIdentity(audit[0].After!), WithoutIdentity(audit[1].After!));
            Assert.DoesNotContain("440402199001010020", audit[1].After!, StringComparison.Ordinal);
            Assert.Contains("\"phone.masked\":\"138****8001\"", audit[1].After!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Insert_DispatchesTheEventsOfTheRecords()
    {
        var handler = new RecordingHandler();
        await using var harness = await PersistenceHarness.StartAsync(services =>
            services.AddSingleton<IDomainEventHandler<TalentRegisteredDomainEvent>>(handler));
        var talents = Enumerable.Range(0, 3).Select(i => NewTalent($"44040219900101{i:D3}")).ToList();
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Districts.Add(District.Create("440402", "香洲区", "Xiangzhou", DistrictKind.District, null, null));
        await db.SaveChangesAsync(Cancel);

        await using var transaction = await db.Database.BeginTransactionAsync(Cancel);
        await scope.ServiceProvider.GetRequiredService<IBulkInserter>().InsertAsync(talents, Cancel);
        await transaction.CommitAsync(Cancel);

        Assert.Equal(talents.Select(t => t.Id), handler.Received.Select(e => e.TalentId));
        Assert.All(talents, t => Assert.Empty(t.DomainEvents));
    }

    [Fact]
    public async Task InsertUnlessTaken_LeavesOutTheRecordsWhoseKeyIsTaken_AndAuditsAndAnnouncesOnlyTheOthers()
    {
        var handler = new RecordingHandler();
        await using var harness = await PersistenceHarness.StartAsync(services =>
            services.AddSingleton<IDomainEventHandler<TalentRegisteredDomainEvent>>(handler));
        var registered = NewTalent("440402199001010001");
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Districts.Add(District.Create("440402", "香洲区", "Xiangzhou", DistrictKind.District, null, null));
        db.Talents.Add(registered);
        await db.SaveChangesAsync(Cancel);
        handler.Received.Clear();
        // The second and the last are the person registered already; the fourth repeats the third.
        var talents = new[] { "440402199001010002", "440402199001010001", "440402199001010003", "440402199001010003", "440402199001010001" }
            .Select(NewTalent)
            .ToList();

        IReadOnlyList<Talent> taken;
        await using (var transaction = await db.Database.BeginTransactionAsync(Cancel))
        {
            taken = await scope.ServiceProvider.GetRequiredService<IBulkInserter>().InsertUnlessTakenAsync(talents, t => t.IdentityNumberHash, Cancel);
            await transaction.CommitAsync(Cancel);
        }

        Assert.Equal([talents[1], talents[3], talents[4]], taken);
        Assert.Equal([talents[0].Id, talents[2].Id], handler.Received.Select(e => e.TalentId));
        Assert.Equal(
            new[] { registered.Id, talents[0].Id, talents[2].Id }.Select(i => i.ToString()).Order(StringComparer.Ordinal),
            (await db.Talents.Select(t => t.Id).ToListAsync(Cancel)).Select(i => i.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(
            new[] { registered.Id, talents[0].Id, talents[2].Id }.Select(i => i.ToString()).Order(StringComparer.Ordinal),
            (await db.AuditEntries.Where(e => e.EntityType == nameof(Talent)).Select(e => e.EntityId).ToListAsync(Cancel)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task InsertUnlessTaken_OnAPropertyWithoutAUniqueIndex_IsRefused()
    {
        await using var harness = await PersistenceHarness.StartAsync();
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(Cancel);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            scope.ServiceProvider.GetRequiredService<IBulkInserter>().InsertUnlessTakenAsync([NewTalent("440402199001010012")], t => t.Name, Cancel));
    }

    [Fact]
    public async Task Insert_OutsideATransaction_IsRefused()
    {
        await using var harness = await PersistenceHarness.StartAsync();
        await using var scope = harness.Services.CreateAsyncScope();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            scope.ServiceProvider.GetRequiredService<IBulkInserter>().InsertAsync([NewTalent("440402199001010012")], Cancel));
    }

    private static Talent NewTalent(string number) => Talent.Register(
        TalentId.New(),
        "林·晓峰",
        IdentityDocumentType.ResidentIdentityCard,
        new ProtectedValue($"v1:{number}-ciphertext", number[..6] + "********" + number[14..]),
        $"{number}-hash".PadRight(Talent.IdentityNumberHashLength, '0'),
        new DateOnly(1990, 1, 1),
        new ProtectedValue("v1:phone-ciphertext", "138****8001"),
        "440402",
        TalentOrigin.OutsideCity,
        null,
        null,
        null,
        new DateOnly(2027, 7, 1),
        new JobWishes(JobSeekingStatus.Seeking, ["6-18-02-04", "6-17-08-01"], ["440402"], 6000m, 8800.50m),
        consentsToMatching: true,
        accountSubject: null,
        new Provenance("city-admin", "CityAdmin", null, LegalBasis.StatutoryDuty, new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero)));

    /// <summary>Everything but what makes the two records different people.</summary>
    private static string Comparable(Talent talent) => JsonSerializer.Serialize(new
    {
        talent.Name,
        talent.DocumentType,
        Masked = talent.IdentityNumber.Masked[..6],
        talent.BirthDate,
        talent.Phone,
        talent.ResidenceDistrictCode,
        talent.Origin,
        talent.EmployerId,
        talent.SchoolId,
        talent.Major,
        talent.GraduationDate,
        talent.Wishes,
        talent.ConsentsToMatching,
        talent.AccountSubject,
        talent.Provenance,
        talent.Version,
    });

    private static string WithoutIdentity(string after)
    {
        var json = JsonNode.Parse(after)!.AsObject();
        json.Remove("id");
        json.Remove("identityNumber.masked");
        return json.ToJsonString();
    }

    private sealed class RecordingHandler : IDomainEventHandler<TalentRegisteredDomainEvent>
    {
        public List<TalentRegisteredDomainEvent> Received { get; } = [];

        public Task HandleAsync(TalentRegisteredDomainEvent domainEvent, CancellationToken cancellationToken)
        {
            Received.Add(domainEvent);
            return Task.CompletedTask;
        }
    }
}
