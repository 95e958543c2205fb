using DealDesk.Core.Contacts;
using DealDesk.Data.Persistence.Bulk;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Contacts.Components;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Persistence;

/// <summary>The bulk insert path used for seeding and imports keeps the same tenant rules as SaveChanges.</summary>
public sealed class BulkInsertTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task InsertAddedInBulk_WritesRowsAndChildren_StampedWithTheWorkspace()
    {
        var scope = await seeded.ScopeOfAsync("moderator@dealdesk.demo");
        await using var db = seeded.Sqlite.For(scope);
        var circle = await db.Circles.Select(c => c.Id).FirstAsync();
        var contacts = Enumerable.Range(0, 50)
            .Select(i => new Contact(circle, $"Bulk {i}", $"bulk.{i}.{Guid.NewGuid():N}@example.com", scope.UserId, DateTime.UtcNow))
            .ToList();
        contacts.ForEach(c => c.AddNote("Imported", scope.UserId, DateTime.UtcNow));

        db.AddRange(contacts);
        var written = await db.InsertAddedInBulkAsync();

        Assert.Equal(100, written);
        await using var check = seeded.Sqlite.For(scope);
        var ids = contacts.Select(c => c.Id).ToList();
        var stored = await check.Contacts.Where(c => ids.Contains(c.Id)).ToListAsync();
        Assert.Equal(50, stored.Count);
        Assert.All(stored, c => Assert.Equal(scope.WorkspaceId, c.WorkspaceId));
        Assert.All(stored, c => Assert.Equal("Imported", c.LatestNote));
        Assert.Equal(50, await check.ContactNotes.CountAsync(n => ids.Contains(n.ContactId)));
    }

    [Fact]
    public async Task InsertAddedInBulk_IntoACircleOfAnotherWorkspace_IsRefused()
    {
        var scope = await seeded.ScopeOfAsync("admin@dealdesk.demo");
        await using var db = seeded.Sqlite.For(scope);
        var foreignCircle = await db.Circles.IgnoreQueryFilters().Where(c => c.WorkspaceId != scope.WorkspaceId)
            .Select(c => c.Id).FirstAsync();

        db.Add(new Contact(foreignCircle, "Mallory", "mallory@example.com", scope.UserId, DateTime.UtcNow));

        await Assert.ThrowsAsync<TenantIsolationException>(() => db.InsertAddedInBulkAsync());
    }

    [Fact]
    public async Task InsertAddedInBulk_WithAPendingUpdate_IsRefused()
    {
        var scope = await seeded.ScopeOfAsync("admin@dealdesk.demo");
        await using var db = seeded.Sqlite.For(scope);
        var account = await db.Accounts.FirstAsync();

        account.Rename(account.Name + " (renamed)");

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.InsertAddedInBulkAsync());
    }
}
