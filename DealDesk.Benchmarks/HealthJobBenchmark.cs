using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DealDesk.Data;
using DealDesk.Core.Deals;
using DealDesk.Data.Intelligence.Health;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DealDesk.Benchmarks;

/// <summary>The daily health pass over 100,000 open deals: <see cref="SystemHealthRecalculation.RecalculateAllOpenAsync"/> in
/// batches of 1,000 (read the facts, calculate, write history and the deal columns), against the bare reads of the
/// same facts by one hand-written SQL statement per batch, without calculating or writing.</summary>
/// <remarks>Runs on a private copy of the demo data (its own file, seeded once, every deal reopened so that
/// 100,000 are open), so the pass's writes never grow the shared benchmark database; each iteration starts from
/// deals without health and an empty history.</remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class HealthJobBenchmark
{
    private const int Deals = 100_000;
    private const int BatchSize = SystemHealthRecalculation.DefaultBatchSize;

    private const string RawFacts = """
        SELECT d.Id, d.AccountId, d.StageEnteredAt, s.Name, s.RottingDays, d.ExpectedCloseDate, d.CloseDatePushCount,
               d.HealthScore, d.HealthTrend,
               (SELECT MAX(a.OccurredAt) FROM activities AS a WHERE a.DealId = d.Id AND a.Kind <> 10),
               (SELECT COUNT(*) FROM deal_qualifications AS q WHERE q.DealId = d.Id AND q.Status = 2),
               (SELECT COUNT(*) FROM deal_qualifications AS q WHERE q.DealId = d.Id AND q.Status = 1),
               (SELECT COUNT(*) FROM stakeholders AS p WHERE p.AccountId = d.AccountId AND (p.Roles & 4) = 4),
               (SELECT COUNT(*) FROM stakeholders AS p WHERE p.AccountId = d.AccountId AND (p.Roles & 1) = 1),
               (SELECT COUNT(*) FROM stakeholders AS p WHERE p.AccountId = d.AccountId
                    AND (p.RelationshipStrength_Value >= 5 OR p.LastInteractionAt >= $since)),
               (SELECT COUNT(*) FROM deal_tasks AS t WHERE t.DealId = d.Id AND t.CompletedAt IS NULL AND t.DueOn < $today)
        FROM deals AS d
        JOIN pipeline_stages AS s ON s.Id = d.StageId
        WHERE d.WorkspaceId = $workspace AND d.WonAt IS NULL AND d.LostAt IS NULL AND d.Id > $after
        ORDER BY d.Id
        LIMIT $take
        """;

    private DealDeskDatabase _database = null!;
    private SystemHealthRecalculation _job = null!;
    private List<Guid> _workspaces = [];

    /// <summary>Open deals the pass covers (both workspaces).</summary>
    public int OpenDeals { get; private set; }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _database = await BenchmarkDatabase.OpenAsync($"dealdesk-bench-health-{Deals}-v{BenchmarkDatabase.DataVersion}.db",
            new DemoSettings { Seed = true, Deals = Deals, Contacts = 400, Kpis = 1, KpiHistoryDays = 1 },
            $"{Deals:N0} deals, all reopened",
            async database =>
            {
                await using var db = database.CreateContext(TenantScope.None);
                // The pass only reads WonAt/LostAt to tell open deals: reopening them all gives 100,000 to score.
                await db.Database.ExecuteSqlRawAsync("UPDATE deals SET WonAt = NULL, LostAt = NULL, LostReason = NULL");
            });

        await using (var db = _database.CreateContext(TenantScope.None))
        {
            _workspaces = await db.Workspaces.IgnoreQueryFilters().Select(w => w.Id).OrderBy(id => id).ToListAsync();
            OpenDeals = await db.Deals.IgnoreQueryFilters().CountAsync(d => d.WonAt == null && d.LostAt == null);
        }

        Console.WriteLine($"// {OpenDeals:N0} open deals");
        _job = new SystemHealthRecalculation(_database, TimeProvider.System,
            new UnheardChangeFeed(), NullLogger<SystemHealthRecalculation>.Instance);
    }

    /// <summary>Prints the process's peak working set: each benchmark runs in a process of its own, so this is
    /// the most memory the pass (or the bare reads) ever held, which stays flat when the pass streams.</summary>
    [GlobalCleanup]
    public void ReportPeakMemory()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        Console.WriteLine($"// Peak working set: {process.PeakWorkingSet64 / (1024 * 1024):N0} MB");
    }

    [IterationSetup]
    public void ResetHealth()
    {
        using var db = _database.CreateContext(TenantScope.None);
        db.Database.ExecuteSqlRaw("DELETE FROM deal_health_history");
        db.Database.ExecuteSqlRaw("DELETE FROM activities WHERE Kind = 10");
        db.Database.ExecuteSqlRaw("UPDATE deals SET HealthScore = NULL, HealthTrend = 0, HealthCalculatedAt = NULL");
    }

    [Benchmark(Baseline = true, Description = "Read the facts, raw SQL per batch, no writes")]
    public async Task<int> ReadFactsRaw()
    {
        var now = DateTime.UtcNow;
        var read = 0;
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        foreach (var workspace in _workspaces)
        {
            var after = "";
            while (true)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = RawFacts;
                command.Parameters.AddWithValue("$workspace", workspace.ToString().ToUpperInvariant());
                command.Parameters.AddWithValue("$after", after);
                command.Parameters.AddWithValue("$take", BatchSize);
                command.Parameters.AddWithValue("$since", now.AddDays(-30).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF"));
                command.Parameters.AddWithValue("$today", DateOnly.FromDateTime(now).ToString("yyyy-MM-dd"));
                var inBatch = 0;
                await using (var reader = await command.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                    {
                        after = reader.GetString(0);
                        inBatch++;
                    }
                }

                read += inBatch;
                if (inBatch < BatchSize)
                {
                    break;
                }
            }
        }

        return read;
    }

    [Benchmark(Description = "SystemHealthRecalculation.RecalculateAllOpenAsync, batches of 1,000")]
    public Task<int> RecalculateAllOpen() => _job.RecalculateAllOpenAsync(BatchSize);
}
