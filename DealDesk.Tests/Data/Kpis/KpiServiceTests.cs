using DealDesk.Core.Common;
using DealDesk.Core.Kpis;
using DealDesk.Data.Circles;
using DealDesk.Data.Kpis;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Data.Kpis;

/// <summary>The KPI service on real SQLite: every value change is a history entry in the same save, the math of
/// seed 003 (target 0, first value, previous 0) comes out of the service as KpiMath defines it, a stale version
/// overwrites nothing, delete takes the history with it, and the history window, limit and order hold.</summary>
public sealed class KpiServiceTests(KpiLab lab) : IClassFixture<KpiLab>
{
    [Fact]
    public async Task Create_WritesTheKpiAndOneHistoryEntry_WithNeutralTrend()
    {
        var circle = await lab.NewCircleAsync();

        var id = await circle.AddKpiAsync("  Monthly revenue ", 40_000m, 50_000m, KpiUnit.Currency);

        var card = await circle.CardAsync(id);
        Assert.Equal("Monthly revenue", card.Name);
        Assert.Equal(40_000m, card.Value);
        Assert.Equal(80m, card.PercentComplete);
        Assert.Equal(KpiTrend.Neutral, card.Trend);
        Assert.Equal(0m, card.PercentChange);
        Assert.Equal(KpiUnit.Currency, card.Unit);
        var entry = Assert.Single(await circle.HistoryRowsAsync(id));
        Assert.Equal((KpiHistoryKind.Created, 40_000m, 50_000m, 80m), (entry.Kind, entry.Value, entry.Target, entry.PercentComplete));
        Assert.Null(entry.SnapshotDate);
    }

    [Fact]
    public async Task UpdateValue_EachChangeAppendsOneEntry_AndComputesTrendAndChange()
    {
        var circle = await lab.NewCircleAsync();
        var id = await circle.AddKpiAsync("Calls", 40m, 50m);
        var member = circle.Service("member");

        var up = await member.UpdateValueAsync(id, 45m, (await circle.CardAsync(id)).Version);
        Assert.True(up.Succeeded, up.Message);
        Assert.Equal((45m, 90m, KpiTrend.Up, 12.5m), (up.Value!.Value, up.Value.PercentComplete, up.Value.Trend, up.Value.PercentChange));

        var down = await member.UpdateValueAsync(id, 36m, up.Value.Version);
        Assert.Equal((KpiTrend.Down, -20m), (down.Value!.Trend, down.Value.PercentChange));

        var same = await member.UpdateValueAsync(id, 36m, down.Value.Version);
        Assert.Equal((KpiTrend.Neutral, 0m), (same.Value!.Trend, same.Value.PercentChange));

        var rows = await circle.HistoryRowsAsync(id);
        Assert.Equal([40m, 45m, 36m, 36m], rows.Select(r => r.Value));
        Assert.Equal([KpiHistoryKind.Created, KpiHistoryKind.ValueChanged, KpiHistoryKind.ValueChanged,
            KpiHistoryKind.ValueChanged], rows.Select(r => r.Kind));
        Assert.Equal(same.Value, await circle.CardAsync(id) with { Version = same.Value.Version });
    }

    [Fact]
    public async Task ZeroTarget_FirstValueAndZeroPrevious_GiveKpiMathsDefinedResults()
    {
        var circle = await lab.NewCircleAsync();
        var id = await circle.AddKpiAsync("Zero target", 0m, 0m);
        var member = circle.Service("member");

        var first = await circle.CardAsync(id);
        Assert.Equal((0m, KpiTrend.Neutral, 0m), (first.PercentComplete, first.Trend, first.PercentChange));

        var fromZero = await member.UpdateValueAsync(id, 12m, first.Version);
        Assert.True(fromZero.Succeeded, fromZero.Message);
        Assert.Equal((0m, KpiTrend.Up, 100m), (fromZero.Value!.PercentComplete, fromZero.Value.Trend, fromZero.Value.PercentChange));

        var toZero = await member.UpdateValueAsync(id, 0m, fromZero.Value.Version);
        Assert.Equal((KpiTrend.Down, -100m), (toZero.Value!.Trend, toZero.Value.PercentChange));

        var zeroAgain = await member.UpdateValueAsync(id, 0m, toZero.Value.Version);
        Assert.Equal((KpiTrend.Neutral, 0m), (zeroAgain.Value!.Trend, zeroAgain.Value.PercentChange));
        Assert.All(await circle.HistoryRowsAsync(id), r => Assert.Equal(0m, r.PercentComplete));
    }

    [Fact]
    public async Task UpdateValue_WithAStaleVersion_IsAConflict_AndWritesNothing()
    {
        var circle = await lab.NewCircleAsync();
        var id = await circle.AddKpiAsync("Demos", 10m, 30m);
        var seen = (await circle.CardAsync(id)).Version;
        var other = await circle.Service("moderator").UpdateValueAsync(id, 12m, seen);
        Assert.True(other.Succeeded);

        var stale = await circle.Service("member").UpdateValueAsync(id, 99m, seen);

        Assert.Equal(ResultStatus.Conflict, stale.Status);
        Assert.Equal(KpiMessages.Conflict, stale.Message);
        Assert.Equal(12m, (await circle.CardAsync(id)).Value);
        Assert.Equal([10m, 12m], (await circle.HistoryRowsAsync(id)).Select(r => r.Value));
    }

    [Fact]
    public async Task UpdateValue_LosingARaceAfterItsRead_IsAConflict_AndWritesNothing()
    {
        var circle = await lab.NewCircleAsync();
        var id = await circle.AddKpiAsync("Raced", 10m, 30m);
        var seen = (await circle.CardAsync(id)).Version;
        var member = circle.Scope("member");
        var racing = new RacingContextFactory(lab.Database, member, () =>
            circle.Service("moderator").UpdateValueAsync(id, 20m, seen).GetAwaiter().GetResult());
        var user = new TestCurrentUser(member);
        var service = new DealDesk.Data.Kpis.KpiService(racing,
            new DealDesk.Data.Circles.CircleAccess(new FixedScopeContextFactory(lab.Database, member), user,
                Microsoft.Extensions.Logging.Abstractions.NullLogger<DealDesk.Data.Circles.CircleAccess>.Instance),
            user, lab.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<DealDesk.Data.Kpis.KpiService>.Instance);

        var lost = await service.UpdateValueAsync(id, 99m, seen);

        Assert.True(racing.Raced);
        Assert.Equal(ResultStatus.Conflict, lost.Status);
        Assert.Equal(20m, (await circle.CardAsync(id)).Value);
        Assert.Equal([10m, 20m], (await circle.HistoryRowsAsync(id)).Select(r => r.Value));
    }

    [Fact]
    public async Task Edit_ChangesNameUnitAndTarget_ATargetChangeIsAHistoryEntry_TheValueStays()
    {
        var circle = await lab.NewCircleAsync();
        var id = await circle.AddKpiAsync("Win rate", 20m, 40m, KpiUnit.Percentage);
        var moderator = circle.Service("moderator");
        var card = await circle.CardAsync(id);

        var renamed = await moderator.EditAsync(id, new KpiDraft { Name = "Win rate (Q3)", Target = 40m, Unit = KpiUnit.None, Value = 999m, Version = card.Version });
        Assert.True(renamed.Succeeded, renamed.Message);
        Assert.Single(await circle.HistoryRowsAsync(id));

        var retargeted = await moderator.EditAsync(id, new KpiDraft { Name = "Win rate (Q3)", Target = 25m, Unit = KpiUnit.Percentage, Version = renamed.Value!.Version });

        Assert.Equal(("Win rate (Q3)", 20m, 25m, 80m, KpiUnit.Percentage),
            (retargeted.Value!.Name, retargeted.Value.Value, retargeted.Value.Target, retargeted.Value.PercentComplete, retargeted.Value.Unit));
        var last = (await circle.HistoryRowsAsync(id))[^1];
        Assert.Equal((KpiHistoryKind.TargetChanged, 20m, 25m, 80m), (last.Kind, last.Value, last.Target, last.PercentComplete));
        var stale = await moderator.EditAsync(id, new KpiDraft { Name = "Stale", Target = 1m, Version = card.Version });
        Assert.Equal(ResultStatus.Conflict, stale.Status);
        Assert.Equal("Win rate (Q3)", (await circle.CardAsync(id)).Name);
    }

    [Theory]
    [InlineData("", 1, 1, nameof(KpiDraft.Name))]
    [InlineData("Too big", 1, 10_000_000_000_000, nameof(KpiDraft.Target))]
    [InlineData("Too small", -10_000_000_000_000, 1, nameof(KpiDraft.Value))]
    public async Task Create_RefusesAnInvalidDraft_FieldByField_AndWritesNothing(string name, double value,
        double target, string field)
    {
        var circle = await lab.NewCircleAsync();

        var created = await circle.Service("moderator").CreateAsync(circle.Id,
            new KpiDraft { Name = name, Value = (decimal)value, Target = (decimal)target });

        Assert.Equal(ResultStatus.Invalid, created.Status);
        Assert.True(created.FieldErrors.ContainsKey(field));
        Assert.Empty((await circle.Service("member").ListAsync(circle.Id)).Value!);
    }

    [Fact]
    public async Task UpdateValue_BeyondTheColumnRange_IsInvalid_AndWritesNothing()
    {
        var circle = await lab.NewCircleAsync();
        var id = await circle.AddKpiAsync("Range", 1m, 2m);

        var result = await circle.Service("member").UpdateValueAsync(id, Kpi.MaxMagnitude + 1, (await circle.CardAsync(id)).Version);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Single(await circle.HistoryRowsAsync(id));
    }

    [Fact]
    public async Task Delete_RemovesTheKpiAndItsWholeHistory_OthersKeepTheirs()
    {
        var circle = await lab.NewCircleAsync();
        var doomed = await circle.AddKpiAsync("Doomed", 1m, 10m);
        var kept = await circle.AddKpiAsync("Kept", 1m, 10m);
        var member = circle.Service("member");
        var version = (await circle.CardAsync(doomed)).Version;
        for (var i = 2; i <= 4; i++)
        {
            version = (await member.UpdateValueAsync(doomed, i, version)).Value!.Version;
        }

        await lab.SnapshotJob().RecordTodayAsync();
        Assert.Equal(5, (await circle.HistoryRowsAsync(doomed)).Count);

        var deleted = await circle.Service("moderator").DeleteAsync(doomed);

        Assert.True(deleted.Succeeded, deleted.Message);
        Assert.Equal(ResultStatus.NotFound, (await member.GetAsync(doomed)).Status);
        Assert.Empty(await circle.HistoryRowsAsync(doomed));
        Assert.Equal(2, (await circle.HistoryRowsAsync(kept)).Count);
        Assert.Equal(ResultStatus.NotFound, (await circle.Service("moderator").DeleteAsync(doomed)).Status);
    }

    [Fact]
    public async Task History_KeepsTheWindow_AndTheLatestEntriesWithinTheLimit_OldestFirst()
    {
        var circle = await lab.NewCircleAsync();
        var start = lab.Clock.UtcNow;
        try
        {
            lab.Clock.UtcNow = start.AddDays(-40);
            var id = await circle.AddKpiAsync("Windowed", 0m, 100m);
            var member = circle.Service("member");
            var version = (await circle.CardAsync(id)).Version;
            for (var day = 39; day >= 0; day--)
            {
                lab.Clock.UtcNow = start.AddDays(-day);
                version = (await member.UpdateValueAsync(id, 40 - day, version)).Value!.Version;
            }

            lab.Clock.UtcNow = start;
            var week = (await member.HistoryAsync(id, days: 7, limit: 100)).Value!;
            Assert.Equal([33m, 34m, 35m, 36m, 37m, 38m, 39m, 40m], week.Select(p => p.Value));
            Assert.Equal(week.OrderBy(p => p.RecordedAt).Select(p => p.RecordedAt), week.Select(p => p.RecordedAt));

            var limited = (await member.HistoryAsync(id, days: 90, limit: 5)).Value!;
            Assert.Equal([36m, 37m, 38m, 39m, 40m], limited.Select(p => p.Value));

            var all = (await member.HistoryAsync(id, days: 90, limit: 1000)).Value!;
            Assert.Equal(41, all.Count);
            Assert.Equal(KpiHistoryKind.Created, all[0].Kind);
            Assert.Equal((100m, 40m), (all[^1].Target, all[^1].PercentComplete));
        }
        finally
        {
            lab.Clock.UtcNow = start;
        }
    }

    [Fact]
    public async Task List_OrdersByNamePercentCompleteAndUpdated_BothWays()
    {
        var circle = await lab.NewCircleAsync();
        var start = lab.Clock.UtcNow;
        try
        {
            lab.Clock.UtcNow = start.AddMinutes(-30);
            var bravo = await circle.AddKpiAsync("bravo", 90m, 100m);
            lab.Clock.UtcNow = start.AddMinutes(-20);
            var alpha = await circle.AddKpiAsync("Alpha", 10m, 100m);
            lab.Clock.UtcNow = start.AddMinutes(-10);
            var charlie = await circle.AddKpiAsync("Charlie", 50m, 100m);
            lab.Clock.UtcNow = start;
            await circle.Service("member").UpdateValueAsync(bravo, 95m, (await circle.CardAsync(bravo)).Version);
            var member = circle.Service("member");

            async Task<Guid[]> Order(KpiOrder order, bool descending) =>
                (await member.ListAsync(circle.Id, order, descending)).Value!.Select(c => c.Id).ToArray();

            Assert.Equal([alpha, bravo, charlie], await Order(KpiOrder.Name, false));
            Assert.Equal([charlie, bravo, alpha], await Order(KpiOrder.Name, true));
            Assert.Equal([alpha, charlie, bravo], await Order(KpiOrder.PercentComplete, false));
            Assert.Equal([bravo, charlie, alpha], await Order(KpiOrder.PercentComplete, true));
            Assert.Equal([alpha, charlie, bravo], await Order(KpiOrder.Updated, false));
            Assert.Equal([bravo, charlie, alpha], await Order(KpiOrder.Updated, true));
        }
        finally
        {
            lab.Clock.UtcNow = start;
        }
    }

    [Fact]
    public async Task KpisOfAnotherCircleOrWorkspace_AreNotFound_ForEveryAction_AndStayUntouched()
    {
        var circle = await lab.NewCircleAsync();
        var id = await circle.AddKpiAsync("Private", 5m, 10m);
        var version = (await circle.CardAsync(id)).Version;
        var globex = await lab.ScopeOfAsync("admin@globex.demo");
        var otherCircle = await lab.NewCircleAsync();

        foreach (var outsider in new[] { lab.Service(globex), otherCircle.Service("admin"), circle.Service("outsider") })
        {
            Assert.Equal(ResultStatus.NotFound, (await outsider.GetAsync(id)).Status);
            Assert.Equal(ResultStatus.NotFound, (await outsider.HistoryAsync(id)).Status);
            Assert.Equal(ResultStatus.NotFound, (await outsider.UpdateValueAsync(id, 1m, version)).Status);
            Assert.Equal(ResultStatus.NotFound, (await outsider.EditAsync(id, new KpiDraft { Name = "X", Target = 1m, Version = version })).Status);
            Assert.Equal(ResultStatus.NotFound, (await outsider.DeleteAsync(id)).Status);
            Assert.Equal(ResultStatus.NotFound, (await outsider.ListAsync(circle.Id)).Status);
        }

        Assert.Equal(ResultStatus.NotFound, (await lab.Service(globex).CreateAsync(circle.Id,
            new KpiDraft { Name = "Intruder", Target = 1m })).Status);
        var card = await circle.CardAsync(id);
        Assert.Equal(("Private", 5m), (card.Name, card.Value));
        Assert.Single(await circle.HistoryRowsAsync(id));
        Assert.Equal([id], (await circle.Service("member").ListAsync(circle.Id)).Value!.Select(c => c.Id));
    }

    [Fact]
    public async Task WorkspaceAdmin_SeesAndManagesTheKpisOfEveryCircleOfTheirWorkspace()
    {
        var circle = await lab.NewCircleAsync();
        var id = await circle.AddKpiAsync("Admin view", 5m, 10m);
        var admin = lab.Service(await lab.ScopeOfAsync("admin@dealdesk.demo"));

        Assert.Equal([id], (await admin.ListAsync(circle.Id)).Value!.Select(c => c.Id));
        Assert.True((await admin.DeleteAsync(id)).Succeeded);
    }

    [Fact]
    public async Task Currency_IsTheWorkspaces()
    {
        Assert.Equal("USD", await lab.Service(await lab.ScopeOfAsync("rep@dealdesk.demo")).CurrencyAsync());
        Assert.Equal("EUR", await lab.Service(await lab.ScopeOfAsync("admin@globex.demo")).CurrencyAsync());
    }

    [Fact]
    public async Task SeededKpis_WereLastUpdatedByTheirLatestValue()
    {
        await using var db = lab.Sqlite.For(await lab.ScopeOfAsync("admin@dealdesk.demo"));
        var seeded = await db.Kpis.Where(k => !k.Name.StartsWith("KPI lab")).Select(k => new
        {
            k.UpdatedAt, Latest = db.KpiHistory.Where(h => h.KpiId == k.Id && h.SnapshotDate == null).Max(h => h.RecordedAt),
        }).ToListAsync();

        Assert.NotEmpty(seeded);
        Assert.All(seeded, k => Assert.Equal(k.Latest, k.UpdatedAt));
    }

    [Fact]
    public async Task Dashboard_IsOneStatement_AndHistoryAsksForTheKpiOnceBeforeReadingItsEntries()
    {
        var circle = await lab.NewCircleAsync();
        var id = await circle.AddKpiAsync("One statement", 1m, 2m);
        var member = circle.Service("member");
        using var log = new SqlCommandLog(lab.Database.ConnectionString);

        Assert.Single((await member.ListAsync(circle.Id)).Value!);
        var listing = Assert.Single(log.Commands);
        log.Clear();
        Assert.Single((await member.HistoryAsync(id)).Value!);
        var history = log.Commands;

        Assert.Contains("circle_memberships", listing, StringComparison.Ordinal);
        // The KPI's visibility once, then its entries without a membership check per entry.
        Assert.Equal(2, history.Count);
        Assert.Contains("circle_memberships", history[0], StringComparison.Ordinal);
        Assert.DoesNotContain("circle_memberships", history[1], StringComparison.Ordinal);
        Assert.Contains("kpi_history", history[1], StringComparison.Ordinal);
    }
}
