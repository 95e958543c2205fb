using DealDesk.Core.Common;
using DealDesk.Data;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Persistence;

/// <summary>Both providers' models build and match their migrations. SQL Server is checked without a server:
/// its model, its create script and its pending-changes check need none.</summary>
public sealed class ProviderModelTests
{
    private static DealDeskDbContext SqlServer() =>
        DealDeskDatabase.ForSqlServer("Server=(local);Database=DealDeskModelCheck;Trusted_Connection=True")
            .CreateContext(TenantScope.None);

    private static DealDeskDbContext Sqlite() =>
        DealDeskDatabase.ForSqlite("Data Source=:memory:").CreateContext(TenantScope.None);

    [Fact]
    public void SqlServerModel_UsesRowversionAndExactMoney()
    {
        using var db = SqlServer();

        var script = db.Database.GenerateCreateScript();

        Assert.Contains("[Version] rowversion NOT NULL", script);
        Assert.Contains("[Value] decimal(15,2) NOT NULL", script);
        Assert.Contains("[PercentComplete] decimal(7,2) NOT NULL", script);
    }

    [Fact]
    public void SqliteModel_StoresMoneyAsIntegerHundredthsSoItSortsInSql()
    {
        using var db = Sqlite();

        var script = db.Database.GenerateCreateScript();

        Assert.Matches("\"Value\" INTEGER NOT NULL", script);
        Assert.Contains("\"Version\" BLOB NOT NULL", script);
    }

    [Fact]
    public void BothProviders_HaveNoModelChangesMissingAMigration()
    {
        using var sqlServer = SqlServer();
        using var sqlite = Sqlite();

        Assert.False(sqlServer.Database.HasPendingModelChanges(), "SQL Server model changed without a migration");
        Assert.False(sqlite.Database.HasPendingModelChanges(), "SQLite model changed without a migration");
    }

    [Fact]
    public void BothProviders_FilterEveryTenantOwnedEntityByWorkspace_AndCircleDataByCircle()
    {
        using var sqlServer = SqlServer();
        using var sqlite = Sqlite();

        foreach (var db in new[] { sqlServer, sqlite })
        {
            var types = db.Model.GetEntityTypes().ToList();
            Assert.Empty(types
                .Where(t => typeof(global::DealDesk.Core.Common.ITenantOwned).IsAssignableFrom(t.ClrType))
                .Where(t => t.FindDeclaredQueryFilter(DealDeskDbContext.WorkspaceFilter) is null)
                .Select(t => t.ClrType.Name));
            Assert.Empty(types
                .Where(t => typeof(global::DealDesk.Core.Common.ICircleOwned).IsAssignableFrom(t.ClrType))
                .Where(t => t.FindDeclaredQueryFilter(DealDeskDbContext.CircleFilter) is null)
                .Select(t => t.ClrType.Name));
        }
    }
}
