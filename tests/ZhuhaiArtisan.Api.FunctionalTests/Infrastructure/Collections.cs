namespace ZhuhaiArtisan.Api.FunctionalTests.Infrastructure;

// One collection per database: its tests share one server and run one after another (each
// resets the data first); the collections themselves run in parallel.
[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApiFactory>
{
    public const string Name = "SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlApiFactory>
{
    public const string Name = "PostgreSQL";
}

[CollectionDefinition(Name)]
public sealed class SqlServerCollection : ICollectionFixture<SqlServerApiFactory>
{
    public const string Name = "SQL Server";
}
