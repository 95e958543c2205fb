using DealDesk.Core.Accounts;
using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Bulk;
using DealDesk.Data.Persistence.Writing;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Persistence;

/// <summary>One write pipeline (ADR 0008): SaveChanges and both bulk inserts stamp and refuse rows by the same
/// steps, with the clock the database was given.</summary>
public sealed class WritePipelineTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    public enum WritePath
    {
        SaveChanges,
        InsertAddedInBulk,
        InsertNewInBulk,
    }

    public enum Trespass
    {
        AnotherWorkspacesRow,
        NobodySignedIn,
        ACircleTheUserCannotSee,
    }

    public static TheoryData<WritePath, Trespass> EveryPathAndTrespass()
    {
        var data = new TheoryData<WritePath, Trespass>();
        foreach (var path in Enum.GetValues<WritePath>())
        {
            foreach (var trespass in Enum.GetValues<Trespass>())
            {
                data.Add(path, trespass);
            }
        }

        return data;
    }

    [Fact]
    public async Task EveryWritePath_StampsWorkspaceTimesAndANewVersion_AlikeAndByTheInjectedClock()
    {
        var clock = new FixedClock(new DateTime(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc));
        var database = DealDeskDatabase.ForSqlite(seeded.Sqlite.Database.ConnectionString, clock);
        var scope = await seeded.ScopeOfAsync("admin@dealdesk.demo");
        var written = Enum.GetValues<WritePath>().Select(p => new Account($"Pipeline {p} {Guid.NewGuid():N}")).ToList();

        foreach (var (path, account) in Enum.GetValues<WritePath>().Zip(written))
        {
            await using var db = database.CreateContext(scope);
            await WriteAsync(db, path, account);
        }

        await using var check = database.CreateContext(scope);
        var ids = written.Select(a => a.Id).ToList();
        var stored = await check.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync();
        Assert.Equal(3, stored.Count);
        Assert.All(stored, a => Assert.Equal(
            (scope.WorkspaceId, clock.UtcNow, clock.UtcNow, 16),
            (a.WorkspaceId, a.CreatedAt, a.UpdatedAt, a.Version.Length)));
        Assert.Equal(3, stored.Select(a => Convert.ToHexString(a.Version)).Distinct().Count());
    }

    [Fact]
    public async Task SaveChanges_OfAChange_StampsUpdatedByTheInjectedClockAndRenewsTheVersion_KeepingCreated()
    {
        var clock = new FixedClock(new DateTime(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc));
        var database = DealDeskDatabase.ForSqlite(seeded.Sqlite.Database.ConnectionString, clock);
        var scope = await seeded.ScopeOfAsync("admin@dealdesk.demo");
        var account = new Account($"Pipeline update {Guid.NewGuid():N}");
        byte[] first;
        await using (var db = database.CreateContext(scope))
        {
            await WriteAsync(db, WritePath.SaveChanges, account);
            first = account.Version;
        }

        clock.UtcNow = clock.UtcNow.AddHours(3);
        await using (var db = database.CreateContext(scope))
        {
            var loaded = await db.Accounts.SingleAsync(a => a.Id == account.Id);
            loaded.Rename(loaded.Name + " renamed");
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext(scope);
        var stored = await check.Accounts.AsNoTracking().SingleAsync(a => a.Id == account.Id);
        Assert.Equal((clock.UtcNow.AddHours(-3), clock.UtcNow), (stored.CreatedAt, stored.UpdatedAt));
        Assert.NotEqual(first, stored.Version);
    }

    [Theory]
    [MemberData(nameof(EveryPathAndTrespass))]
    public async Task EveryWritePath_RefusesAWriteOutsideTheTenant_AndWritesNothing(WritePath path, Trespass trespass)
    {
        var moderator = await seeded.ScopeOfAsync("moderator@dealdesk.demo");
        var globex = await seeded.ScopeOfAsync("admin@globex.demo");
        await using var db = seeded.Sqlite.For(trespass == Trespass.NobodySignedIn ? TenantScope.None : moderator);
        Entity written;
        Task write;
        if (trespass == Trespass.ACircleTheUserCannotSee)
        {
            var hidden = await db.Circles.IgnoreQueryFilters()
                .Where(c => c.WorkspaceId == moderator.WorkspaceId && c.Name == "Growth Team").Select(c => c.Id).SingleAsync();
            var contact = new Contact(hidden, "Mallory", $"mallory-{Guid.NewGuid():N}@example.com", moderator.UserId,
                DateTime.UtcNow);
            (written, write) = (contact, WriteAsync(db, path, contact));
        }
        else
        {
            var account = new Account($"Trespass {Guid.NewGuid():N}");
            if (trespass == Trespass.AnotherWorkspacesRow)
            {
                // As a tampered object would arrive: its workspace set to one the context does not act for.
                typeof(Account).GetProperty(nameof(Account.WorkspaceId))!.SetValue(account, globex.WorkspaceId);
            }

            (written, write) = (account, WriteAsync(db, path, account));
        }

        await Assert.ThrowsAsync<TenantIsolationException>(() => write);
        await using var check = seeded.Sqlite.For(TenantScope.None);
        Assert.False(await check.Accounts.IgnoreQueryFilters().AnyAsync(a => a.Id == written.Id));
        Assert.False(await check.Contacts.IgnoreQueryFilters().AnyAsync(c => c.Id == written.Id));
    }

    [Fact]
    public async Task VersionStep_RenewsTheSqliteToken_AndLeavesSqlServersRowversionToTheDatabase()
    {
        var clock = new FixedClock(new DateTime(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc));
        var scope = TenantScope.System(Guid.CreateVersion7());
        await using var sqlite = DealDeskDatabase.ForSqlite("Data Source=:memory:", clock).CreateContext(scope);
        await using var sqlServer = DealDeskDatabase.ForSqlServer("Server=(local);Database=DealDeskModelCheck", clock)
            .CreateContext(scope);
        var onSqlite = new Account("On SQLite");
        var onSqlServer = new Account("On SQL Server");
        sqlite.Add(onSqlite);
        sqlServer.Add(onSqlServer);

        // The steps alone, as the bulk inserts run them: nothing here reaches a database.
        await WritePipeline.RunAsync(sqlite, TrackedRow.PendingIn(sqlite), CancellationToken.None);
        await WritePipeline.RunAsync(sqlServer, TrackedRow.PendingIn(sqlServer), CancellationToken.None);

        Assert.Equal(16, onSqlite.Version.Length);
        Assert.Null(onSqlServer.Version);
        Assert.Equal((scope.WorkspaceId, clock.UtcNow), (onSqlServer.WorkspaceId, onSqlServer.CreatedAt));
    }

    [Fact]
    public void AContextWithoutTheWritePipeline_CannotBeBuilt()
    {
        var options = new DbContextOptionsBuilder<SqliteDealDeskDbContext>().UseSqlite("Data Source=:memory:").Options;

        var refused = Assert.Throws<InvalidOperationException>(() => new SqliteDealDeskDbContext(options, TenantScope.None));

        Assert.Contains("write pipeline", refused.Message);
    }

    private static async Task WriteAsync<T>(DealDeskDbContext db, WritePath path, T entity) where T : class
    {
        switch (path)
        {
            case WritePath.SaveChanges:
                db.Add(entity);
                await db.SaveChangesAsync();
                break;
            case WritePath.InsertAddedInBulk:
                db.Add(entity);
                await db.InsertAddedInBulkAsync();
                break;
            case WritePath.InsertNewInBulk:
                await db.InsertNewInBulkAsync([entity]);
                break;
        }
    }
}
