namespace DealDesk.Data.Persistence;

/// <summary>The database engines DealDesk runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file; the default, needs no server.</summary>
    Sqlite,

    /// <summary>Microsoft SQL Server, for production.</summary>
    SqlServer,
}
