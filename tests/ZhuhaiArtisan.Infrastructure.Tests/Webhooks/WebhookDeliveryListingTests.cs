using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Application.Integration.Common;
using ZhuhaiArtisan.Infrastructure.Persistence;
using ZhuhaiArtisan.Infrastructure.Tests.Persistence;

namespace ZhuhaiArtisan.Infrastructure.Tests.Webhooks;

/// <summary>A listing of deliveries reads what it shows, not the signed bodies (up to the payload limit each).</summary>
public sealed class WebhookDeliveryListingTests
{
    [Fact]
    public async Task Listing_ReadsNoPayload()
    {
        await using var harness = await PersistenceHarness.StartOnFileAsync();
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var sql = db.WebhookDeliveries.AsNoTracking().OrderByDescending(d => d.Id).Select(WebhookDeliveryDto.Projection).ToQueryString();

        Assert.DoesNotContain("\"Payload\"", sql, StringComparison.Ordinal);
        Assert.Contains("\"LastError\"", sql, StringComparison.Ordinal);
    }
}
