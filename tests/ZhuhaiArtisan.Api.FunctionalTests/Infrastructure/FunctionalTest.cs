using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

/// <summary>Base of the tests that run once per database: fresh demo data before each test.</summary>
public abstract class FunctionalTest(ApiFactory api) : IAsyncLifetime
{
    protected ApiFactory Api { get; } = api;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        if (Api.SkipReason is not null)
        {
            Assert.Skip(Api.SkipReason);
        }

        await Api.ResetAsync();
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected static async Task<JsonElement> ReadJson(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

    /// <summary>Asserts a problem response: status, media type, stable code and trace id; returns its body.</summary>
    protected static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return problem;
    }

    /// <summary>A limit or cursor every paged list refuses: the query string, the parameter it names, the code.</summary>
    public static TheoryData<string, string, string> BadPaging => new()
    {
        { "?limit=0", "limit", "validation.failed" },
        { "?limit=-1", "limit", "validation.failed" },
        { "?limit=100000", "limit", "validation.failed" },
        { "?limit=2147483648", "limit", "request.malformed" },
        { "?limit=ten", "limit", "request.malformed" },
        { "?cursor=forged", "cursor", "paging.invalid_cursor" },
    };

    /// <summary>Asserts a 400 with the code that names the query parameter among its errors.</summary>
    protected static async Task AssertRefusedParameter(HttpResponseMessage response, string parameter, string code)
    {
        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, code);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }
}
