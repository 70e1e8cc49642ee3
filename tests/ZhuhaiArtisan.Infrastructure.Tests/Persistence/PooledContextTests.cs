using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Infrastructure.Tests.Persistence;

/// <summary>
/// Contexts are pooled and serve one scope at a time; on SQLite each keeps a connection of its own
/// open. A context reused by another scope must behave exactly like a new one.
/// </summary>
public sealed class PooledContextTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewDatabase_IsCreatedByEf_InWalJournalMode()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Equal("wal", Assert.Single(await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync(Cancel)));
    }

    [Fact]
    public async Task Lease_ReusesTheContextOfAnEndedScope_WithItsSqliteConnectionStillOpen()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        AppDbContext first;
        SqliteConnection connection;
        await using (var scope = harness.Services.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            connection = (SqliteConnection)first.Database.GetDbConnection();
            Assert.Equal(0, await first.Districts.CountAsync(Cancel));
        }

        Assert.Equal(ConnectionState.Open, connection.State);
        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var second = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Same(first, second);
            Assert.Same(connection, second.Database.GetDbConnection());
            Assert.Equal(1L, Assert.Single(await second.Database.SqlQueryRaw<long>("PRAGMA foreign_keys").ToListAsync(Cancel)));
        }
    }

    [Fact]
    public async Task KeptConnection_HasEfSqlFunctions_ForDecimalComparisons()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        for (var lease = 0; lease < 2; lease++)
        {
            await using var scope = harness.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

            // SQLite has no decimal type: EF compares decimals with its ef_compare function.
            Assert.Equal(0, await db.Talents.CountAsync(t => t.WishedMonthlyWageMin > 5000m, Cancel));
        }
    }

    [Fact]
    public async Task Saving_InAReusedContext_AuditsAsTheCallerOfTheScopeThatLeasedIt()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync(services =>
            services.AddScoped<ICurrentUser>(_ => new ScopeUser()));
        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Districts.Add(District.Create("440402", "香洲区", "Xiangzhou", DistrictKind.District, null, null));
            await db.SaveChangesAsync(Cancel);
        }

        var actors = new List<string>();
        AppDbContext? previous = null;
        foreach (var first17 in new[] { "91440400MA0DM0001", "91440404MA0DM0002" })
        {
            await using var scope = harness.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.True(previous is null || ReferenceEquals(previous, db));
            previous = db;
            actors.Add(scope.ServiceProvider.GetRequiredService<ICurrentUser>().Actor);
            db.Organizations.Add(Organization.Register(
                OrganizationId.New(), UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17)), $"测试企业{first17[^4..]}", OrganizationType.Enterprise, "440402", ["new-energy"],
                new ContactDetails("张三", "13800001111", null, "珠海"), harness.Clock.GetUtcNow()));
            await db.SaveChangesAsync(Cancel);
        }

        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var audited = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries
                .Where(e => e.EntityType == nameof(Organization)).OrderBy(e => e.Id).Select(e => e.Actor).ToListAsync(Cancel);
            Assert.Equal(actors, audited);
            Assert.Equal(2, audited.Distinct().Count());
        }
    }

    [Fact]
    public async Task Context_GoesBackToThePoolOnlyWhenItsScopeEnds_NotWhenTheContextIsDisposed()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        var first = harness.Services.CreateAsyncScope();
        var leased = first.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Same(leased, first.ServiceProvider.GetRequiredService<IApplicationDbContext>());

        // The container disposes the context once for each service type it was resolved as, and
        // another scope may lease in between: a context those calls returned to the pool would
        // serve two scopes at once.
        await leased.DisposeAsync();
        await using var second = harness.Services.CreateAsyncScope();
        var other = second.ServiceProvider.GetRequiredService<AppDbContext>();
        await first.DisposeAsync();
        await using var third = harness.Services.CreateAsyncScope();
        var next = third.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.NotSame(leased, other);
        Assert.Same(leased, next);
        Assert.Equal(0, await other.Districts.CountAsync(Cancel));
        Assert.Equal(0, await next.Districts.CountAsync(Cancel));
    }

    /// <summary>A different caller in every scope.</summary>
    private sealed class ScopeUser : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public string Actor { get; } = $"user-{Guid.NewGuid():N}";

        public string Role => Roles.CityAdmin;

        public Guid? OrganizationId => null;

        public string? DistrictCode => null;

        public Guid? TalentId => null;

        public Guid? ClientId => null;
    }
}
