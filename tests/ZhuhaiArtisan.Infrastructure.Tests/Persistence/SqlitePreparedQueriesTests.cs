using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Infrastructure.Tests.Persistence;

/// <summary>
/// On SQLite, EF's read queries run on statements compiled once per connection and kept: the
/// answers must be those of a statement compiled anew every time, whatever ran in between.
/// </summary>
public sealed class SqlitePreparedQueriesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadQuery_RunTwiceWithOtherValues_AnswersEachRun_FromOneStatementKeptOnTheConnection()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        await AddDistrictsAsync(harness, "440402", "440403", "440404");
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var kept = new List<int>();
        foreach (var code in new[] { "440402", "440404", "440499" })
        {
            var found = await db.Districts.AsNoTracking().Where(d => d.Code == code).Select(d => d.Code).ToListAsync(Cancel);
            Assert.Equal(code == "440499" ? [] : [code], found);
            kept.Add(KeptStatementBytes(db));
        }

        Assert.True(kept[0] > 0);
        Assert.All(kept, bytes => Assert.Equal(kept[0], bytes));
    }

    [Fact]
    public async Task KeptStatement_SeesWhatWasCommittedSinceItsLastRun()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Equal(0, await db.Districts.CountAsync(Cancel));
        await AddDistrictsAsync(harness, "440402");
        Assert.Equal(1, await db.Districts.CountAsync(Cancel));
        await AddDistrictsAsync(harness, "440403");
        Assert.Equal(2, await db.Districts.CountAsync(Cancel));
    }

    [Fact]
    public async Task SameQuery_RunWhileItsResultsAreStillBeingRead_RunsOnItsOwn()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        await AddDistrictsAsync(harness, "440402", "440403");
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var outer = new List<string>();
        await foreach (var code in db.Districts.AsNoTracking().OrderBy(d => d.Code).Select(d => d.Code).AsAsyncEnumerable().WithCancellation(Cancel))
        {
            outer.Add(code);
            var inner = await db.Districts.AsNoTracking().OrderBy(d => d.Code).Select(d => d.Code).ToListAsync(Cancel);
            Assert.Equal(["440402", "440403"], inner);
        }

        Assert.Equal(["440402", "440403"], outer);
    }

    [Fact]
    public async Task KeptStatement_RunsInsideTheTransactionOfItsCommand()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(0, await db.Districts.CountAsync(Cancel));

        await using (var transaction = await db.Database.BeginTransactionAsync(Cancel))
        {
            db.Districts.Add(District.Create("440402", "香洲区", "Xiangzhou", DistrictKind.District, null, null));
            await db.SaveChangesAsync(Cancel);
            Assert.Equal(1, await db.Districts.CountAsync(Cancel));
            await transaction.RollbackAsync(Cancel);
        }

        db.ChangeTracker.Clear();
        Assert.Equal(0, await db.Districts.CountAsync(Cancel));
    }

    [Fact]
    public async Task Writes_AreNotKept()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        db.Districts.Add(District.Create("440402", "香洲区", "Xiangzhou", DistrictKind.District, null, null));
        await db.SaveChangesAsync(Cancel);

        Assert.Equal(0, KeptStatementBytes(db));
    }

    [Fact]
    public async Task ClosedConnection_DropsItsStatements_AndTheQueryRunsAgainOnceReopened()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        await AddDistrictsAsync(harness, "440402");
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.Districts.CountAsync(Cancel));

        await db.Database.CloseConnectionAsync();
        await db.Database.OpenConnectionAsync(Cancel);

        Assert.Equal(0, KeptStatementBytes(db));
        Assert.Equal(1, await db.Districts.CountAsync(Cancel));
        Assert.True(KeptStatementBytes(db) > 0);
    }

    [Fact]
    public async Task SettingOff_RunsEveryQueryAsEfSendsIt()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync(
            settings: new Dictionary<string, string?> { ["Database:SqliteReusesPreparedQueries"] = "false" });
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Equal(0, await db.Districts.CountAsync(Cancel));

        Assert.Equal(0, KeptStatementBytes(db));
    }

    [Fact]
    public async Task KeptStatement_WithALimitBoundAgain_IsNotCompiledAgain()
    {
        // SQLITE_STMTSTATUS_REPREPARE: how often SQLite threw a statement's compiled form away and made it again.
        const int Reprepared = 5;
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        await AddDistrictsAsync(harness, "440402", "440403", "440404");
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(3, await db.Districts.CountAsync(Cancel));
        var file = db.Database.GetDbConnection().DataSource;
        await using var plain = new SqliteConnection($"Data Source={file};Pooling=False");
        await plain.OpenAsync(Cancel);

        // An EF page: ordered, with its LIMIT a parameter, bound anew for every run.
        Assert.Equal(0, RecompilationsOverRuns(((SqliteConnection)db.Database.GetDbConnection()).Handle!));
        // The same on a connection as Microsoft.Data.Sqlite opens it: compiled again after each bind.
        Assert.True(RecompilationsOverRuns(plain.Handle!) > 0, "without the guarantee SQLite recompiles the page on every bind of its LIMIT");

        static int RecompilationsOverRuns(sqlite3 connection)
        {
            Assert.Equal(raw.SQLITE_OK, raw.sqlite3_prepare_v2(connection, "SELECT \"Code\" FROM \"Districts\" ORDER BY \"NameZh\" LIMIT ?1", out var statement));
            using (statement)
            {
                foreach (var limit in new[] { 1, 2, 3, 2 })
                {
                    Assert.Equal(raw.SQLITE_OK, raw.sqlite3_bind_int(statement, 1, limit));
                    var rows = 0;
                    while (raw.sqlite3_step(statement) == raw.SQLITE_ROW)
                    {
                        rows++;
                    }

                    Assert.Equal(limit, rows);
                    raw.sqlite3_reset(statement);
                }

                return raw.sqlite3_stmt_status(statement, Reprepared, 0);
            }
        }
    }

    private static async Task AddDistrictsAsync(PersistenceHarness harness, params string[] codes)
    {
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var code in codes)
        {
            db.Districts.Add(District.Create(code, $"区{code}", $"District {code}", DistrictKind.District, null, null));
        }

        await db.SaveChangesAsync(Cancel);
    }

    /// <summary>The memory held by the statements compiled and not finalised on the context's connection.</summary>
    private static int KeptStatementBytes(AppDbContext db)
    {
        var connection = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_db_status(connection, raw.SQLITE_DBSTATUS_STMT_USED, out var current, out _, 0));
        return current;
    }
}
