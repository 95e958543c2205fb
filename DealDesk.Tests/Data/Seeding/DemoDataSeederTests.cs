using DealDesk.Core.Contacts;
using DealDesk.Core.Kpis;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Identity;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DealDesk.Tests.Data.Seeding;

public sealed class DemoDataSeederTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Seed_CreatesTheConfiguredVolumesInAcme()
    {
        var acme = await seeded.WorkspaceScopeAsync("Acme Sales");
        await using var db = seeded.Sqlite.For(acme);
        var demo = SeededDatabase.SmallDemo;

        Assert.Equal(3, await db.Circles.CountAsync());
        Assert.Equal(demo.Accounts, await db.Accounts.CountAsync());
        Assert.Equal(demo.Deals, await db.Deals.CountAsync());
        Assert.Equal(demo.Contacts, await db.Contacts.CountAsync());
        Assert.Equal(demo.Kpis, await db.Kpis.CountAsync());
        Assert.Equal(demo.Kpis * (demo.KpiHistoryDays + 1), await db.KpiHistory.CountAsync());
        Assert.Equal(8, await db.PipelineStages.CountAsync());
    }

    [Fact]
    public async Task Seed_CountKpisHoldWholeNumbers_AndTimesToRespondAreLowerIsBetter()
    {
        var acme = await seeded.WorkspaceScopeAsync("Acme Sales");
        await using var db = seeded.Sqlite.For(acme);
        var kpis = await db.Kpis.ToListAsync();
        var counts = kpis.Where(k => k.Unit == DealDesk.Core.Kpis.KpiUnit.None).Select(k => k.Id).ToList();
        var countValues = await db.KpiHistory.Where(h => counts.Contains(h.KpiId)).Select(h => h.Value).ToListAsync();

        Assert.NotEmpty(countValues);
        Assert.All(countValues, v => Assert.Equal(decimal.Truncate(v), v));
        Assert.All(kpis.Where(k => k.Name == "First response time"),
            k => Assert.Equal(DealDesk.Core.Kpis.KpiDirection.LowerIsBetter, k.Direction));
    }

    [Fact]
    public async Task Seed_EveryContactsStatusAgreesWithItsFunnelStage()
    {
        var acme = await seeded.WorkspaceScopeAsync("Acme Sales");
        await using var db = seeded.Sqlite.For(acme);
        var contacts = await db.Contacts.Select(c => new { c.Status, c.FunnelStage }).ToListAsync();

        Assert.NotEmpty(contacts);
        Assert.All(contacts, c => Assert.True(DealDesk.Core.Contacts.ContactFunnelRules.Allows(c.Status, c.FunnelStage),
            $"{c.Status} in {c.FunnelStage}"));
    }

    [Fact]
    public async Task Seed_SpreadsDealsOverEveryStageWithConsistentHistory()
    {
        var acme = await seeded.WorkspaceScopeAsync("Acme Sales");
        await using var db = seeded.Sqlite.For(acme);
        var stages = await db.PipelineStages.ToDictionaryAsync(s => s.Id);
        var deals = await db.Deals.Include(d => d.StageHistory).ToListAsync();

        Assert.Equal(stages.Keys.Order(), deals.Select(d => d.StageId).Distinct().Order());
        Assert.All(deals, deal =>
        {
            var history = deal.StageHistory.OrderBy(h => h.MovedAt).ToList();
            Assert.Equal(deal.StageId, history[^1].ToStageId);
            Assert.Equal(stages[deal.StageId].Kind == StageKind.Won, deal.WonAt is not null);
            Assert.Equal(stages[deal.StageId].Kind == StageKind.Lost, deal.LostAt is not null && deal.LostReason is not null);
            Assert.Equal(history[0].MovedAt, deal.CreatedAt);
            Assert.InRange(deal.Value, 1_000m, 1_000_000m);
        });
    }

    [Fact]
    public async Task Seed_CreatesDemoSignInsWithTheDocumentedPassword()
    {
        await using var db = seeded.Sqlite.For(TenantScope.None);
        var hasher = new PasswordHasher<global::DealDesk.Data.Identity.ApplicationUser>();

        foreach (var email in new[] { "admin@dealdesk.demo", "moderator@dealdesk.demo", "rep@dealdesk.demo", "admin@globex.demo" })
        {
            var user = await db.Users.SingleAsync(u => u.NormalizedEmail == email.ToUpperInvariant());
            Assert.NotEqual(PasswordVerificationResult.Failed,
                hasher.VerifyHashedPassword(user, user.PasswordHash!, DemoSettings.Password));
        }
    }

    [Fact]
    public async Task Seed_IsDeterministicForTheSameRandomSeed()
    {
        await using var second = await SqliteTestDatabase.CreateAsync();
        await new DemoDataSeeder(second.Database, Options.Create(SeededDatabase.SmallDemo), TimeProvider.System,
            NullLogger<DemoDataSeeder>.Instance).SeedIfEmptyAsync();
        var acmeFirst = await seeded.WorkspaceScopeAsync("Acme Sales");
        await using var first = seeded.Sqlite.For(acmeFirst);
        await using var probe = second.For(TenantScope.None);
        var acmeSecond = await probe.Workspaces.IgnoreQueryFilters().Where(w => w.Name == "Acme Sales").Select(w => w.Id).SingleAsync();
        await using var other = second.For(TenantScope.System(acmeSecond));

        Assert.Equal(
            await first.Accounts.OrderBy(a => a.Name).Select(a => a.Name).ToListAsync(),
            await other.Accounts.OrderBy(a => a.Name).Select(a => a.Name).ToListAsync());
        Assert.Equal(
            await first.Deals.SumAsync(d => d.Value),
            await other.Deals.SumAsync(d => d.Value));
    }

    [Fact]
    public async Task Seed_WithAContactsCircle_PutsEveryAcmeContactInIt()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var settings = new DemoSettings
        {
            Seed = true, Accounts = 5, Deals = 10, Contacts = 60, ContactsCircle = "Growth Team", Kpis = 1,
            KpiHistoryDays = 1,
        };
        await new DemoDataSeeder(database.Database, Options.Create(settings), TimeProvider.System,
            NullLogger<DemoDataSeeder>.Instance).SeedIfEmptyAsync();
        await using var probe = database.For(TenantScope.None);
        var acme = await probe.Workspaces.IgnoreQueryFilters().Where(w => w.Name == "Acme Sales").Select(w => w.Id)
            .SingleAsync();
        await using var db = database.For(TenantScope.System(acme));

        var growth = await db.Circles.Where(c => c.Name == "Growth Team").Select(c => c.Id).SingleAsync();

        Assert.Equal([growth], await db.Contacts.Select(c => c.CircleId).Distinct().ToListAsync());
        Assert.Equal(60, await db.Contacts.CountAsync());
    }

    [Fact]
    public async Task SeedIfEmpty_OnASeededDatabase_DoesNothing()
    {
        var seeder = new DemoDataSeeder(seeded.Sqlite.Database, Options.Create(SeededDatabase.SmallDemo),
            TimeProvider.System, NullLogger<DemoDataSeeder>.Instance);

        Assert.False(await seeder.SeedIfEmptyAsync());
    }
}
