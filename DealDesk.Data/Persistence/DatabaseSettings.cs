namespace DealDesk.Data.Persistence;

/// <summary>The <c>Database</c> section of appsettings.json.</summary>
public sealed class DatabaseSettings
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>SqlServer</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The SQLite file; a relative path is under the app's content root.</summary>
    public string SqlitePath { get; set; } = "data/dealdesk.db";

    /// <summary>SQL Server connection string; required when <see cref="Provider"/> is <c>SqlServer</c>.</summary>
    public string? SqlServerConnectionString { get; set; }

    /// <summary>Apply pending migrations at startup.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
