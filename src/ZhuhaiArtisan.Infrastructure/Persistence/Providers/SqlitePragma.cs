using System.Data.Common;
using System.Globalization;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Providers;

/// <summary>Reads or sets a connection's SQLite setting through a command of the caller's (in its transaction).</summary>
internal static class SqlitePragma
{
    /// <summary>Runs the <c>PRAGMA</c> statement and returns the value it answers (0 when it answers none).</summary>
    public static long Run(DbCommand command, string pragma)
    {
        command.Parameters.Clear();
        command.CommandText = pragma;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }
}
