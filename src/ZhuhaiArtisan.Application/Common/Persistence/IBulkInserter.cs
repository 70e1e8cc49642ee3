namespace ZhuhaiArtisan.Application.Common.Persistence;

/// <summary>
/// Inserts many new records at once (bulk imports), in the unit of work's current transaction,
/// with the audit entries and domain events that saving them one by one would have given.
/// </summary>
public interface IBulkInserter
{
    Task InsertAsync<T>(IReadOnlyList<T> entities, CancellationToken cancellationToken)
        where T : class;
}
