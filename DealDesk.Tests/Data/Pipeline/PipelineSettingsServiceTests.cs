using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Data;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Pipeline;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Data.Pipeline;

/// <summary>Shaping the pipeline: only workspace admins may, every change keeps the stages grouped (open, won, lost)
/// and numbered 0..n-1, and a stage that deals are in or went through stays.</summary>
public sealed class PipelineSettingsServiceTests : IAsyncLifetime
{
    private SqliteTestDatabase _db = null!;
    private TenantScope _admin = null!;

    public async ValueTask InitializeAsync()
    {
        // Every test changes the pipeline, so each gets its own database.
        _db = await FreshDemoDatabase.CreateAsync();
        _admin = await _db.Database.ScopeOfUserAsync("admin@dealdesk.demo");
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task List_ShowsStagesInOrder_WithDealCountsOfEveryCircle_EvenForARep()
    {
        var rep = await _db.Database.ScopeOfUserAsync("rep@dealdesk.demo");
        await using var raw = _db.For(TenantScope.System(rep.WorkspaceId));
        var deals = await raw.Deals.Select(d => d.StageId).ToListAsync();
        var stages = await raw.PipelineStages.OrderBy(s => s.Order).ToListAsync();
        await using var asRep = _db.For(rep);
        Assert.True(await asRep.Deals.CountAsync() < deals.Count, "the rep cannot see every circle's deals");

        var listed = await Service(rep).ListAsync();

        Assert.Equal(stages.Select(s => (s.Id, s.Name, s.Kind, s.DefaultProbability, s.RottingDays)),
            listed.Select(s => (s.Id, s.Name, s.Kind, s.DefaultProbability, s.RottingDays)));
        Assert.Equal(stages.Select(s => deals.Count(d => d == s.Id)), listed.Select(s => s.DealCount));
    }

    [Fact]
    public async Task NonAdmin_IsForbiddenEveryChange_AndNothingChanges()
    {
        var rep = Service(await _db.Database.ScopeOfUserAsync("rep@dealdesk.demo"));
        var before = await rep.ListAsync();
        var first = before[0];

        var results = new Result[]
        {
            await rep.AddAsync(new StageDraft { Name = "Sneaky" }),
            await rep.UpdateAsync(first.Id, new StageDraft { Name = "Renamed", DefaultProbability = 5 }),
            await rep.ReorderAsync(before.Select(s => s.Id).Reverse().ToList()),
            await rep.DeleteAsync(before[^1].Id),
        };

        Assert.All(results, r => Assert.Equal((ResultStatus.Forbidden, StageMessages.AdminsOnly), (r.Status, r.Message)));
        // Equivalent: the rows, versions included, compared by value (a record compares its version array by reference).
        Assert.Equivalent(before, await rep.ListAsync(), strict: true);
    }

    [Fact]
    public async Task Add_PutsEachStageAtTheEndOfItsKindGroup_AndRenumbersFromZero()
    {
        var service = Service(_admin);
        var names = (await service.ListAsync()).Select(s => s.Name).ToList();

        var open = await service.AddAsync(new StageDraft { Name = " Demo booked ", DefaultProbability = 50, RottingDays = 10 });
        var won = await service.AddAsync(new StageDraft { Name = "Renewed", Kind = StageKind.Won, DefaultProbability = 40 });
        var lost = await service.AddAsync(new StageDraft { Name = "Disqualified", Kind = StageKind.Lost, DefaultProbability = 30 });

        Assert.All(new Result[] { open, won, lost }, r => Assert.True(r.Succeeded, string.Join("; ", r.AllMessages())));
        var after = await service.ListAsync();
        var expected = names.ToList();
        expected.Insert(expected.IndexOf("Won"), "Demo booked");
        expected.Insert(expected.IndexOf("Lost"), "Renewed");
        expected.Add("Disqualified");
        Assert.Equal(expected, after.Select(s => s.Name));
        Assert.Equal(Enumerable.Range(0, after.Count), after.Select(s => s.Order));
        Assert.Equal((StageKind.Open, 50, (int?)10, 0), Pick(after, "Demo booked"));
        Assert.Equal((StageKind.Won, 100, (int?)null, 0), Pick(after, "Renewed"));
        Assert.Equal((StageKind.Lost, 0, (int?)null, 0), Pick(after, "Disqualified"));
    }

    [Fact]
    public async Task AddAndRename_ToANameTakenIgnoringCase_AreRefusedOnName_AndWriteNothing()
    {
        var service = Service(_admin);
        var before = await service.ListAsync();
        var contacted = before.Single(s => s.Name == "Contacted");

        var added = await service.AddAsync(new StageDraft { Name = "  proposal " });
        var renamed = await service.UpdateAsync(contacted.Id, new StageDraft { Name = "QUALIFIED", DefaultProbability = 20, Version = contacted.Version });

        Assert.Equal([StageMessages.NameTaken("Proposal")], added.FieldErrors[nameof(StageDraft.Name)]);
        Assert.Equal([StageMessages.NameTaken("Qualified")], renamed.FieldErrors[nameof(StageDraft.Name)]);
        Assert.Equivalent(before, await service.ListAsync(), strict: true);
    }

    [Fact]
    public async Task Update_RenamesAndSetsProbabilityAndRotting_ButNotTheKind()
    {
        var service = Service(_admin);
        var stages = await service.ListAsync();
        var contacted = stages.Single(s => s.Name == "Contacted");
        var won = stages.Single(s => s.Name == "Won");

        var renamed = await service.UpdateAsync(contacted.Id,
            new StageDraft
            {
                Name = "contacted", Kind = StageKind.Lost, DefaultProbability = 25, RottingDays = null,
                Version = contacted.Version,
            });
        var closed = await service.UpdateAsync(won.Id,
            new StageDraft
            {
                Name = "Closed won", Kind = StageKind.Open, DefaultProbability = 50, RottingDays = 7, Version = won.Version,
            });

        Assert.True(renamed.Succeeded && closed.Succeeded, string.Join("; ", renamed.AllMessages().Concat(closed.AllMessages())));
        var after = await service.ListAsync();
        Assert.Equal((StageKind.Open, 25, (int?)null, contacted.DealCount), Pick(after, "contacted"));
        Assert.Equal((StageKind.Won, 100, (int?)7, won.DealCount), Pick(after, "Closed won"));
        Assert.Equal(stages.Select(s => s.Id), after.Select(s => s.Id));
    }

    [Theory]
    [InlineData("probability", nameof(StageDraft.DefaultProbability))]
    [InlineData("rotting", nameof(StageDraft.RottingDays))]
    [InlineData("name", nameof(StageDraft.Name))]
    public async Task Update_WithInvalidField_ReportsThatField(string breakage, string field)
    {
        var service = Service(_admin);
        var before = await service.ListAsync();
        var draft = new StageDraft { Name = "Fine", DefaultProbability = 10 };
        _ = breakage switch
        {
            "probability" => (draft.DefaultProbability = 101).ToString(),
            "rotting" => (draft.RottingDays = 0).ToString(),
            _ => draft.Name = " ",
        };

        var result = await service.UpdateAsync(before[0].Id, draft);

        Assert.Equal([field], result.FieldErrors.Keys);
        Assert.Equivalent(before, await service.ListAsync(), strict: true);
    }

    [Fact]
    public async Task Reorder_WithEveryStageOnce_RenumbersInThatOrder()
    {
        var service = Service(_admin);
        var stages = await service.ListAsync();
        var open = stages.Where(s => s.Kind == StageKind.Open).Select(s => s.Id).Reverse();
        var wanted = open.Concat(stages.Where(s => s.Kind != StageKind.Open).Select(s => s.Id)).ToList();

        var result = await service.ReorderAsync(wanted);

        Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
        var after = await service.ListAsync();
        Assert.Equal(wanted, after.Select(s => s.Id));
        Assert.Equal(Enumerable.Range(0, after.Count), after.Select(s => s.Order));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("duplicate")]
    [InlineData("extra")]
    [InlineData("globex")]
    [InlineData("won-first")]
    public async Task Reorder_ThatDoesNotNameEveryStageOnceInKindOrder_IsRefused(string breakage)
    {
        var service = Service(_admin);
        var before = await service.ListAsync();
        await using var globex = _db.For(await _db.Database.ScopeOfUserAsync("admin@globex.demo"));
        var globexStage = await globex.PipelineStages.Select(s => s.Id).FirstAsync();
        var ids = before.Select(s => s.Id).ToList();
        List<Guid> wanted = breakage switch
        {
            "missing" => [.. ids.Skip(1)],
            "duplicate" => [.. ids.Skip(1), ids[2]],
            "extra" => [.. ids, Guid.NewGuid()],
            "globex" => [.. ids.Skip(1), globexStage],
            _ => [.. ids.Skip(ids.Count - 2), .. ids.Take(ids.Count - 2)],
        };

        var result = await service.ReorderAsync(wanted);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal(breakage == "won-first" ? StageMessages.KindsOutOfOrder : StageMessages.ReorderMismatch, result.Message);
        Assert.Equivalent(before, await service.ListAsync(), strict: true);
    }

    [Fact]
    public async Task Delete_AStageHoldingDeals_IsRefusedWithTheCountOfEveryCircle()
    {
        var service = Service(_admin);
        await using var raw = _db.For(TenantScope.System(_admin.WorkspaceId));
        var busiest = await raw.Deals.GroupBy(d => d.StageId)
            .Select(g => new { StageId = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count)
            .FirstAsync();
        var circles = await raw.Deals.Where(d => d.StageId == busiest.StageId).Select(d => d.CircleId).Distinct().CountAsync();
        Assert.True(circles > 1, "the busiest stage holds deals of several circles");
        var kind = await raw.PipelineStages.Where(s => s.Id == busiest.StageId).Select(s => s.Kind).SingleAsync();
        if (kind != StageKind.Open)
        {
            // So that the refusal is about the deals, not about the last stage of a kind.
            Assert.True((await service.AddAsync(new StageDraft { Name = "Spare", Kind = kind })).Succeeded);
        }

        var before = await service.ListAsync();

        var result = await service.DeleteAsync(busiest.StageId);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal($"Move its {busiest.Count} deals to another stage first.", result.Message);
        Assert.Equivalent(before, await service.ListAsync(), strict: true);
    }

    [Fact]
    public async Task Delete_AnEmptyStage_RemovesIt_AndRenumbers()
    {
        var service = Service(_admin);
        var before = await service.ListAsync();
        var added = await service.AddAsync(new StageDraft { Name = "Short-lived" });

        var result = await service.DeleteAsync(added.Value);

        Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
        var after = await service.ListAsync();
        Assert.Equal(before.Select(s => s.Id), after.Select(s => s.Id));
        Assert.Equal(Enumerable.Range(0, after.Count), after.Select(s => s.Order));
    }

    [Fact]
    public async Task Delete_AStageDealsHavePassedThrough_ArchivesIt_AndTheirHistoryStillNamesIt()
    {
        var service = Service(_admin);
        var added = await service.AddAsync(new StageDraft { Name = "Waypoint" });
        Guid dealId;
        await using (var db = _db.For(_admin))
        {
            var stages = await db.PipelineStages.ToListAsync();
            var deal = await db.Deals.Include(d => d.StageHistory).FirstAsync(d => d.WonAt == null && d.LostAt == null);
            dealId = deal.Id;
            var home = deal.StageId;
            deal.MoveTo(stages.Single(s => s.Id == added.Value), _admin.UserId, DateTime.UtcNow, null);
            deal.MoveTo(stages.Single(s => s.Id == home), _admin.UserId, DateTime.UtcNow, null);
            await db.SaveChangesAsync();
        }

        var result = await service.DeleteAsync(added.Value);

        Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
        var after = await service.ListAsync();
        Assert.DoesNotContain(after, s => s.Id == added.Value);
        Assert.Equal(Enumerable.Range(0, after.Count), after.Select(s => s.Order));
        await using var check = _db.For(_admin);
        Assert.Equal(2, await check.DealStageHistory.CountAsync(h => h.DealId == dealId
            && (h.ToStageId == added.Value || h.FromStageId == added.Value)));
        var archived = await check.PipelineStages.IgnoreQueryFilters([DealDeskDbContext.ArchivedStageFilter])
            .SingleAsync(s => s.Id == added.Value);
        Assert.NotNull(archived.ArchivedAt);
        Assert.Equal("Waypoint", archived.Name);
    }

    [Fact]
    public async Task Delete_AnArchivedStagesName_CanBeUsedAgain()
    {
        var service = Service(_admin);
        var first = await service.AddAsync(new StageDraft { Name = "Pilot" });
        Assert.True((await service.DeleteAsync(first.Value)).Succeeded);

        var again = await service.AddAsync(new StageDraft { Name = "pilot" });

        Assert.True(again.Succeeded, string.Join("; ", again.AllMessages()));
    }

    [Fact]
    public async Task Delete_WhenADealEntersTheStageMeanwhile_IsRefusedWithTheCount()
    {
        var added = await Service(_admin).AddAsync(new StageDraft { Name = "Crowded" });
        // Another user's save of a new deal in the stage commits after the check and before the delete.
        var racing = new RacingContextFactory(_db.Database, _admin, () =>
        {
            using var other = _db.For(_admin);
            var stage = other.PipelineStages.Single(s => s.Id == added.Value);
            var template = other.Deals.First();
            other.Deals.Add(new Deal("Late arrival", template.AccountId, template.CircleId, stage, _admin.UserId,
                DateTime.UtcNow, 1_000m));
            other.SaveChanges();
        });
        var service = new PipelineSettingsService(racing, new TestCurrentUser(_admin), TimeProvider.System,
            NullLogger<PipelineSettingsService>.Instance);

        var result = await service.DeleteAsync(added.Value);

        Assert.True(racing.Raced, "the competing save ran between the check and the delete");
        Assert.Equal((ResultStatus.Invalid, "Move its 1 deal to another stage first."), (result.Status, result.Message));
        Assert.Contains(await Service(_admin).ListAsync(), s => s.Id == added.Value && s.DealCount == 1);
    }

    [Theory]
    [InlineData(StageKind.Won)]
    [InlineData(StageKind.Lost)]
    public async Task Delete_TheLastStageOfAKind_IsRefused_UntilAnotherExists(StageKind kind)
    {
        var service = Service(_admin);
        var only = (await service.ListAsync()).Single(s => s.Kind == kind);

        var refused = await service.DeleteAsync(only.Id);
        var spare = await service.AddAsync(new StageDraft { Name = "Spare", Kind = kind });
        var spareDeleted = await service.DeleteAsync(spare.Value);

        Assert.Equal(ResultStatus.Invalid, refused.Status);
        Assert.Equal($"The pipeline needs at least one {kind.ToString().ToLowerInvariant()} stage.", refused.Message);
        Assert.True(spareDeleted.Succeeded, string.Join("; ", spareDeleted.AllMessages()));
    }

    [Fact]
    public async Task AcmeAdmin_CannotTouchGlobexStages()
    {
        var globexScope = await _db.Database.ScopeOfUserAsync("admin@globex.demo");
        var globex = Service(globexScope);
        var globexBefore = await globex.ListAsync();
        var acme = Service(_admin);
        var target = globexBefore[0].Id;

        var updated = await acme.UpdateAsync(target, new StageDraft { Name = "Hijacked", DefaultProbability = 1 });
        var deleted = await acme.DeleteAsync(target);
        var added = await acme.AddAsync(new StageDraft { Name = "Acme only" });

        Assert.Equal((ResultStatus.NotFound, ResultStatus.NotFound), (updated.Status, deleted.Status));
        Assert.True(added.Succeeded);
        Assert.Equivalent(globexBefore, await globex.ListAsync(), strict: true);
        Assert.DoesNotContain(await acme.ListAsync(), s => globexBefore.Any(g => g.Id == s.Id));
    }

    private static (StageKind, int, int?, int) Pick(IReadOnlyList<StageSetting> stages, string name) =>
        stages.Single(s => s.Name == name) is var s ? (s.Kind, s.DefaultProbability, s.RottingDays, s.DealCount) : default;

    private PipelineSettingsService Service(TenantScope scope) =>
        new(new FixedScopeContextFactory(_db.Database, scope), new TestCurrentUser(scope), TimeProvider.System,
            NullLogger<PipelineSettingsService>.Instance);
}
