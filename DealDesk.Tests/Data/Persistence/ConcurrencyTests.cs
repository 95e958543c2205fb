using DealDesk.Core.Deals;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Persistence;

/// <summary>Two people editing one deal: the second save is detected, not silently applied.</summary>
public sealed class ConcurrencyTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task SaveWithStaleVersion_ThrowsConcurrencyConflict_AndKeepsTheFirstEdit()
    {
        var scope = await seeded.ScopeOfAsync("admin@dealdesk.demo");
        await using var alice = seeded.Sqlite.For(scope);
        await using var bob = seeded.Sqlite.For(scope);
        var id = await alice.Deals.Select(d => d.Id).FirstAsync();
        var aliceCopy = await alice.Deals.SingleAsync(d => d.Id == id);
        var bobCopy = await bob.Deals.SingleAsync(d => d.Id == id);
        var versionRead = aliceCopy.Version;

        aliceCopy.Rename("Alice's name");
        await alice.SaveChangesAsync();
        bobCopy.Rename("Bob's name");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => bob.SaveChangesAsync());
        await using var check = seeded.Sqlite.For(scope);
        var stored = await check.Deals.SingleAsync(d => d.Id == id);
        Assert.Equal("Alice's name", stored.Name);
        Assert.NotEqual(versionRead, stored.Version);
    }

    [Fact]
    public async Task SaveWithCurrentVersion_Succeeds_AndRenewsTheVersion()
    {
        var scope = await seeded.ScopeOfAsync("admin@dealdesk.demo");
        await using var db = seeded.Sqlite.For(scope);
        var deal = await db.Deals.OrderBy(d => d.Id).LastAsync();
        var before = deal.Version;

        // Another priority than the one it has, whatever the other tests of this class did to the deal: an unchanged
        // deal sends no UPDATE and keeps its version.
        deal.Prioritize(deal.Priority == global::DealDesk.Core.Deals.DealPriority.High
            ? global::DealDesk.Core.Deals.DealPriority.Low
            : global::DealDesk.Core.Deals.DealPriority.High);
        await db.SaveChangesAsync();

        Assert.NotEqual(before, deal.Version);
    }
}
