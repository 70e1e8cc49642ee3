namespace ZhuhaiArtisan.Application.Common.Persistence;

/// <summary>
/// Writes the tracked modifications of many records of one type at once (bulk pushes), in the
/// unit of work's current transaction, with the audit entries and domain events a save would
/// have given; the records are then unchanged for the save that follows.
/// </summary>
public interface IBulkUpdater
{
    Task UpdateTrackedAsync<T>(CancellationToken cancellationToken)
        where T : class;
}
