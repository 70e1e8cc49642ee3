using System.Net;
using System.Text;
using MiniExcelLibs;
using ZhuhaiArtisan.Api.FunctionalTests.Builders;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Catalogue;

/// <summary>An edition as files spreadsheet programs open: CSV in UTF-8 with BOM or GB18030, and XLSX.</summary>
public abstract class ExportCatalogueEditionTests(ApiFactory api) : CatalogueFunctionalTest(api)
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public async Task ExportCatalogueEdition_AsCsv_IsUtf8WithABomAndAChineseHeader()
    {
        var response = await Api.Anonymous().GetAsync($"{Editions}/1/export", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("zhuhai-training-catalogue-1.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);
        Assert.Equal(Utf8Bom, bytes[..3]);
        var lines = Lines(Encoding.UTF8.GetString(bytes[3..]));
        Assert.StartsWith("序号,项目编号,项目名称,职业编码,职业（工种）,培训等级,培训类型,理论课时,实操课时,总课时,收费标准（元/人）,补贴标准（元/人）", lines[0], StringComparison.Ordinal);
        Assert.Equal(6, lines.Count);
        var welder = lines.Single(l => l.Contains(DemoData.WelderItemId.ToString(), StringComparison.Ordinal));
        Assert.StartsWith($"3,{DemoData.WelderItemId},焊工（高级工）企业新型学徒制培训,6-18-02-04,焊工,高级工,新型学徒制,120,280,400,4800.00,3800.00,线下,新能源、装备制造,是,否,", welder, StringComparison.Ordinal);
        Assert.EndsWith(",珠海示范职业技术学院,440402,有效,是", welder, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCatalogueEdition_AsGb18030Csv_DecodesToTheSameTextAsUtf8()
    {
        var utf8 = await (await Api.Anonymous().GetAsync($"{Editions}/1/export?format=csv&encoding=utf-8", Cancel)).Content.ReadAsByteArrayAsync(Cancel);
        var response = await Api.Anonymous().GetAsync($"{Editions}/1/export?format=csv&encoding=gb18030", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gb18030", response.Content.Headers.ContentType?.CharSet);
        var gb18030 = await response.Content.ReadAsByteArrayAsync(Cancel);
        Assert.NotEqual(Utf8Bom, gb18030[..3]);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var decoded = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(gb18030);
        Assert.Equal(Encoding.UTF8.GetString(utf8[3..]), decoded);
        Assert.Contains("珠海示范职业培训学校", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCatalogueEdition_AsXlsx_IsReadableWithTheSameRows()
    {
        var response = await Api.Anonymous().GetAsync($"{Editions}/1/export?format=xlsx", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal(DemoEditionItems.Select(id => id.ToString()), rows.Select(r => r["项目编号"]?.ToString()));
        var welder = rows[2];
        Assert.Equal("焊工（高级工）企业新型学徒制培训", welder["项目名称"]);
        Assert.Equal("高级工", welder["培训等级"]);
        Assert.Equal(4800m, Convert.ToDecimal(welder["收费标准（元/人）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3800m, Convert.ToDecimal(welder["补贴标准（元/人）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("新能源、装备制造", welder["服务产业集群"]);
        Assert.Equal("有效", welder["当前状态"]);
    }

    [Fact]
    public async Task ExportCatalogueEdition_ShowsTheLiveStatus()
    {
        await VerbOkAsync(await City(), DemoData.ElectricianItemId, "suspension", Suspension());

        var csv = Encoding.UTF8.GetString((await (await Api.Anonymous().GetAsync($"{Editions}/1/export", Cancel)).Content.ReadAsByteArrayAsync(Cancel))[3..]);

        Assert.EndsWith(",已暂停,否", Lines(csv).Single(l => l.Contains(DemoData.ElectricianItemId.ToString(), StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCatalogueEdition_AsCsv_KeepsTextThatLooksLikeAFormulaAsText()
    {
        await ItemInAsync("approved", new CatalogueItemRequestBuilder().Titled("=HYPERLINK(\"http://example.invalid\",\"点击\")"));
        var number = await PublishAsync();

        var csv = Encoding.UTF8.GetString((await (await Api.Anonymous().GetAsync($"{Editions}/{number}/export", Cancel)).Content.ReadAsByteArrayAsync(Cancel))[3..]);

        Assert.Contains(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")\",", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("format=pdf", "format")]
    [InlineData("format=xlsx&encoding=gb18030", "encoding")]
    [InlineData("encoding=big5", "encoding")]
    public async Task ExportCatalogueEdition_WithABadFormatOrEncoding_Returns400(string query, string field)
    {
        var response = await Api.Anonymous().GetAsync($"{Editions}/1/export?{query}", Cancel);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    private static List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
}

[Collection(SqliteCollection.Name)]
public sealed class ExportCatalogueEditionTestsOnSqlite(SqliteApiFactory api) : ExportCatalogueEditionTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class ExportCatalogueEditionTestsOnPostgreSql(PostgreSqlApiFactory api) : ExportCatalogueEditionTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class ExportCatalogueEditionTestsOnSqlServer(SqlServerApiFactory api) : ExportCatalogueEditionTests(api);
