using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Application.Common.Persistence;
using ZhuhaiArtisan.Domain.Access.AuditEntries;
using ZhuhaiArtisan.Infrastructure.Persistence;
using ZhuhaiArtisan.Infrastructure.Persistence.Providers;

namespace ZhuhaiArtisan.Infrastructure.Tests.Persistence;

/// <summary>
/// A bulk write's commit does not copy the write-ahead log into the database file; the
/// checkpointer does, after the commit. The database file only grows when the log is copied into
/// it, so its length tells whether that has happened.
/// </summary>
public sealed class SqliteWalCheckpointsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABulkWrite_CommitsWithoutCopyingTheLog_AndTheCheckpointerCopiesItAfterwards()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        var file = DatabaseFile(harness);
        var checkpointer = harness.Services.GetRequiredService<SqliteWalCheckpointer>();
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync(Cancel);
        // Without the deferral this commit would copy the log: it is past a one-page threshold.
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_autocheckpoint = 1", Cancel);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", Cancel);
        var before = new FileInfo(file).Length;

        await using (var transaction = await db.Database.BeginTransactionAsync(Cancel))
        {
            await scope.ServiceProvider.GetRequiredService<IBulkInserter>().InsertAsync(Entries(2_000), Cancel);
            Assert.Equal(0, await AutoCheckpointAsync(db));
            await transaction.CommitAsync(Cancel);
        }

        Assert.Equal(1, await AutoCheckpointAsync(db));
        Assert.Equal(before, new FileInfo(file).Length);
        Assert.Equal(2_000, await db.AuditEntries.CountAsync(e => e.EntityType == "Bulk", Cancel));

        await checkpointer.StartAsync(Cancel);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (new FileInfo(file).Length <= before + (500 * 4096) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20, Cancel);
            }
        }
        finally
        {
            await checkpointer.StopAsync(CancellationToken.None);
        }

        Assert.True(new FileInfo(file).Length > before + (500 * 4096), "the log was copied into the database file");
    }

    [Fact]
    public async Task ARolledBackBulkWrite_PutsTheSettingBack_AndAsksForNoCheckpoint()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        var checkpoints = harness.Services.GetRequiredService<SqliteWalCheckpoints>();
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync(Cancel);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_autocheckpoint = 700", Cancel);

        await using (var transaction = await db.Database.BeginTransactionAsync(Cancel))
        {
            await scope.ServiceProvider.GetRequiredService<IBulkInserter>().InsertAsync(Entries(10), Cancel);
            await transaction.RollbackAsync(Cancel);
        }

        Assert.Equal(700, await AutoCheckpointAsync(db));
        Assert.False(checkpoints.Requests.TryRead(out _));
        Assert.Equal(0, await db.AuditEntries.CountAsync(e => e.EntityType == "Bulk", Cancel));

        // A commit without a bulk write leaves the setting alone and asks for nothing either.
        await using (var transaction = await db.Database.BeginTransactionAsync(Cancel))
        {
            db.AuditEntries.Add(Entries(1)[0]);
            await db.SaveChangesAsync(Cancel);
            await transaction.CommitAsync(Cancel);
        }

        Assert.Equal(700, await AutoCheckpointAsync(db));
        Assert.False(checkpoints.Requests.TryRead(out _));
    }

    private static List<AuditEntry> Entries(int count) =>
        Enumerable.Range(0, count)
            .Select(i => AuditEntry.Record(DateTimeOffset.UnixEpoch, "tester", "CityAdmin", "Test", "Bulk", i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, new string('x', 1_500), null))
            .ToList();

    private static async Task<long> AutoCheckpointAsync(AppDbContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "PRAGMA wal_autocheckpoint";
        return Convert.ToInt64(await command.ExecuteScalarAsync(Cancel), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string DatabaseFile(PersistenceHarness harness)
    {
        using var scope = harness.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetDbConnection().DataSource;
    }
}
