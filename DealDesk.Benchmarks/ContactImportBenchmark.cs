using DealDesk.Tests.Support;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CsvHelper;
using DealDesk.Core.Circles;
using DealDesk.Core.Contacts;
using DealDesk.Core.Contacts.Import;
using DealDesk.Data;
using DealDesk.Data.Circles;
using DealDesk.Data.Contacts.Import;
using DealDesk.Data.Intelligence.Stakeholders;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DealDesk.Benchmarks;

/// <summary>The CSV import of 100,000 new contacts into an empty circle (<see cref="ContactImporter"/>: permission
/// check, the circle's emails, every row validated, batches of <see cref="ContactImportLimits.BatchSize"/> committed
/// with prepared INSERTs through EF Core's stamping and tenant checks) against a raw batched insert of the same file:
/// CsvHelper reading the same rows and one prepared ADO.NET INSERT per row, a transaction per batch of the same size,
/// with no validation, duplicate check or EF Core. Rows/s = 100,000 / Mean.</summary>
/// <remarks>Its own small database file (the demo sign-ins and one extra circle the demo moderator moderates); each
/// iteration starts from that circle emptied. <c>-- --import-once</c> runs each side once and prints rows/s.</remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ContactImportBenchmark
{
    /// <summary>Rows in the file.</summary>
    public const int Rows = 100_000;

    private const string RawInsert = """
        INSERT INTO contacts (Id, WorkspaceId, CircleId, Name, Email, NormalizedEmail, Phone, Company, Status, FunnelStage,
                              LatestNote, LastContactAt, CreatedBy, CreatedAt, UpdatedAt, Version)
        VALUES ($id, $workspace, $circle, $name, $email, $normalized, $phone, $company, $status, $stage,
                NULL, $now, $by, $now, $now, $version)
        """;

    private static readonly string[] Statuses = ["lead", "prospect", "customer", "partner"];
    private static readonly string[] Stages = ["needs_outreach", "contacted", "meeting_set", "proposal_sent", "negotiation"];

    private DealDeskDatabase _database = null!;
    private TenantScope _moderator = null!;
    private Guid _circleId;
    private string _csvPath = "";
    private string _rejectedPath = "";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"dealdesk-bench-import-v{BenchmarkDatabase.DataVersion}");
        Directory.CreateDirectory(folder);
        _database = await BenchmarkDatabase.OpenAsync(Path.Combine(folder, "dealdesk.db"),
            new DemoSettings { Seed = true, Accounts = 10, Deals = 50, Contacts = 20, Kpis = 1, KpiHistoryDays = 1 },
            "an empty circle to import into",
            async database =>
            {
                var moderator = await database.ScopeOfUserAsync("moderator@dealdesk.demo");
                await using var db = database.CreateContext(TenantScope.System(moderator.WorkspaceId));
                var circle = new Circle("Import benchmark");
                db.Circles.Add(circle);
                db.CircleMemberships.Add(new CircleMembership(circle.Id, moderator.UserId!.Value, CircleRole.Moderator));
                await db.SaveChangesAsync();
            });

        _moderator = await _database.ScopeOfUserAsync("moderator@dealdesk.demo");
        await using (var db = _database.CreateContext(TenantScope.System(_moderator.WorkspaceId)))
        {
            _circleId = await db.Circles.Where(c => c.Name == "Import benchmark").Select(c => c.Id).SingleAsync();
        }

        _csvPath = Path.Combine(folder, "contacts-100000.csv");
        _rejectedPath = Path.Combine(folder, "rejected.csv");
        if (!File.Exists(_csvPath))
        {
            await WriteCsvAsync(_csvPath);
        }
    }

    [IterationSetup]
    public void EmptyTheCircle()
    {
        using var db = _database.CreateContext(TenantScope.None);
        db.Database.ExecuteSqlRaw("DELETE FROM contacts WHERE CircleId = {0}", _circleId);
    }

    [Benchmark(Baseline = true, Description = "Raw batched INSERT of the same CSV rows (ADO.NET, no checks)")]
    public async Task<int> RawBatchedInsert()
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var csv = CsvReader.FromFile(_csvPath);
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        var written = 0;
        while (true)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = RawInsert;
            var p = new[] { "$id", "$workspace", "$circle", "$name", "$email", "$normalized", "$phone", "$company", "$status",
                "$stage", "$now", "$by", "$version" }.Select(n => command.Parameters.Add(n, SqliteType.Text)).ToArray();
            p[1].Value = _moderator.WorkspaceId.ToString().ToUpperInvariant();
            p[2].Value = _circleId.ToString().ToUpperInvariant();
            p[10].Value = now;
            p[11].Value = _moderator.UserId!.Value.ToString().ToUpperInvariant();
            p[12].SqliteType = SqliteType.Blob;
            await command.PrepareAsync();
            var inBatch = 0;
            while (inBatch < ContactImportLimits.BatchSize && await csv.ReadAsync())
            {
                var email = csv.GetString(1);
                p[0].Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
                p[3].Value = csv.GetString(0);
                p[4].Value = email;
                p[5].Value = Contact.NormalizeEmail(email);
                p[6].Value = csv.GetString(2);
                p[7].Value = csv.GetString(3);
                p[8].Value = Array.IndexOf(Statuses, csv.GetString(4));
                p[9].Value = Array.IndexOf(Stages, csv.GetString(5));
                p[12].Value = Guid.NewGuid().ToByteArray();
                written += await command.ExecuteNonQueryAsync();
                inBatch++;
            }

            await transaction.CommitAsync();
            if (inBatch < ContactImportLimits.BatchSize)
            {
                return Check(written);
            }
        }
    }

    [Benchmark(Description = "CSV import (validated, duplicate-checked, EF Core stamping, batches)")]
    public async Task<long> Import()
    {
        var contexts = new FixedScopeContextFactory(_database, _moderator);
        var access = new CircleAccess(contexts, new BenchmarkUser(_moderator), NullLogger<CircleAccess>.Instance);
        var importer = new ContactImporter(contexts, access, TimeProvider.System, _moderator.UserId);
        var options = new ContactImportOptions(_circleId, ContactImportMode.ValidRowsAndReport, DuplicateHandling.Skip,
            ContactColumnMapping.Propose(["name", "email", "phone", "company", "status", "funnel stage"]));
        var outcome = await importer.ImportAsync(Guid.NewGuid(), _csvPath, _rejectedPath, options, null, CancellationToken.None);
        return outcome.State == ContactImportState.Completed ? Check((int)outcome.Imported) : throw new InvalidOperationException(outcome.Message);
    }

    /// <summary>Runs each side once on an empty circle and prints rows per second (a first look, not a benchmark).</summary>
    public static async Task MeasureOnceAsync()
    {
        var bench = new ContactImportBenchmark();
        await bench.SetUpAsync();
        foreach (var (name, run) in new (string, Func<Task>)[] { ("raw insert", bench.RawBatchedInsert), ("import", bench.Import) })
        {
            bench.EmptyTheCircle();
            var clock = Stopwatch.StartNew();
            await run();
            Console.WriteLine($"{name}: {Rows:N0} rows in {clock.Elapsed.TotalSeconds:F2} s = {Rows / clock.Elapsed.TotalSeconds:N0} rows/s");

        }
    }

    /// <summary>Row <paramref name="i"/>'s status, agreeing with its funnel stage as every imported row must
    /// (<see cref="ContactFunnelRules"/>): a lead in Proposal sent or Negotiation is written as a prospect, so that both
    /// sides insert all the rows and the import rejects none.</summary>
    private static string StatusFor(int i)
    {
        var stage = (FunnelStage)(i % Stages.Length);
        var status = (ContactStatus)(i % Statuses.Length);
        return Statuses[(int)ContactFunnelRules.StatusAt(status, stage)];
    }

    private static int Check(int written) =>
        written == Rows ? written : throw new InvalidOperationException($"Wrote {written:N0} rows instead of {Rows:N0}.");

    private static async Task WriteCsvAsync(string path)
    {
        var random = new Random(5);
        var text = new StringBuilder("name,email,phone,company,status,funnel stage\n");
        for (var i = 0; i < Rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Person {i:D6} Example,person{i}@bench{i % 97}.example,+1 555 {random.Next(1000, 9999)},Company {i % 500},")
                .Append(StatusFor(i)).Append(',').Append(Stages[i % Stages.Length]).Append('\n');
        }

        await File.WriteAllTextAsync(path, text.ToString());
    }

    private sealed class BenchmarkUser(TenantScope scope) : DealDesk.Core.Common.ICurrentUser
    {
        public Guid? UserId { get; } = scope.UserId;

        public Guid? WorkspaceId { get; } = scope.WorkspaceId;

        public bool IsWorkspaceAdmin { get; } = scope.SeesAllCircles;
    }
}
