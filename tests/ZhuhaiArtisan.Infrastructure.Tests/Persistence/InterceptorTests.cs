using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Application.Common.Events;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Organizations.Events;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.Infrastructure.Tests.Persistence;

public sealed class InterceptorTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Saving_WritesAnAuditEntryPerChange_OnlyChangedFields_PhoneMasked()
    {
        await using var harness = await PersistenceHarness.StartAsync();
        var id = OrganizationId.New();
        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await SeedDistrict(db);
            db.Organizations.Add(NewOrganization(id));
            await db.SaveChangesAsync(Cancel);
        }

        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var organization = await db.Organizations.SingleAsync(o => o.Id == id, Cancel);
            organization.ChangeContactDetails(organization.Contact with { ContactPhone = "13900009999" }, harness.Clock.GetUtcNow());
            await db.SaveChangesAsync(Cancel);
        }

        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var entries = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.OrderBy(e => e.Id).ToListAsync(Cancel);
            Assert.Equal(2, entries.Count);
            Assert.All(entries, e => Assert.Equal(("tester", "CityAdmin", "TestOperation"), (e.Actor, e.ActorRole, e.Action)));

            var created = JsonDocument.Parse(entries[0].After!).RootElement;
            Assert.Null(entries[0].Before);
            Assert.Equal("138****1111", created.GetProperty("contact.contactPhone").GetString());
            Assert.Equal("91350100M000100Y43", created.GetProperty("creditCode").GetString());

            var before = JsonDocument.Parse(entries[1].Before!).RootElement;
            var after = JsonDocument.Parse(entries[1].After!).RootElement;
            Assert.Equal(["contact.contactPhone"], after.EnumerateObject().Select(p => p.Name));
            Assert.Equal("138****1111", before.GetProperty("contact.contactPhone").GetString());
            Assert.Equal("139****9999", after.GetProperty("contact.contactPhone").GetString());
            Assert.DoesNotContain("13900009999", entries[1].After!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Saving_DispatchesDomainEventsToTheirHandlers_AndClearsThem()
    {
        var handler = new RecordingHandler();
        await using var harness = await PersistenceHarness.StartAsync(services =>
            services.AddSingleton<IDomainEventHandler<OrganizationRegisteredDomainEvent>>(handler));
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await SeedDistrict(db);
        var organization = NewOrganization(OrganizationId.New());
        db.Organizations.Add(organization);

        await db.SaveChangesAsync(Cancel);

        var received = Assert.Single(handler.Received);
        Assert.Equal(organization.Id, received.OrganizationId);
        Assert.Empty(organization.DomainEvents);
    }

    private static Organization NewOrganization(OrganizationId id) => Organization.Register(
        id, UnifiedSocialCreditCode.Parse("91350100M000100Y43"), "测试企业", OrganizationType.Enterprise, "440402", ["new-energy"],
        new ContactDetails("张三", "13800001111", null, "珠海"), DateTimeOffset.UtcNow);

    private static async Task SeedDistrict(AppDbContext db)
    {
        db.Districts.Add(ZhuhaiArtisan.Domain.ReferenceData.Districts.District.Create("440402", "香洲区", "Xiangzhou", ZhuhaiArtisan.Domain.ReferenceData.Districts.DistrictKind.District, null, null));
        await db.SaveChangesAsync(Cancel);
    }

    private sealed class RecordingHandler : IDomainEventHandler<OrganizationRegisteredDomainEvent>
    {
        public List<OrganizationRegisteredDomainEvent> Received { get; } = [];

        public Task HandleAsync(OrganizationRegisteredDomainEvent domainEvent, CancellationToken cancellationToken)
        {
            Received.Add(domainEvent);
            return Task.CompletedTask;
        }
    }
}
