using System.Linq.Expressions;

namespace ZhuhaiArtisan.Application.Common.Persistence;

/// <summary>
/// Inserts many new records at once (bulk imports), in the unit of work's current transaction,
/// with the audit entries and domain events that saving them one by one would have given.
/// </summary>
public interface IBulkInserter
{
    Task InsertAsync<T>(IReadOnlyList<T> entities, CancellationToken cancellationToken)
        where T : class;

    /// <summary>
    /// Inserts the records whose <paramref name="uniqueKey"/> (a property with a unique index of
    /// its own) no record has yet, with their audit entries and events; returns the ones left out
    /// because it was taken, in their order. On SQLite, where the write holds the only write lock,
    /// the insert itself tells; on a server database the keys are looked up first, and a record
    /// another writer adds in between still fails the insert as a duplicate key.
    /// </summary>
    Task<IReadOnlyList<T>> InsertUnlessTakenAsync<T>(IReadOnlyList<T> entities, Expression<Func<T, string>> uniqueKey, CancellationToken cancellationToken)
        where T : class;
}
