using System.Net;
using System.Net.Http.Json;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

namespace ZhuhaiArtisan.Api.FunctionalTests.Access;

public abstract class AuditEntryTests(ApiFactory api) : FunctionalTest(api)
{
    [Fact]
    public async Task ListAuditEntries_WhenCityAdmin_PagesNewestFirst()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/organizations", new RegisterOrganizationRequestBuilder().Build(), Cancel)).StatusCode);
        }

        var first = await ReadJson(await admin.GetAsync("/api/v1/audit-entries?action=RegisterOrganization&limit=2", Cancel));
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await ReadJson(await admin.GetAsync($"/api/v1/audit-entries?action=RegisterOrganization&limit=2&cursor={Uri.EscapeDataString(cursor!)}", Cancel));

        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(ids.OrderByDescending(id => id), ids);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task ListAuditEntries_WhenFilteredByTime_ReturnsOnlyThatWindow()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        await admin.PostAsJsonAsync("/api/v1/organizations", new RegisterOrganizationRequestBuilder().Build(), Cancel);

        var future = await ReadJson(await admin.GetAsync("/api/v1/audit-entries?from=2999-01-01T00:00:00Z", Cancel));
        var past = await ReadJson(await admin.GetAsync("/api/v1/audit-entries?from=2000-01-01T00:00:00Z&actor=city-admin", Cancel));

        Assert.Equal(0, future.GetProperty("items").GetArrayLength());
        Assert.Equal(1, past.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task ListAuditEntries_WhenTimeHasAChinaOffset_FiltersTheSameInstantAsUtc()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        await admin.PostAsJsonAsync("/api/v1/organizations", new RegisterOrganizationRequestBuilder().Build(), Cancel);
        var entry = (await ReadJson(await admin.GetAsync("/api/v1/audit-entries?action=RegisterOrganization", Cancel))).GetProperty("items")[0];
        var occurredAt = entry.GetProperty("occurredAt").GetDateTimeOffset();
        string Beijing(DateTimeOffset instant) => Uri.EscapeDataString(instant.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm:ss.fffffffzzz", System.Globalization.CultureInfo.InvariantCulture));

        var including = await admin.GetAsync($"/api/v1/audit-entries?action=RegisterOrganization&from={Beijing(occurredAt.AddSeconds(-1))}&to={Beijing(occurredAt.AddSeconds(1))}", Cancel);
        var excluding = await admin.GetAsync($"/api/v1/audit-entries?action=RegisterOrganization&from={Beijing(occurredAt.AddSeconds(1))}", Cancel);

        Assert.Equal(HttpStatusCode.OK, including.StatusCode);
        Assert.Equal(1, (await ReadJson(including)).GetProperty("items").GetArrayLength());
        Assert.Equal(0, (await ReadJson(excluding)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task RegisterOrganization_AuditsAnAbsentQualificationAsNull_AndMasksContactNameAndEmail()
    {
        var admin = await Api.SignedInAs("CityAdmin");
        var id = (await ReadJson(await admin.PostAsJsonAsync("/api/v1/organizations", new RegisterOrganizationRequestBuilder().Build(), Cancel))).GetProperty("id").GetString();

        var after = (await ReadJson(await admin.GetAsync($"/api/v1/audit-entries?entityId={id}", Cancel))).GetProperty("items")[0].GetProperty("after");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, after.GetProperty("labels.trainingQualification").ValueKind);
        Assert.False(after.TryGetProperty("labels.trainingQualification.validFrom", out _));
        Assert.Equal("黄*****", after.GetProperty("contact.contactName").GetString());
        Assert.Equal("h***@test.example", after.GetProperty("contact.contactEmail").GetString());
    }

    [Theory]
    [InlineData("Enterprise")]
    [InlineData("DistrictAdmin")]
    [InlineData("Talent")]
    public async Task ListAuditEntries_WhenNotCityAdmin_Returns403(string role)
    {
        var caller = await Api.SignedInAs(role);

        await AssertProblem(await caller.GetAsync("/api/v1/audit-entries", Cancel), HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to")]
    [InlineData("limit=-1", "limit")]
    public async Task ListAuditEntries_WhenQueryIsInvalid_Returns400(string query, string field)
    {
        var admin = await Api.SignedInAs("CityAdmin");

        var response = await admin.GetAsync($"/api/v1/audit-entries?{query}", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ReadJson(response)).GetProperty("errors").TryGetProperty(field, out _));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditEntryTestsOnSqlite(SqliteApiFactory api) : AuditEntryTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class AuditEntryTestsOnPostgreSql(PostgreSqlApiFactory api) : AuditEntryTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class AuditEntryTestsOnSqlServer(SqlServerApiFactory api) : AuditEntryTests(api);
