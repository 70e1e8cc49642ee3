namespace ZhuhaiArtisan.Application.Common.Persistence;

/// <summary>
/// Brings the database's statistics on a table up to date after a bulk write filled it, so the
/// next queries are planned for the rows it now holds rather than for the empty table it was.
/// </summary>
public interface IPlannerStatistics
{
    Task RefreshAsync<T>(CancellationToken cancellationToken)
        where T : class;
}
