using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Core.Deals;
using DealDesk.Core.Kpis;
using DealDesk.Data;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Contacts.Components;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Persistence;

/// <summary>The tenant filters: one workspace never sees or writes another's rows, and a member sees only
/// their circles, even through queries that forget to filter.</summary>
public sealed class TenantIsolationTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task EveryTenantOwnedSet_WithoutAWhere_ReturnsOnlyTheUsersWorkspace()
    {
        var acme = await seeded.ScopeOfAsync("admin@dealdesk.demo");
        await using var db = seeded.Sqlite.For(acme);

        foreach (var rows in TenantOwnedSets(db))
        {
            var workspaces = rows.Select(r => r.WorkspaceId).Distinct().ToList();
            Assert.Equal([acme.WorkspaceId], workspaces);
        }
    }

    [Fact]
    public async Task UnfilteredQuery_ForWorkspaceA_NeverSeesWorkspaceB()
    {
        var acme = await seeded.ScopeOfAsync("admin@dealdesk.demo");
        var globex = await seeded.ScopeOfAsync("admin@globex.demo");
        await using var acmeDb = seeded.Sqlite.For(acme);
        await using var globexDb = seeded.Sqlite.For(globex);

        var acmeDealIds = await acmeDb.Deals.Select(d => d.Id).ToListAsync();
        var globexDealIds = await globexDb.Deals.Select(d => d.Id).ToListAsync();

        Assert.Equal(SeededDatabase.SmallDemo.Deals, acmeDealIds.Count);
        Assert.Equal(80, globexDealIds.Count);
        Assert.Empty(acmeDealIds.Intersect(globexDealIds));
        Assert.Null(await acmeDb.Deals.FirstOrDefaultAsync(d => d.Id == globexDealIds[0]));
        Assert.Equal("Acme Sales", (await acmeDb.Workspaces.SingleAsync()).Name);
    }

    [Fact]
    public async Task Member_SeesOnlyTheCirclesTheyBelongTo()
    {
        var rep = await seeded.ScopeOfAsync("rep@dealdesk.demo");
        var acme = await seeded.WorkspaceScopeAsync("Acme Sales");
        await using var all = seeded.Sqlite.For(acme);
        var repCircles = await all.CircleMemberships.Where(m => m.UserId == rep.UserId).Select(m => m.CircleId).ToListAsync();
        await using var db = seeded.Sqlite.For(rep);

        var circles = await db.Circles.Select(c => c.Id).ToListAsync();
        var dealCircles = await db.Deals.Select(d => d.CircleId).Distinct().ToListAsync();
        var expectedDeals = await all.Deals.CountAsync(d => repCircles.Contains(d.CircleId));

        Assert.Equal(2, repCircles.Count);
        Assert.Equal(repCircles.Order(), circles.Order());
        Assert.All(dealCircles, c => Assert.Contains(c, repCircles));
        Assert.Equal(expectedDeals, await db.Deals.CountAsync());
        Assert.True(expectedDeals < await all.Deals.CountAsync(), "the third circle's deals must be hidden");
        Assert.All(await db.Contacts.Select(c => c.CircleId).ToListAsync(), c => Assert.Contains(c, repCircles));
        Assert.All(await db.Kpis.Select(k => k.CircleId).ToListAsync(), c => Assert.Contains(c, repCircles));
    }

    [Fact]
    public async Task Member_CannotReadHistoryOfHiddenCirclesEvenQueryingItDirectly()
    {
        var rep = await seeded.ScopeOfAsync("rep@dealdesk.demo");
        var acme = await seeded.WorkspaceScopeAsync("Acme Sales");
        await using var all = seeded.Sqlite.For(acme);
        await using var db = seeded.Sqlite.For(rep);
        var visibleDeals = await db.Deals.Select(d => d.Id).ToListAsync();
        var visibleKpis = await db.Kpis.Select(k => k.Id).ToListAsync();

        var historyDeals = await db.DealStageHistory.Select(h => h.DealId).Distinct().ToListAsync();
        var historyKpis = await db.KpiHistory.Select(h => h.KpiId).Distinct().ToListAsync();

        Assert.Equal(visibleDeals.Order(), historyDeals.Order());
        Assert.Equal(visibleKpis.Order(), historyKpis.Order());
        Assert.True(await all.DealStageHistory.CountAsync() > await db.DealStageHistory.CountAsync());
    }

    [Fact]
    public async Task Anonymous_SeesNothing()
    {
        await using var db = seeded.Sqlite.For(TenantScope.None);

        Assert.Empty(await db.Workspaces.ToListAsync());
        Assert.Empty(await db.Deals.ToListAsync());
        Assert.Empty(await db.Contacts.ToListAsync());
    }

    [Fact]
    public async Task Write_ToAnotherWorkspacesRow_IsRefusedBeforeReachingTheDatabase()
    {
        var acme = await seeded.ScopeOfAsync("admin@dealdesk.demo");
        await using var db = seeded.Sqlite.For(acme);
        var globexDeal = await db.Deals.IgnoreQueryFilters().FirstAsync(d => d.WorkspaceId != acme.WorkspaceId);
        var originalName = globexDeal.Name;

        globexDeal.Rename("Hijacked");

        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
        await using var check = seeded.Sqlite.For(TenantScope.System(globexDeal.WorkspaceId));
        Assert.Equal(originalName, (await check.Deals.SingleAsync(d => d.Id == globexDeal.Id)).Name);
    }

    [Fact]
    public async Task Insert_IntoAnotherWorkspacesCircle_IsRefused()
    {
        var acme = await seeded.ScopeOfAsync("admin@dealdesk.demo");
        await using var db = seeded.Sqlite.For(acme);
        var globexCircle = await db.Circles.IgnoreQueryFilters().FirstAsync(c => c.WorkspaceId != acme.WorkspaceId);

        db.Add(new Contact(globexCircle.Id, "Mallory", "mallory@example.com", acme.UserId, DateTime.UtcNow));

        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Insert_IntoACircleTheMemberIsNotIn_IsRefused()
    {
        var rep = await seeded.ScopeOfAsync("rep@dealdesk.demo");
        var acme = await seeded.WorkspaceScopeAsync("Acme Sales");
        await using var all = seeded.Sqlite.For(acme);
        var repCircles = await all.CircleMemberships.Where(m => m.UserId == rep.UserId).Select(m => m.CircleId).ToListAsync();
        var otherCircle = await all.Circles.Where(c => !repCircles.Contains(c.Id)).Select(c => c.Id).FirstAsync();
        await using var db = seeded.Sqlite.For(rep);

        db.Add(new Kpi(otherCircle, "Sneaky KPI", 1, 10, KpiUnit.None, rep.UserId, DateTime.UtcNow));

        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
        Assert.False(await all.Kpis.AnyAsync(k => k.Name == "Sneaky KPI"));
    }

    [Fact]
    public async Task Insert_InOwnCircle_IsStampedWithTheWorkspace()
    {
        var rep = await seeded.ScopeOfAsync("rep@dealdesk.demo");
        await using var db = seeded.Sqlite.For(rep);
        var circle = await db.Circles.Select(c => c.Id).FirstAsync();
        var contact = new Contact(circle, "Dana Lee", $"dana.{Guid.NewGuid():N}@example.com", rep.UserId, DateTime.UtcNow);

        db.Add(contact);
        await db.SaveChangesAsync();

        Assert.Equal(rep.WorkspaceId, contact.WorkspaceId);
        Assert.NotEqual(default, contact.CreatedAt);
    }

    [Fact]
    public async Task Anonymous_CannotWrite()
    {
        await using var db = seeded.Sqlite.For(TenantScope.None);

        db.Add(new Circle("Intruders"));

        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
    }

    private static IEnumerable<List<ITenantOwned>> TenantOwnedSets(DealDeskDbContext db)
    {
        yield return db.Circles.ToList<ITenantOwned>();
        yield return db.CircleMemberships.ToList<ITenantOwned>();
        yield return db.Accounts.ToList<ITenantOwned>();
        yield return db.PipelineStages.ToList<ITenantOwned>();
        yield return db.Deals.ToList<ITenantOwned>();
        yield return db.DealStageHistory.ToList<ITenantOwned>();
        yield return db.Contacts.ToList<ITenantOwned>();
        yield return db.ContactNotes.ToList<ITenantOwned>();
        yield return db.Kpis.ToList<ITenantOwned>();
        yield return db.KpiHistory.ToList<ITenantOwned>();
    }
}
