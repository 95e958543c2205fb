using System.Data.Common;
using System.Diagnostics;
using Bogus;
using DealDesk.Core.Accounts;
using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Pipeline;
using DealDesk.Core.Workspaces;
using DealDesk.Data.Identity;
using DealDesk.Data.Intelligence.Health;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Bulk;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealDesk.Data.Seeding;

/// <summary>Fills an empty database with the demo workspaces "Acme Sales" and "Globex".</summary>
/// <remarks>Everything is written in one transaction, so an interrupted seed leaves an empty database that
/// the next start seeds again. Rows go in batches with change detection off, which keeps 100,000 deals
/// (and their stage histories) to seconds.</remarks>
public sealed class DemoDataSeeder(
    DealDeskDatabase database,
    IOptions<DemoSettings> settings,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    private const int BatchSize = 2_000;

    private static readonly AccountSize[] Sizes = [AccountSize.Smb, AccountSize.MidMarket, AccountSize.Enterprise];

    /// <summary>Seeds when the database holds no workspace yet.</summary>
    /// <returns><c>true</c> when demo data was written.</returns>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var probe = database.CreateContext(TenantScope.None);
        if (await probe.Workspaces.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return false;
        }

        var stopwatch = Stopwatch.StartNew();
        await probe.Database.OpenConnectionAsync(cancellationToken);
        var connection = probe.Database.GetDbConnection();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // A 256 MB page cache (for this connection only) keeps the growing indexes in memory while seeding.
            await probe.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144;", cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var passwordHash = new PasswordHasher<ApplicationUser>().HashPassword(null!, DemoSettings.Password);
        var options = settings.Value;
        foreach (var (plan, offset) in new[] { (DemoWorkspacePlan.Acme(options), 0), (DemoWorkspacePlan.Globex(options), 1) })
        {
            var faker = new Faker("en") { Random = new Randomizer(options.RandomSeed + offset) };
            await SeedWorkspaceAsync(plan, faker, passwordHash, connection, transaction, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await database.UpdateStatisticsAsync(full: true, cancellationToken);
        logger.LogInformation("Demo data seeded in {ElapsedMs} ms ({Deals} deals in Acme Sales)",
            stopwatch.ElapsedMilliseconds, options.Deals);
        return true;
    }

    private async Task SeedWorkspaceAsync(DemoWorkspacePlan plan, Faker faker, string passwordHash,
        DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var workspace = new Workspace(plan.Name, plan.Currency);
        await using var db = database.CreateContext(TenantScope.System(workspace.Id), connection);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var stages = DefaultPipeline.Create();
        var circles = plan.Circles.Select(name => new Circle(name)).ToList();
        var users = plan.People.Select(p => NewUser(p, workspace.Id, passwordHash)).ToList();
        var memberships = plan.People
            .SelectMany((person, i) => person.Memberships.Select(m => new CircleMembership(circles[m.Circle].Id, users[i].Id, m.Role)))
            .ToList();
        var accounts = CreateAccounts(faker, plan.Accounts);
        var circleIds = circles.Select(c => c.Id).ToArray();

        db.Add(workspace);
        db.AddRange(stages);
        db.AddRange(circles);
        db.AddRange(users);
        db.AddRange(memberships);
        db.AddRange(accounts);
        await db.SaveChangesAsync(cancellationToken);

        // Whoever is in a circle works its deals and contacts; a circle nobody is in falls to the admins.
        var workers = circles.ToDictionary(
            c => c.Id,
            c => memberships.Where(m => m.CircleId == c.Id).Select(m => m.UserId).DefaultIfEmpty(users[0].Id).ToArray());

        var deals = new DemoDealGenerator(faker, stages, plan.Currency, now);
        var mapOf = accounts.Select((a, i) => (a.Id, Roles: DemoStakeholderGenerator.RolesOnMap(i)))
            .ToDictionary(x => x.Id, x => x.Roles);
        var intelligence = new DemoIntelligenceGenerator(settings.Value.RandomSeed + plan.Name.Length, stages, now,
            accountId => mapOf.GetValueOrDefault(accountId));
        await SaveInBatchesAsync(db, plan.Deals, _ =>
        {
            var circle = faker.PickRandom(circleIds);
            var created = deals.Create(faker.PickRandom(accounts), circle, faker.PickRandom(workers[circle]));
            db.AddRange(intelligence.For(created.Deal));
            // Its timeline, tasks and notes go into the same batch, after it (the bulk writer orders by foreign key).
            db.AddRange(deals.TakeRowsAround());
            return created;
        }, cancellationToken);

        var contacts = new DemoContactGenerator(faker, accounts, now);
        var contactCircles = circles.Where(c => c.Name == plan.ContactsCircle).Select(c => c.Id).ToArray() is { Length: > 0 } one
            ? one
            : circleIds;
        await SaveInBatchesAsync(db, plan.Contacts, _ =>
        {
            var circle = faker.PickRandom(contactCircles);
            return contacts.Create(circle, faker.PickRandom(workers[circle]));
        }, cancellationToken);

        var kpis = new DemoKpiGenerator(faker, now);
        await SaveInBatchesAsync(db, plan.Kpis, i =>
        {
            var circle = circleIds[i % circleIds.Length];
            return kpis.Create(circle, workers[circle][0], plan.KpiHistoryDays);
        }, cancellationToken);
        // A KPI was last updated by its latest value, not when it was created a year ago.
        await db.Kpis.ExecuteUpdateAsync(set => set.SetProperty(k => k.UpdatedAt,
            k => db.KpiHistory.Where(h => h.KpiId == k.Id).Max(h => h.RecordedAt)), cancellationToken);

        var stakeholders = new DemoStakeholderGenerator(faker, now);
        db.AddRange(accounts.Take(DemoStakeholderGenerator.MaxAccounts).SelectMany(stakeholders.Create));
        await db.SaveChangesAsync(cancellationToken);
        await DemoPlanGenerator.SeedAsync(db, now, cancellationToken);
        await ScoreOpenDealsAsync(workspace.Id, connection, transaction, now, cancellationToken);
    }

    /// <summary>Scores every open deal as the health job will, now that its timeline, tasks, MEDDPICC and the
    /// account's political map are in: the first score a user sees is the one a recalculation gives.</summary>
    private async Task ScoreOpenDealsAsync(Guid workspaceId, DbConnection connection, DbTransaction transaction,
        DateTime now, CancellationToken cancellationToken)
    {
        Guid? after = null;
        while (true)
        {
            // A context per batch, on the seeding transaction, so tracked history rows do not pile up.
            await using var db = database.CreateContext(TenantScope.System(workspaceId), connection);
            await db.Database.UseTransactionAsync(transaction, cancellationToken);
            var ids = await HealthRecalculation.NextOpenBatchAsync(db, after, SystemHealthRecalculation.DefaultBatchSize,
                scoredBefore: null, cancellationToken);
            if (ids.Count == 0)
            {
                return;
            }

            await HealthRecalculation.RunAsync(db, ids, now, cancellationToken);
            after = ids[^1];
        }
    }

    /// <summary>Inserts <paramref name="count"/> generated rows, <see cref="BatchSize"/> at a time. Seeded rows
    /// keep the time they "happened" (first stage entry, first KPI value) as their creation time.</summary>
    private static async Task SaveInBatchesAsync<T>(DealDeskDbContext db, int count,
        Func<int, (T Entity, DateTime CreatedAt)> create, CancellationToken cancellationToken)
        where T : Entity, IAuditable
    {
        for (var start = 0; start < count; start += BatchSize)
        {
            for (var i = start; i < Math.Min(count, start + BatchSize); i++)
            {
                var (entity, createdAt) = create(i);
                db.Add(entity);
                db.Entry(entity).Property(nameof(IAuditable.CreatedAt)).CurrentValue = createdAt;
            }

            await db.InsertAddedInBulkAsync(cancellationToken);
        }
    }

    private static Account[] CreateAccounts(Faker faker, int count)
    {
        var names = new HashSet<string>();
        var accounts = new List<Account>(count);
        while (accounts.Count < count)
        {
            var name = faker.Company.CompanyName();
            if (!names.Add(Account.Normalize(name)))
            {
                continue;
            }

            accounts.Add(new Account(
                name,
                faker.Commerce.Department(),
                faker.PickRandom(Sizes),
                faker.PickRandom<Region>(),
                $"https://www.{new string(name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray())}.example",
                faker.PickRandom("1-50", "51-200", "201-1000", "1001-5000", "5000+")));
        }

        return [.. accounts];
    }

    private static ApplicationUser NewUser(DemoPerson person, Guid workspaceId, string passwordHash) =>
        NewUser(Guid.CreateVersion7(), person, workspaceId, passwordHash);

    private static ApplicationUser NewUser(Guid id, DemoPerson person, Guid workspaceId, string passwordHash) => new()
    {
        Id = id,
        UserName = ApplicationUser.UserNameFor(id),
        NormalizedUserName = ApplicationUser.UserNameFor(id).ToUpperInvariant(),
        Email = person.Email,
        NormalizedEmail = person.Email.ToUpperInvariant(),
        EmailConfirmed = true,
        PasswordHash = passwordHash,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        ConcurrencyStamp = Guid.NewGuid().ToString(),
        LockoutEnabled = true,
        DisplayName = person.DisplayName,
        WorkspaceId = workspaceId,
        IsWorkspaceAdmin = person.IsWorkspaceAdmin,
    };
}
