using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;
using ZhuhaiArtisan.Infrastructure.Persistence;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.FunctionalTests.Talents;

/// <summary>Bulk registration from CSV (UTF-8 or GB18030) and JSON files, processed in the background.</summary>
public abstract class ImportTalentsTests(ApiFactory api) : FunctionalTest(api)
{
    private const string Url = "/api/v1/talent-imports";
    private const string Header = "name,documentType,identityNumber,phone,residenceDistrictCode,origin";

    private static int _serial;

    [Fact]
    public async Task ImportTalents_WhenTheCityUploadsCsv_RegistersTheGoodRowsAndListsEveryRejectedOne()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var (first, second, third) = (Resident(), Resident(), Resident());
        var csv = Csv(
            $"王小明,resident-identity-card,{first},13800138001,440402,local",
            $"李·娜,resident-identity-card,{second},13800138002,440403,outside-city",
            $"错号码,resident-identity-card,{first[..17]}{(first[17] == '0' ? '1' : '0')},13800138003,440402,local",
            $"重复者,resident-identity-card,{first},13800138004,440402,local",
            $"已登记,resident-identity-card,{DemoData.TalentIdentityNumber},13800138005,440402,local",
            $"无此区,resident-identity-card,{third},13800138006,999999,local",
            $"坏类型,passport,{Resident()},12345,440402,mars");

        var response = await PostCsv(city, csv);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith($"{Url}/", location, StringComparison.Ordinal);
        var queued = await ReadJson(response);
        Assert.Equal(7, queued.GetProperty("rowCount").GetInt32());
        Assert.Equal("csv", queued.GetProperty("format").GetString());

        var import = await WaitUntilFinished(city, location);
        Assert.Equal("completed", import.GetProperty("status").GetString());
        Assert.Equal(100, import.GetProperty("percentComplete").GetInt32());
        Assert.Equal(2, import.GetProperty("acceptedCount").GetInt32());
        Assert.Equal(5, import.GetProperty("rejectedCount").GetInt32());

        var rejected = (await ReadJson(await city.GetAsync($"{location}/rejected-rows", Cancel))).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([3, 4, 5, 6, 7], rejected.Select(r => r.GetProperty("rowNumber").GetInt32()));
        Assert.Equal(["row.invalid_value"], Codes(rejected[0]));
        Assert.Equal("identityNumber", rejected[0].GetProperty("problems")[0].GetProperty("field").GetString());
        Assert.Equal(["talent.duplicate_in_file"], Codes(rejected[1]));
        Assert.Contains("row 1", rejected[1].GetProperty("problems")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["talent.duplicate_identity"], Codes(rejected[2]));
        Assert.Equal(["row.unknown_reference"], Codes(rejected[3]));
        Assert.Equal("residenceDistrictCode", rejected[3].GetProperty("problems")[0].GetProperty("field").GetString());
        var badTypes = rejected[4].GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("field").GetString()).ToList();
        Assert.Contains("documentType", badTypes);
        Assert.Contains("origin", badTypes);
        Assert.Contains("phone", badTypes);
        // Rejected rows show the number masked, never in clear.
        Assert.Equal($"{first[..6]}********{first[14..]}", rejected[1].GetProperty("identityNumber").GetString());
        Assert.DoesNotContain(first, rejected.Select(r => r.ToString()), StringComparer.Ordinal);

        var found = await city.PostAsJsonAsync("/api/v1/talent-lookups", new { documentType = "resident-identity-card", identityNumber = second }, Cancel);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var talent = await ReadJson(found);
        Assert.Equal("李·娜", talent.GetProperty("name").GetString());
        Assert.Equal("statutory-duty", talent.GetProperty("recordedBy").GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task ImportTalents_AuditsEveryRegisteredTalentAsTheUploader_WithPersonalInformationMasked()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var number = Resident();
        var import = await WaitUntilFinished(city, (await PostCsv(city, Csv($"赵六,resident-identity-card,{number},13912345678,440402,local"))).Headers.Location!.ToString());
        Assert.Equal(1, import.GetProperty("acceptedCount").GetInt32());

        var audit = await (await city.GetAsync("/api/v1/audit-entries?entityType=Talent&action=ProcessTalentImport", Cancel)).Content.ReadAsStringAsync(Cancel);

        var entry = JsonDocument.Parse(audit).RootElement.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("city-admin", entry.GetProperty("actor").GetString());
        Assert.Equal("CityAdmin", entry.GetProperty("actorRole").GetString());
        Assert.Contains("139****5678", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(number, audit, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", audit, StringComparison.Ordinal);
        var imports = await (await city.GetAsync("/api/v1/audit-entries?entityType=TalentImport", Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.Contains("ImportTalents", imports, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportTalents_WhenTheCsvIsGb18030_ReadsRareCharactersAndTheMiddleDot()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var number = Resident();
        // 𠀀 (U+20000) takes four bytes in GB18030; ·, as minority and foreign names have it.
        var content = new ByteArrayContent(Gb18030().GetBytes(Csv($"买买提·𠀀明,resident-identity-card,{number},13800138001,440402,local")));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv; charset=gb18030");

        var import = await WaitUntilFinished(city, (await city.PostAsync(Url, content, Cancel)).Headers.Location!.ToString());

        Assert.Equal("gb18030", import.GetProperty("encoding").GetString());
        Assert.Equal(1, import.GetProperty("acceptedCount").GetInt32());
        var talent = await ReadJson(await city.PostAsJsonAsync("/api/v1/talent-lookups", new { documentType = "resident-identity-card", identityNumber = number }, Cancel));
        Assert.Equal("买买提·𠀀明", talent.GetProperty("name").GetString());
    }

    [Fact]
    public async Task ImportTalents_WhenGb18030BytesAreSentAsUtf8_Returns400WrongEncoding()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var content = new ByteArrayContent(Gb18030().GetBytes(Csv($"王小明,resident-identity-card,{Resident()},13800138001,440402,local")));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv");

        var problem = await AssertProblem(await city.PostAsync(Url, content, Cancel), HttpStatusCode.BadRequest, "talent_import.wrong_encoding");

        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task ImportTalents_WhenChineseColumnLabelsAndOptionalColumnsAreUsed_ReadsThem()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var number = Resident();
        var csv = "姓名,证件类型,证件号码,手机号码,居住地区代码,户籍来源,求职状态,意向职业代码,意向地区代码,期望月薪下限,期望月薪上限,同意匹配\n" +
                  $"周八,resident-identity-card,{number},13800138001,440402,local,seeking,6-18-02-04;6-17-08-01,440402|440404,6000,9000.50,是\n";

        var import = await WaitUntilFinished(city, (await PostCsv(city, csv)).Headers.Location!.ToString());

        Assert.Equal(1, import.GetProperty("acceptedCount").GetInt32());
        var talent = await ReadJson(await city.PostAsJsonAsync("/api/v1/talent-lookups", new { documentType = "resident-identity-card", identityNumber = number }, Cancel));
        var wishes = talent.GetProperty("wishes");
        Assert.Equal("seeking", wishes.GetProperty("status").GetString());
        Assert.Equal(["6-18-02-04", "6-17-08-01"], wishes.GetProperty("occupationCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(9000.50m, wishes.GetProperty("monthlyWageMax").GetDecimal());
        Assert.True(talent.GetProperty("consentsToMatching").GetBoolean());
    }

    [Fact]
    public async Task ImportTalents_WhenJson_ReportsEachUnreadableValueUnderItsField()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var good = Resident();
        var body = $$"""
            [
              { "name": "孙九", "documentType": "resident-identity-card", "identityNumber": "{{good}}", "phone": "13800138001", "residenceDistrictCode": "440402", "origin": "local" },
              { "name": "钱十", "documentType": "resident-identity-card", "identityNumber": "{{Resident()}}", "phone": "13800138002", "residenceDistrictCode": "440402", "origin": 5, "wishes": { "monthlyWageMin": "many" } },
              "not an object"
            ]
            """;

        var response = await city.PostAsync(Url, new StringContent(body, Encoding.UTF8, "application/json"), Cancel);
        var import = await WaitUntilFinished(city, response.Headers.Location!.ToString());

        Assert.Equal("json", import.GetProperty("format").GetString());
        Assert.Equal(1, import.GetProperty("acceptedCount").GetInt32());
        var rejected = (await ReadJson(await city.GetAsync($"{response.Headers.Location}/rejected-rows", Cancel))).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([2, 3], rejected.Select(r => r.GetProperty("rowNumber").GetInt32()));
        var fields = rejected[0].GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("field").GetString()).ToList();
        Assert.Contains("origin", fields);
        Assert.Contains("wishes.monthlyWageMin", fields);
        Assert.All(rejected[0].GetProperty("problems").EnumerateArray(), p => Assert.Equal("row.unreadable_value", p.GetProperty("code").GetString()));
        Assert.Equal("row", rejected[1].GetProperty("problems")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task ImportTalents_WhenAnEnterpriseUploads_RegistersItsOwnEmployeesAndRefusesRowsNamingAnotherEmployer()
    {
        var enterprise = await Api.SignedInAs("Enterprise");
        var own = Resident();
        var csv = $"{Header},employerId\n" +
                  $"员工甲,resident-identity-card,{own},13800138001,440402,local,\n" +
                  $"员工乙,resident-identity-card,{Resident()},13800138002,440402,local,{DemoData.SecondEnterpriseId}\n";

        var response = await PostCsv(enterprise, csv);
        var import = await WaitUntilFinished(enterprise, response.Headers.Location!.ToString());

        Assert.Equal(1, import.GetProperty("acceptedCount").GetInt32());
        var rejected = (await ReadJson(await enterprise.GetAsync($"{response.Headers.Location}/rejected-rows", Cancel))).GetProperty("items")[0];
        Assert.Equal(["access.forbidden"], Codes(rejected));
        var talent = await ReadJson(await enterprise.PostAsJsonAsync("/api/v1/talent-lookups", new { documentType = "resident-identity-card", identityNumber = own }, Cancel));
        Assert.Equal(DemoData.EnterpriseId, talent.GetProperty("employerId").GetGuid());
        Assert.Equal("human-resources-management", talent.GetProperty("recordedBy").GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task ImportTalents_WhenAnInstitutionUploads_RegistersItsStudents()
    {
        var institution = await Api.SignedInAs("Institution");
        var number = Resident();
        var csv = $"{Header},major,graduationDate\n学生甲,resident-identity-card,{number},13800138001,440402,local,机电一体化技术,2027-07-01\n";

        var import = await WaitUntilFinished(institution, (await PostCsv(institution, csv)).Headers.Location!.ToString());

        Assert.Equal(1, import.GetProperty("acceptedCount").GetInt32());
        var talent = await ReadJson(await institution.PostAsJsonAsync("/api/v1/talent-lookups", new { documentType = "resident-identity-card", identityNumber = number }, Cancel));
        Assert.Equal(DemoData.VocationalCollegeId, talent.GetProperty("schoolId").GetGuid());
        Assert.Equal("2027-07-01", talent.GetProperty("graduationDate").GetString());
    }

    [Fact]
    public async Task GetTalentImport_WhenAnotherOrganisationAsks_Returns404LikeAMissingOne()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var enterprise = await Api.SignedInAs("Enterprise");
        var location = (await PostCsv(enterprise, Csv($"员工丙,resident-identity-card,{Resident()},13800138001,440402,local"))).Headers.Location!.ToString();
        var cityImport = (await PostCsv(city, Csv($"市民丁,resident-identity-card,{Resident()},13800138001,440402,local"))).Headers.Location!.ToString();
        var other = await Api.SignedInAs("Enterprise", new { subject = "second-enterprise-user", org = DemoData.SecondEnterpriseId.ToString() });

        await AssertProblem(await other.GetAsync(location, Cancel), HttpStatusCode.NotFound, "talent_import.not_found");
        await AssertProblem(await other.GetAsync($"{location}/rejected-rows", Cancel), HttpStatusCode.NotFound, "talent_import.not_found");
        await AssertProblem(await enterprise.GetAsync(cityImport, Cancel), HttpStatusCode.NotFound, "talent_import.not_found");
        await AssertProblem(await enterprise.GetAsync($"{Url}/{Guid.NewGuid()}", Cancel), HttpStatusCode.NotFound, "talent_import.not_found");
        Assert.Equal(HttpStatusCode.OK, (await city.GetAsync(location, Cancel)).StatusCode);

        // Both imports finish here, not during the next test (whose audit trail they would join).
        await WaitUntilFinished(enterprise, location);
        await WaitUntilFinished(city, cityImport);
    }

    [Theory]
    [InlineData("DistrictAdmin")]
    [InlineData("Talent")]
    public async Task ImportTalents_WhenTheCallerDoesNotRegisterTalentsInBulk_Returns403(string role)
    {
        var caller = await Api.SignedInAs(role);

        await AssertProblem(await PostCsv(caller, Csv($"某人,resident-identity-card,{Resident()},13800138001,440402,local")), HttpStatusCode.Forbidden, "access.forbidden");
    }

    [Fact]
    public async Task ImportTalents_WhenAPartnerOrAnonymousCalls_Returns403Or401()
    {
        var csv = Csv($"某人,resident-identity-card,{Resident()},13800138001,440402,local");

        await AssertProblem(await PostCsv(Api.WithApiKey(DemoData.PartnerApiKey), csv), HttpStatusCode.Forbidden, "access.forbidden");
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostCsv(Api.Anonymous(), csv)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.Anonymous().GetAsync($"{Url}/{Guid.NewGuid()}", Cancel)).StatusCode);
    }

    [Theory]
    [InlineData("nom,documentType,identityNumber,phone,residenceDistrictCode,origin\n", "talent_import.unknown_column")]
    [InlineData("name,documentType,identityNumber,phone,origin\n", "talent_import.missing_column")]
    [InlineData("name,name,documentType,identityNumber,phone,residenceDistrictCode,origin\n", "talent_import.duplicate_column")]
    [InlineData(Header + "\n", "talent_import.empty")]
    [InlineData(Header + "\n,,,,,\n", "talent_import.empty")]
    public async Task ImportTalents_WhenTheCsvCannotBeTakenAsAWhole_Returns400NamingTheFile(string csv, string code)
    {
        var city = await Api.SignedInAs("CityAdmin");

        var problem = await AssertProblem(await PostCsv(city, csv), HttpStatusCode.BadRequest, code);

        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
    }

    [Theory]
    [InlineData("{ \"name\": \"not an array\" }")]
    [InlineData("[ { \"name\": ")]
    public async Task ImportTalents_WhenTheJsonIsNotAnArrayOfObjects_Returns400MalformedFile(string json)
    {
        var city = await Api.SignedInAs("CityAdmin");

        await AssertProblem(await city.PostAsync(Url, new StringContent(json, Encoding.UTF8, "application/json"), Cancel), HttpStatusCode.BadRequest, "talent_import.malformed_file");
    }

    [Fact]
    public async Task ImportTalents_WhenTheBodyIsEmpty_Returns400NamingTheFile()
    {
        var city = await Api.SignedInAs("CityAdmin");

        var problem = await AssertProblem(await PostCsv(city, string.Empty), HttpStatusCode.BadRequest, "validation.failed");

        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task ImportTalents_WhenJsonClaimsGb18030_Returns400()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var content = new StringContent("[]", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=gb18030");

        var problem = await AssertProblem(await city.PostAsync(Url, content, Cancel), HttpStatusCode.BadRequest, "validation.failed");

        Assert.True(problem.GetProperty("errors").TryGetProperty("encoding", out _));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/csv; charset=latin1")]
    [InlineData("application/xml")]
    public async Task ImportTalents_WhenTheMediaTypeIsNotTaken_Returns415(string contentType)
    {
        var city = await Api.SignedInAs("CityAdmin");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Csv($"某人,resident-identity-card,{Resident()},13800138001,440402,local")));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        await AssertProblem(await city.PostAsync(Url, content, Cancel), HttpStatusCode.UnsupportedMediaType, "request.unsupported_media_type");
    }

    [Fact]
    public async Task ImportTalents_WhenTheFileHasMoreThan100000Rows_Returns400TooManyRows()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i <= 100_000; i++)
        {
            csv.Append("某人,resident-identity-card,1,13800138001,440402,local\n");
        }

        // Well over the 1 MiB of an ordinary body: uploads have a limit of their own.
        Assert.True(csv.Length > 1024 * 1024);
        await AssertProblem(await PostCsv(city, csv.ToString()), HttpStatusCode.BadRequest, "talent_import.too_many_rows");
    }

    [Fact]
    public async Task ImportTalents_WhenReplayedWithTheSameIdempotencyKey_CreatesNothingTwice()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var number = Resident();
        var csv = Csv($"吴一,resident-identity-card,{number},13800138001,440402,local");
        var key = Guid.NewGuid().ToString();

        var first = await PostCsv(city, csv, key);
        await WaitUntilFinished(city, first.Headers.Location!.ToString());
        var replay = await PostCsv(city, csv, key);
        var reused = await PostCsv(city, Csv($"吴二,resident-identity-card,{Resident()},13800138001,440402,local"), key);

        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(first.Headers.Location, replay.Headers.Location);
        await AssertProblem(reused, HttpStatusCode.UnprocessableEntity, "idempotency.key_reused");
        using var scope = Api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.TalentImports.CountAsync(Cancel));
        Assert.Equal(1, await db.Talents.CountAsync(t => t.Name == "吴一", Cancel));
    }

    [Fact]
    public async Task ImportTalents_WhenWritingFailsPartWay_RegistersNoneOfTheRowsAndSaysWhy()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var numbers = Enumerable.Range(0, 5).Select(_ => Resident()).ToList();
        // The database refuses the last row only once the others are written in the same transaction.
        await ExecuteSql(Api.Provider == DatabaseProvider.PostgreSql
            ? """
              CREATE FUNCTION refuse_import_row() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql;
              CREATE TRIGGER refuse_import_row BEFORE INSERT ON "Talents" FOR EACH ROW WHEN (NEW."Name" = '拒绝者') EXECUTE FUNCTION refuse_import_row();
              """
            : """CREATE TRIGGER refuse_import_row BEFORE INSERT ON "Talents" WHEN NEW."Name" = '拒绝者' BEGIN SELECT RAISE(ABORT, 'refused'); END;""");
        try
        {
            var csv = Csv([.. numbers.Take(4).Select((n, i) => $"成员{"甲乙丙丁"[i]},resident-identity-card,{n},13800138001,440402,local"),
                $"拒绝者,resident-identity-card,{numbers[4]},13800138001,440402,local"]);

            var response = await PostCsv(city, csv);
            var import = await WaitUntilFinished(city, response.Headers.Location!.ToString());

            Assert.Equal("failed", import.GetProperty("status").GetString());
            Assert.Equal("talent_import.write_failed", import.GetProperty("failure").GetProperty("code").GetString());
            Assert.Equal(0, import.GetProperty("acceptedCount").GetInt32());
            using var scope = Api.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(0, await db.Talents.CountAsync(t => t.Name.StartsWith("成员"), Cancel));
            Assert.Equal(0, await db.TalentImportFiles.CountAsync(Cancel));
        }
        finally
        {
            await ExecuteSql(Api.Provider == DatabaseProvider.PostgreSql
                ? """DROP TRIGGER refuse_import_row ON "Talents"; DROP FUNCTION refuse_import_row();"""
                : "DROP TRIGGER refuse_import_row;");
        }
    }

    [Fact]
    public async Task ListTalentImportRejectedRows_PagesInFileOrderWithoutGapsOrRepeats()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var csv = Csv([.. Enumerable.Range(0, 5).Select(_ => "无效,resident-identity-card,1,1,440402,local")]);
        var location = (await PostCsv(city, csv)).Headers.Location!.ToString();
        await WaitUntilFinished(city, location);

        var seen = new List<int>();
        string? cursor = null;
        do
        {
            var page = await ReadJson(await city.GetAsync($"{location}/rejected-rows?limit=2" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"), Cancel));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("rowNumber").GetInt32()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal([1, 2, 3, 4, 5], seen);
    }

    [Fact]
    public async Task ListTalentImportRejectedRows_WhenTheCursorIsTamperedOrFromAnotherImport_Returns400()
    {
        var city = await Api.SignedInAs("CityAdmin");
        var csv = Csv([.. Enumerable.Range(0, 3).Select(_ => "无效,resident-identity-card,1,1,440402,local")]);
        var first = (await PostCsv(city, csv)).Headers.Location!.ToString();
        var second = (await PostCsv(city, csv)).Headers.Location!.ToString();
        await WaitUntilFinished(city, first);
        await WaitUntilFinished(city, second);
        var cursor = (await ReadJson(await city.GetAsync($"{first}/rejected-rows?limit=1", Cancel))).GetProperty("nextCursor").GetString()!;

        await AssertProblem(await city.GetAsync($"{second}/rejected-rows?cursor={Uri.EscapeDataString(cursor)}", Cancel), HttpStatusCode.BadRequest, "paging.invalid_cursor");
        await AssertProblem(await city.GetAsync($"{first}/rejected-rows?cursor={Uri.EscapeDataString(cursor[..^2])}", Cancel), HttpStatusCode.BadRequest, "paging.invalid_cursor");
        await AssertProblem(await city.GetAsync($"{first}/rejected-rows?limit=201", Cancel), HttpStatusCode.BadRequest, "validation.failed");
    }

    /// <summary>A fresh resident number, never one of another test's: born 1985 in 香洲区, serial by sequence.</summary>
    private static string Resident()
    {
        var serial = Interlocked.Increment(ref _serial) + (Random.Shared.Next(0, 40) * 10_000);
        var first17 = $"440402{1985 + (serial / 336_000)}{1 + (serial / 28_000 % 12):D2}{1 + (serial / 1_000 % 28):D2}{serial % 1_000:D3}";
        return first17 + IdentityDocumentRules.Mod112CheckCharacter(first17);
    }

    private static string Csv(params string[] rows) => $"{Header}\n{string.Join('\n', rows)}\n";

    private static List<string?> Codes(JsonElement rejectedRow) =>
        rejectedRow.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToList();

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private static async Task<HttpResponseMessage> PostCsv(HttpClient client, string csv, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request, Cancel);
    }

    /// <summary>Polls the import, as a caller would, until it has completed or failed.</summary>
    private static async Task<JsonElement> WaitUntilFinished(HttpClient client, string location)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var response = await client.GetAsync(location, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var import = await ReadJson(response);
            if (import.GetProperty("status").GetString() is "completed" or "failed")
            {
                Assert.False(response.Headers.Contains("Retry-After"));
                return import;
            }

            Assert.True(response.Headers.Contains("Retry-After"));
            Assert.True(DateTime.UtcNow < deadline, $"The import did not finish: {import}");
            await Task.Delay(50, Cancel);
        }
    }

    private async Task ExecuteSql(string sql)
    {
        using var scope = Api.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(sql, Cancel);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ImportTalentsTestsOnSqlite(SqliteApiFactory api) : ImportTalentsTests(api);

[Collection(PostgreSqlCollection.Name)]
public sealed class ImportTalentsTestsOnPostgreSql(PostgreSqlApiFactory api) : ImportTalentsTests(api);

[Collection(SqlServerCollection.Name)]
public sealed class ImportTalentsTestsOnSqlServer(SqlServerApiFactory api) : ImportTalentsTests(api);
