using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ZhuhaiArtisan.Infrastructure.Persistence.Providers;

namespace ZhuhaiArtisan.Infrastructure.Tests.Persistence;

/// <summary>
/// Each provider's migrations must cover the model, and the SQL Server script a DBA runs must be
/// valid T-SQL. None of this needs a database server.
/// </summary>
public sealed class MigrationsTests
{
    public static TheoryData<string> Providers => ["Sqlite", "SqlServer", "PostgreSql"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_HasNoChangesThatNoMigrationCovers(string provider)
    {
        using var db = Create(provider);

        var pending = db.Database.HasPendingModelChanges();

        Assert.False(pending, $"The {provider} model has changes no migration covers: run dotnet ef migrations add for {db.GetType().Name}.");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_ExistForEveryProvider(string provider)
    {
        using var db = Create(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void SqlServerIdempotentScript_ParsesAsTransactSql()
    {
        using var db = Create("SqlServer");
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
        Assert.Contains("CREATE TABLE [Organizations]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }

    [Fact]
    public void ScriptParser_RejectsInvalidTransactSql()
    {
        // Guards the test above: a parser that accepted anything would prove nothing.
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader("CREATE TABLE [X] ([Id] int PRIMARY KEY,, );");

        parser.Parse(reader, out var errors);

        Assert.NotEmpty(errors);
    }

    private static DbContext Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
        "SqlServer" => new SqlServerDesignTimeFactory().CreateDbContext([]),
        _ => new NpgsqlDesignTimeFactory().CreateDbContext([]),
    };
}
