using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Providers;

/// <summary>
/// Takes the checkpoint of a bulk write off its commit. SQLite copies the write-ahead log back
/// into the database file in the commit that takes the log past 1,000 pages; after a bulk write
/// (a 100,000-row import dirties some 170,000 pages) that copy takes seconds, and the caller would
/// wait for it although the transaction is already durable in the log. A bulk writer turns the
/// automatic checkpoint off on its connection for its transaction; when the transaction ends the
/// setting is put back and, after a commit, <see cref="SqliteWalCheckpointer"/> copies the log
/// on a connection of its own. Other connections keep checkpointing as before.
/// </summary>
internal sealed class SqliteWalCheckpoints : DbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbConnection, StrongBox<long>> _deferred = [];
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Checkpoints asked for by committed bulk writes; one pending request stands for any number.</summary>
    public ChannelReader<bool> Requests => _requests.Reader;

    /// <summary>Turns the automatic checkpoint off on the command's connection until its transaction ends.</summary>
    public void DeferUntilTransactionEnds(DbCommand command)
    {
        var connection = command.Connection!;
        if (_deferred.TryGetValue(connection, out _))
        {
            return;
        }

        var previous = SqlitePragma.Run(command, "PRAGMA wal_autocheckpoint");
        SqlitePragma.Run(command, "PRAGMA wal_autocheckpoint = 0");
        _deferred.AddOrUpdate(connection, new StrongBox<long>(previous));
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Restore(eventData, checkpoint: true);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Restore(eventData, checkpoint: true);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Restore(eventData, checkpoint: false);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Restore(eventData, checkpoint: false);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) =>
        Restore(eventData, checkpoint: false);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Restore(eventData, checkpoint: false);
        return Task.CompletedTask;
    }

    private void Restore(TransactionEventData eventData, bool checkpoint)
    {
        // The transaction forgets its connection when it ends; the context still holds it.
        if (eventData.Context?.Database.GetDbConnection() is not { } connection || !_deferred.TryGetValue(connection, out var previous))
        {
            return;
        }

        _deferred.Remove(connection);
        if (connection.State == System.Data.ConnectionState.Open)
        {
            using var command = connection.CreateCommand();
            SqlitePragma.Run(command, string.Create(CultureInfo.InvariantCulture, $"PRAGMA wal_autocheckpoint = {previous.Value}"));
        }

        if (checkpoint)
        {
            _requests.Writer.TryWrite(true);
        }
    }
}
