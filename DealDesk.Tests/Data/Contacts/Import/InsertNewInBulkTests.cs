using DealDesk.Core.Contacts;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Bulk;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Contacts.Import;

/// <summary>The tracker-free bulk insert the import writes with stores what SaveChanges would, under the same tenant
/// rules.</summary>
public sealed class InsertNewInBulkTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task InsertNewInBulk_StoresTheRowsAsSaveChangesWould()
    {
        var clock = new FixedClock(new DateTime(2026, 4, 1, 8, 0, 0, DateTimeKind.Utc));
        var scope = await seeded.ScopeOfAsync("moderator@dealdesk.demo");
        var database = DealDesk.Data.Persistence.DealDeskDatabase.ForSqlite(seeded.Sqlite.Database.ConnectionString, clock);
        Guid circle;
        await using (var lookup = database.CreateContext(scope))
        {
            circle = await lookup.Circles.Where(c => c.Name == "Enterprise Team").Select(c => c.Id).SingleAsync();
        }

        var viaSave = new Contact(circle, "Saved Person", $"saved-{Guid.NewGuid():N}@example.com", scope.UserId,
            clock.UtcNow.AddDays(-2), "+1 555 0101", "Initech", ContactStatus.Partner, FunnelStage.Blocked);
        var viaBulk = new Contact(circle, "Bulk Person", $"bulk-{Guid.NewGuid():N}@example.com", scope.UserId,
            clock.UtcNow.AddDays(-2), "+1 555 0101", "Initech", ContactStatus.Partner, FunnelStage.Blocked);
        await using (var db = database.CreateContext(scope))
        {
            db.Contacts.Add(viaSave);
            await db.SaveChangesAsync();
            Assert.Equal(1, await db.InsertNewInBulkAsync([viaBulk]));
        }

        await using var check = database.CreateContext(scope);
        var saved = await check.Contacts.AsNoTracking().SingleAsync(c => c.Id == viaSave.Id);
        var bulk = await check.Contacts.AsNoTracking().SingleAsync(c => c.Id == viaBulk.Id);
        Assert.Equal(
            (saved.WorkspaceId, saved.CircleId, saved.Phone, saved.Company, saved.Status, saved.FunnelStage, saved.CreatedBy,
                saved.LastContactAt, saved.CreatedAt, saved.UpdatedAt, saved.Version.Length),
            (bulk.WorkspaceId, bulk.CircleId, bulk.Phone, bulk.Company, bulk.Status, bulk.FunnelStage, bulk.CreatedBy,
                bulk.LastContactAt, bulk.CreatedAt, bulk.UpdatedAt, bulk.Version.Length));
        Assert.Equal((scope.WorkspaceId, clock.UtcNow), (bulk.WorkspaceId, bulk.CreatedAt));
        Assert.Equal(viaBulk.NormalizedEmail, bulk.NormalizedEmail);
        Assert.NotEqual(saved.Version, bulk.Version);
    }

    [Theory]
    [InlineData("admin@dealdesk.demo", "another workspace")]
    [InlineData("moderator@dealdesk.demo", "Growth Team")]
    [InlineData(null, "Enterprise Team")]
    public async Task InsertNewInBulk_IntoACircleTheUserCannotSee_OrWithNobodySignedIn_IsRefusedAndWritesNothing(
        string? user, string circleName)
    {
        var scope = user is null ? TenantScope.None : await seeded.ScopeOfAsync(user);
        Guid circle;
        await using (var lookup = seeded.Sqlite.For(TenantScope.None))
        {
            var acme = await lookup.Workspaces.IgnoreQueryFilters().Where(w => w.Name == "Acme Sales").Select(w => w.Id).SingleAsync();
            circle = await lookup.Circles.IgnoreQueryFilters()
                .Where(c => circleName == "another workspace" ? c.WorkspaceId != acme : c.Name == circleName)
                .Select(c => c.Id).FirstAsync();
        }

        var contact = new Contact(circle, "Mallory", $"mallory-{Guid.NewGuid():N}@example.com", scope.UserId, DateTime.UtcNow);
        await using var db = seeded.Sqlite.For(scope);

        await Assert.ThrowsAsync<TenantIsolationException>(() => db.InsertNewInBulkAsync([contact]));
        await using var check = seeded.Sqlite.For(TenantScope.None);
        Assert.False(await check.Contacts.IgnoreQueryFilters().AnyAsync(c => c.Id == contact.Id));
    }
}
