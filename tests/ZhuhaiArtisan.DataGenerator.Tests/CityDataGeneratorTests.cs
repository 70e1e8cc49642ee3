using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Application.Talents.Common;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.IdentityDocuments;
using ZhuhaiArtisan.Infrastructure.Persistence;

namespace ZhuhaiArtisan.DataGenerator.Tests;

public sealed class CityDataGeneratorTests(GeneratedDataSets data) : IClassFixture<GeneratedDataSets>
{
    private static readonly string[] Tables =
        [
            "Organizations", "OrganizationClusters", "Talents", "SkillCertificates", "Appointments", "Honours", "Districts", "Occupations", "OccupationClusters",
            "CatalogueItems", "CatalogueEditions", "CatalogueEditionEntries", "CatalogueEditionGrams", "CatalogueChanges", "CatalogueChangeCounter",
            "TrainingClasses", "Enrolments", "AttendanceRecords", "TrainingCompletions",
        ];

    [Fact]
    public async Task Generate_WithTheSameSeed_WritesTheSameRowsAndSamples()
    {
        await using var services = ApiPersistence.Open(data.Configuration, data.First.DatabasePath);
        var protector = services.GetRequiredService<IPersonalDataProtector>();

        foreach (var table in Tables)
        {
            // Ciphertexts differ by their random nonces, as they must; what they decrypt to may not.
            Assert.Equal(Dump(data.First.DatabasePath, table, protector), Dump(data.Second.DatabasePath, table, protector));
        }

        Assert.Equal(await File.ReadAllTextAsync(data.First.SamplesPath, TestContext.Current.CancellationToken),
            await File.ReadAllTextAsync(data.Second.SamplesPath, TestContext.Current.CancellationToken));
        Assert.NotEqual(Dump(data.First.DatabasePath, "Talents", protector), Dump(data.OtherSeed.DatabasePath, "Talents", protector));
    }

    [Fact]
    public void Generate_WritesExactlyTheCountsAskedFor()
    {
        Assert.Equal(GeneratedDataSets.Organizations, data.First.Counts["organizations"]);
        Assert.Equal(GeneratedDataSets.Talents, data.First.Counts["talents"]);
        Assert.Equal(GeneratedDataSets.Certificates, data.First.Counts["skillCertificates"]);
        Assert.True(data.First.Counts["appointments"] > 0);
        Assert.True(data.First.Counts["honours"] > 0);
        Assert.Equal(GeneratedDataSets.Talents, Scalar<long>(data.First.DatabasePath, "SELECT count(*) FROM Talents"));
        Assert.Equal(GeneratedDataSets.Certificates, Scalar<long>(data.First.DatabasePath, "SELECT count(*) FROM SkillCertificates"));
        Assert.Equal(GeneratedDataSets.CatalogueItems, data.First.Counts["catalogueItems"]);
        Assert.Equal(GeneratedDataSets.CatalogueItems, data.First.Counts["catalogueEditionEntries"]);
        Assert.Equal(GeneratedDataSets.Classes, data.First.Counts["trainingClasses"]);
        Assert.Equal(GeneratedDataSets.TrainingRecords, data.First.Counts["enrolments"]);
        Assert.Equal(GeneratedDataSets.TrainingRecords, Scalar<long>(data.First.DatabasePath, "SELECT count(*) FROM Enrolments"));
        Assert.True(data.First.Counts["attendanceRecords"] > GeneratedDataSets.TrainingRecords);
        Assert.True(data.First.Counts["trainingCompletions"] > 0);

        // The journal mode the migrations chose is back after the bulk load.
        Assert.Equal("wal", Scalar<string>(data.First.DatabasePath, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Generate_IdentityNumbers_AreValidForTheirDocumentType_Unique_AndHashedAndMaskedAsTheApiDoes()
    {
        await using var services = ApiPersistence.Open(data.Configuration, data.First.DatabasePath);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var protector = services.GetRequiredService<IPersonalDataProtector>();

        var talents = await db.Talents.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);

        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var talent in talents)
        {
            var number = protector.Decrypt(talent.IdentityNumber.Ciphertext);
            Assert.Equal(IdentityNumberError.None, IdentityDocumentRules.Validate(talent.DocumentType, number));
            Assert.True(numbers.Add(IdentityDocumentRules.MatchKey(talent.DocumentType, number)), $"{number} is used twice.");
            Assert.Equal(TalentIdentity.Hash(protector, talent.DocumentType, number), talent.IdentityNumberHash);
            Assert.Equal(Mask.IdentityNumber(number), talent.IdentityNumber.Masked);
            Assert.Equal(IdentityDocumentRules.BirthDateOf(talent.DocumentType, number), talent.BirthDate);
            Assert.Equal(Mask.Phone(protector.Decrypt(talent.Phone.Ciphertext)), talent.Phone.Masked);
            Assert.True(PersonName.IsValid(talent.Name), talent.Name);
        }

        Assert.Equal(Enum.GetValues<IdentityDocumentType>().Order(), talents.Select(t => t.DocumentType).Distinct().Order());
        Assert.Contains(talents, t => t.Name.Contains('·', StringComparison.Ordinal));
        var residentCards = talents.Where(t => t.DocumentType == IdentityDocumentType.ResidentIdentityCard).ToList();
        Assert.True(residentCards.Count > talents.Count * 0.9, "Most hold a resident identity card.");
    }

    [Fact]
    public async Task Generate_CreditCodes_CarryTheirGb32100CheckCharacter_AndAreUnique()
    {
        await using var services = ApiPersistence.Open(data.Configuration, data.First.DatabasePath);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var organizations = await db.Organizations.AsNoTracking().Include(o => o.Clusters).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(GeneratedDataSets.Organizations, organizations.Select(o => o.CreditCode.Value).Distinct(StringComparer.Ordinal).Count());
        Assert.All(organizations, o => Assert.Equal(UnifiedSocialCreditCodeError.None, UnifiedSocialCreditCode.Validate(o.CreditCode.Value)));
        Assert.Equal(Enum.GetValues<OrganizationType>().Order(), organizations.Select(o => o.Type).Distinct().Order());
        Assert.Contains(organizations, o => o.Clusters.Count > 0);
    }

    [Fact]
    public async Task Generate_RowsAreReadBack_ByTheApisOwnDbContext_WithItsConversionsAndQueries()
    {
        await using var services = ApiPersistence.Open(data.Configuration, data.First.DatabasePath);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var protector = services.GetRequiredService<IPersonalDataProtector>();
        var cancellationToken = TestContext.Current.CancellationToken;

        // Ids, enums, dates, instants and the JSON wish lists convert back; an id compares equal in SQL.
        var employee = await db.Talents.AsNoTracking().FirstAsync(t => t.EmployerId != null && t.WishedOccupationCodes.Count > 0, cancellationToken);
        var employerId = employee.EmployerId!.Value;
        var colleagues = await db.Talents.AsNoTracking().Where(t => t.EmployerId == employerId).Select(t => t.Id).ToListAsync(cancellationToken);
        Assert.Contains(employee.Id, colleagues);
        Assert.NotNull(await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == employerId, cancellationToken));
        Assert.Equal(employee.Id, (await db.Talents.AsNoTracking().SingleAsync(t => t.IdentityNumberHash == employee.IdentityNumberHash, cancellationToken)).Id);
        Assert.Equal(TimeSpan.Zero, employee.Provenance.RecordedAt.Offset);
        Assert.Matches(@"^1[3-9]\d{9}$|^\+85[23]\d{8}$", protector.Decrypt(employee.Phone.Ciphertext));

        // The public certificate check's own query: number, holder and occupation joined.
        var sample = JsonDocument.Parse(await File.ReadAllTextAsync(data.First.SamplesPath, cancellationToken)).RootElement;
        var certificate = sample.GetProperty("certificates")[0];
        var number = certificate.GetProperty("certificateNumber").GetString();
        var found = await (
                from c in db.SkillCertificates.AsNoTracking()
                join t in db.Talents.AsNoTracking() on c.TalentId equals t.Id
                join o in db.Occupations.AsNoTracking() on c.OccupationCode equals o.Code
                where c.CertificateNumber == number
                select new { t.Name, c.SkillLevelCode, c.IssuedOn, c.Route })
            .SingleAsync(cancellationToken);
        Assert.Equal(certificate.GetProperty("name").GetString(), found.Name);

        // The sample's identity numbers find their talents by the API's lookup hash.
        foreach (var identity in sample.GetProperty("identities").EnumerateArray().Take(50))
        {
            var type = Enum.GetValues<IdentityDocumentType>().Single(t =>
                JsonNamingPolicy.KebabCaseLower.ConvertName(t.ToString()) == identity.GetProperty("documentType").GetString());
            var hash = TalentIdentity.Hash(protector, type, IdentityDocumentRules.Normalize(identity.GetProperty("identityNumber").GetString()!));
            var id = new TalentId(identity.GetProperty("talentId").GetGuid());
            Assert.Equal(id, (await db.Talents.AsNoTracking().SingleAsync(t => t.IdentityNumberHash == hash, cancellationToken)).Id);
        }

        Assert.NotEmpty(await db.Appointments.AsNoTracking().ToListAsync(cancellationToken));
        Assert.NotEmpty(await db.Honours.AsNoTracking().Where(h => h.PublicationConsented).ToListAsync(cancellationToken));
        Assert.NotEmpty(await db.Talents.AsNoTracking().Where(t => t.SchoolId != null && t.GraduationDate != null && t.Major != null).ToListAsync(cancellationToken));
    }

    [Fact]
    public void Parse_ReadsTheCatalogueAndTrainingOptions_AndRefusesMoreRecordsThanClassesHold()
    {
        var options = GeneratorOptions.Parse(["--catalogue-items", "300", "--classes", "100", "--training-records", "2,000"])!;

        Assert.Equal((300, 100, 2_000), (options.CatalogueItems, options.Classes, options.TrainingRecords));
        Assert.Equal((20_000, 50_000, 1_000_000), (new GeneratorOptions().CatalogueItems, new GeneratorOptions().Classes, new GeneratorOptions().TrainingRecords));
        Assert.Throws<ArgumentException>(() => GeneratorOptions.Parse(["--classes", "10", "--training-records", "100000"]));
        Assert.Throws<ArgumentException>(() => GeneratorOptions.Parse(["--catalogue-items", "0", "--classes", "10"]));
    }

    [Theory]
    [InlineData("--talents", "0")]
    [InlineData("--talents", "many")]
    [InlineData("--as-of", "25/11/2026")]
    [InlineData("--colour", "blue")]
    public void Parse_WithABadOption_SaysWhatIsWrong(string name, string value) =>
        Assert.Throws<ArgumentException>(() => GeneratorOptions.Parse([name, value]));

    [Fact]
    public void Parse_ReadsTheDocumentedOptions()
    {
        var options = GeneratorOptions.Parse(["--database", "x.db", "--seed", "9", "--talents", "2,000", "--certificates", "3_000", "--organizations", "50", "--as-of", "2026-01-31"])!;

        Assert.Equal(("x.db", 9, 2_000, 3_000, 50, new DateOnly(2026, 1, 31)), (options.DatabasePath, options.Seed, options.Talents, options.Certificates, options.Organizations, options.AsOf));
        Assert.Equal("x.db.samples.json", options.SamplesPath);
    }

    private static List<string> Dump(string database, string table, IPersonalDataProtector protector)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i =>
                reader.IsDBNull(i) ? "NULL"
                : reader.GetName(i).EndsWith("Ciphertext", StringComparison.Ordinal) ? protector.Decrypt(reader.GetString(i))
                : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private static T Scalar<T>(string database, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }
}
