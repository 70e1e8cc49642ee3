using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Infrastructure.Tests.Persistence;

/// <summary>SQLite's plan for the SQL EF generates for a query, with the query's own parameter values.</summary>
internal static class SqliteQueryPlan
{
    public static async Task<IReadOnlyList<string>> OfAsync<T>(AppDbContext db, IQueryable<T> query)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        var sql = new StringBuilder("EXPLAIN QUERY PLAN ");
        // ToQueryString gives the parameters first, one `.param set @name value` line each.
        foreach (var line in query.ToQueryString().Split('\n'))
        {
            if (line.StartsWith(".param set ", StringComparison.Ordinal))
            {
                var parts = line.TrimEnd('\r').Split(' ', 4);
                var parameter = command.CreateParameter();
                parameter.ParameterName = parts[2];
                parameter.Value = parts[3] is ['\'', .., '\''] quoted
                    ? quoted[1..^1].Replace("''", "'", StringComparison.Ordinal)
                    : long.Parse(parts[3], CultureInfo.InvariantCulture);
                command.Parameters.Add(parameter);
            }
            else
            {
                sql.Append(line).Append('\n');
            }
        }

        command.CommandText = sql.ToString();
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }
}
