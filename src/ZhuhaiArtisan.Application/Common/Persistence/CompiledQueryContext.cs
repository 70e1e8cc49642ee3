using Microsoft.EntityFrameworkCore;

namespace ZhuhaiArtisan.Application.Common.Persistence;

public static class CompiledQueryContext
{
    /// <summary>The DbContext behind the interface: compiled queries take the context itself.</summary>
    public static DbContext ForCompiledQueries(this IApplicationDbContext db) =>
        db as DbContext ?? throw new InvalidOperationException("Compiled queries run on the application's DbContext.");
}
