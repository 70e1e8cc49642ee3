using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;
using ZhuhaiArtisan.Infrastructure.Persistence;
using ZhuhaiArtisan.Infrastructure.Persistence.Providers;
using ZhuhaiArtisan.Infrastructure.Tests.Persistence;
using ZhuhaiArtisan.Infrastructure.Webhooks;

namespace ZhuhaiArtisan.Infrastructure.Tests.Webhooks;

/// <summary>
/// The claim statements written by hand: SQL Server's parses as T-SQL without a server (its suite
/// needs Docker), and both name the model's own table and columns.
/// </summary>
public sealed partial class WebhookDeliveryClaimerTests
{
    [Fact]
    public void SqlServerClaim_ParsesAsTransactSql_AndSkipsRowsOthersAreClaiming()
    {
        var sql = Placeholder().Replace(WebhookDeliveryClaimer.SqlServerClaim, match => $"@p{match.Groups[1].Value}");
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);

        parser.Parse(reader, out var errors);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
        Assert.Contains("UPDLOCK, READPAST, ROWLOCK", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgreSqlClaim_SkipsRowsOthersAreClaiming() =>
        Assert.Contains("FOR UPDATE SKIP LOCKED", WebhookDeliveryClaimer.PostgreSqlClaim, StringComparison.Ordinal);

    [Theory]
    [InlineData("SqlServer")]
    [InlineData("PostgreSql")]
    public void ClaimStatements_NameTheModelsTableAndColumns(string provider)
    {
        using var db = provider == "SqlServer" ? (AppDbContext)new SqlServerDesignTimeFactory().CreateDbContext([]) : new NpgsqlDesignTimeFactory().CreateDbContext([]);
        var sql = provider == "SqlServer" ? WebhookDeliveryClaimer.SqlServerClaim : WebhookDeliveryClaimer.PostgreSqlClaim;
        var entity = db.Model.FindEntityType(typeof(WebhookDelivery))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!);

        Assert.Contains(entity.GetTableName()!, sql, StringComparison.Ordinal);
        foreach (var property in new[] { nameof(WebhookDelivery.Status), nameof(WebhookDelivery.NextAttemptAt), nameof(WebhookDelivery.LeaseExpiresAt), nameof(WebhookDelivery.ClaimToken) })
        {
            Assert.Contains(entity.FindProperty(property)!.GetColumnName(table)!, sql, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ClaimedDeliveries_AreReadBackThroughTheClaimTokenIndex()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var token = Guid.NewGuid();
        var readBack = db.WebhookDeliveries.AsNoTracking().Where(d => d.ClaimToken == token).Select(d => d.Id);

        var plan = await SqliteQueryPlan.OfAsync(db, readBack);

        Assert.Contains(plan, step => step.Contains("USING INDEX IX_WebhookDeliveries_ClaimToken", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\{(\d)\}")]
    private static partial Regex Placeholder();
}
