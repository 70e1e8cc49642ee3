using System.Net;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

/// <summary>Every action from every status through HTTP: the allowed ones lead where the workflow says and are audited; the others are 409.</summary>
public abstract class CatalogueItemWorkflowTests(ApiFactory api) : CatalogueFunctionalTest(api)
{
    private static readonly string[] Statuses = ["draft", "submitted", "approved", "rejected", "suspended", "withdrawn"];

    private static readonly Dictionary<(string Status, string Action), string> Allowed = new()
    {
        [("draft", "revise")] = "draft",
        [("rejected", "revise")] = "rejected",
        [("approved", "revise")] = "submitted",
        [("draft", "submission")] = "submitted",
        [("rejected", "submission")] = "submitted",
        [("submitted", "approval")] = "approved",
        [("submitted", "rejection")] = "rejected",
        [("approved", "suspension")] = "suspended",
        [("suspended", "reinstatement")] = "approved",
        [("approved", "withdrawal")] = "withdrawn",
        [("suspended", "withdrawal")] = "withdrawn",
    };

    private static readonly Dictionary<string, string> Operations = new()
    {
        ["revise"] = "ReviseCatalogueItem",
        ["submission"] = "SubmitCatalogueItem",
        ["approval"] = "ApproveCatalogueItem",
        ["rejection"] = "RejectCatalogueItem",
        ["suspension"] = "SuspendCatalogueItem",
        ["reinstatement"] = "ReinstateCatalogueItem",
        ["withdrawal"] = "WithdrawCatalogueItem",
    };

    public static TheoryData<string, string> AllowedTransitions()
    {
        var data = new TheoryData<string, string>();
        foreach (var ((status, action), _) in Allowed)
        {
            data.Add(status, action);
        }

        return data;
    }

    public static TheoryData<string, string> ForbiddenTransitions()
    {
        var data = new TheoryData<string, string>();
        foreach (var status in Statuses)
        {
            foreach (var action in Operations.Keys.Where(a => !Allowed.ContainsKey((status, a))))
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public async Task Transition_WhenAllowed_Returns200WithTheNewStatusAndVersion_AndIsAudited(string status, string action)
    {
        var id = await ItemInAsync(status);
        var before = await ETagOf(await City(), id);

        var response = await PerformAsync(id, action);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        var item = await ReadJson(response);
        Assert.Equal(Allowed[(status, action)], item.GetProperty("status").GetString());
        Assert.NotEqual(before, response.Headers.ETag!.ToString());
        Assert.Equal($"\"{item.GetProperty("version").GetInt32()}\"", response.Headers.ETag!.ToString());

        var audit = await ReadJson(await (await City()).GetAsync($"/api/v1/audit-entries?entityType=CatalogueItem&entityId={id}&action={Operations[action]}", Cancel));
        // Newest first: the setup may have taken the same step before (a rejected item was submitted once).
        var entry = audit.GetProperty("items").EnumerateArray().First();
        if (status != Allowed[(status, action)])
        {
            Assert.Equal(Pascal(status), entry.GetProperty("before").GetProperty("status").GetString());
            Assert.Equal(Pascal(Allowed[(status, action)]), entry.GetProperty("after").GetProperty("status").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(ForbiddenTransitions))]
    public async Task Transition_WhenNotAllowed_Returns409WithCodeCatalogueInvalidTransition_AndChangesNothing(string status, string action)
    {
        var id = await ItemInAsync(status);
        var before = await ETagOf(await City(), id);

        var response = await PerformAsync(id, action);

        await AssertProblem(response, HttpStatusCode.Conflict, "catalogue.invalid_transition");
        var after = await (await City()).GetAsync(Url(id), Cancel);
        Assert.Equal(before, after.Headers.ETag!.ToString());
        Assert.Equal(status, (await ReadJson(after)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Workflow_FromDraftToWithdrawal_WithARejectionOnTheWay()
    {
        var college = await College();
        var city = await City();
        var id = Guid.Parse((await DraftAsync(college)).GetProperty("id").GetString()!);

        await VerbOkAsync(college, id, "submission");
        var rejected = await VerbOkAsync(city, id, "rejection", Rejection("fee-unreasonable", "收费高于同类项目"));
        Assert.Equal("fee-unreasonable", rejected.GetProperty("rejectionReason").GetString());
        Assert.Equal("收费高于同类项目", rejected.GetProperty("statusNote").GetString());

        var revised = await ReviseAsync(college, id, new CatalogueItemRequestBuilder().Costing(2200m));
        Assert.Equal("rejected", (await ReadJson(revised)).GetProperty("status").GetString());
        var resubmitted = await VerbOkAsync(college, id, "submission");
        Assert.Equal("submitted", resubmitted.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, resubmitted.GetProperty("rejectionReason").ValueKind);

        var approved = await VerbOkAsync(city, id, "approval", Approval(1800m));
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal(1800.00m, approved.GetProperty("subsidyPerPerson").GetDecimal());
        Assert.Equal("1800.00", approved.GetProperty("subsidyPerPerson").GetRawText());
        Assert.Equal("2200.00", approved.GetProperty("feePerPerson").GetRawText());

        var suspended = await VerbOkAsync(city, id, "suspension", Suspension("核查中"));
        Assert.Equal(("suspended", "核查中"), (suspended.GetProperty("status").GetString(), suspended.GetProperty("statusNote").GetString()));
        var reinstated = await VerbOkAsync(city, id, "reinstatement");
        Assert.Equal("approved", reinstated.GetProperty("status").GetString());
        Assert.Equal(1800.00m, reinstated.GetProperty("subsidyPerPerson").GetDecimal());

        var withdrawn = await VerbOkAsync(city, id, "withdrawal");
        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetString());
    }

    private async Task<HttpResponseMessage> PerformAsync(Guid id, string action)
    {
        var college = await College();
        var city = await City();
        return action switch
        {
            "revise" => await ReviseAsync(college, id, new CatalogueItemRequestBuilder().Titled("焊工（中级工）技能提升培训（修订）")),
            "submission" or "withdrawal" => await VerbAsync(college, id, action),
            "approval" => await VerbAsync(city, id, action, Approval()),
            "rejection" => await VerbAsync(city, id, action, Rejection()),
            "suspension" => await VerbAsync(city, id, action, Suspension()),
            _ => await VerbAsync(city, id, action),
        };
    }

    private static string Pascal(string status) => char.ToUpperInvariant(status[0]) + status[1..];
}

[Collection(SqliteCollection.Name)]
public sealed class CatalogueItemWorkflowTestsOnSqlite(SqliteApiFactory api) : CatalogueItemWorkflowTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class CatalogueItemWorkflowTestsOnPostgreSql(PostgreSqlApiFactory api) : CatalogueItemWorkflowTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class CatalogueItemWorkflowTestsOnSqlServer(SqlServerApiFactory api) : CatalogueItemWorkflowTests(api);
