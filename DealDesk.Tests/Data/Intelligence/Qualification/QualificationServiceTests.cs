using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Data.Deals;
using DealDesk.Data.Intelligence;
using DealDesk.Data.Intelligence.Health;
using DealDesk.Data.Intelligence.Qualification;
using DealDesk.Data.Intelligence.Stakeholders;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Data.Intelligence.Health;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Data.Intelligence.Qualification;

/// <summary>MEDDPICC writes and the intelligence summary on real SQLite: each write leaves its timeline entry,
/// announces the deal and rescores it; invisible deals are not found; the summary's query count does not grow with
/// the number of related rows.</summary>
public sealed class QualificationServiceTests
{
    private readonly FixedClock _clock = new(DateTime.UtcNow.AddMinutes(1));
    private readonly RecordingChangeFeed _feed = new();

    private (QualificationService Service, DealIntelligenceService Intelligence) ServicesFor(SqliteTestDatabase sqlite,
        TenantScope scope)
    {
        var contexts = new FixedScopeContextFactory(sqlite.Database, scope);
        return (new QualificationService(contexts, new TestCurrentUser(scope), _clock, _feed,
                NullLogger<QualificationService>.Instance),
            new DealIntelligenceService(contexts, new DealQueries(contexts), _clock));
    }

    [Fact]
    public async Task UpdateElement_RecordsTheChangeOnTheTimeline_AnnouncesIt_AndRescoresTheDeal()
    {
        await using var sqlite = await FreshDemoDatabase.CreateAsync();
        var scope = await sqlite.Database.ScopeOfUserAsync("rep@dealdesk.demo");
        var (service, intelligence) = ServicesFor(sqlite, scope);
        var (dealId, _) = await DealHealthServiceTests.OpenDealAsync(sqlite, scope);

        var result = await service.UpdateElementAsync(dealId, new ElementDraft
        {
            Element = MeddpiccElement.Champion, Status = QualificationStatus.Confirmed, Summary = "  Dana runs the pilot ",
        });

        Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
        await using var db = sqlite.For(scope);
        var activity = await db.Activities.SingleAsync(a => a.DealId == dealId && a.Kind == ActivityKind.QualificationChanged);
        Assert.Equal(("Champion changed from Unknown to Confirmed", scope.UserId, _clock.UtcNow),
            (activity.Summary, activity.ActorId, activity.OccurredAt));
        Assert.Contains(_feed.Published, c => c.DealId == dealId && c.Kind == DealChangeKind.Worked);
        var view = await intelligence.GetAsync(dealId);
        Assert.NotNull(view);
        var champion = view.Qualification.Elements.Single(e => e.Element == MeddpiccElement.Champion);
        Assert.Equal((QualificationStatus.Confirmed, "Dana runs the pilot"), (champion.Status, champion.Summary));
        Assert.Equal(8, view.Qualification.Elements.Count);
        // One confirmed element of eight: 12.5 → 13.
        Assert.Equal(13, view.Qualification.OverallScore);
        Assert.NotNull(view.Health.Score);
        Assert.Contains(view.Health.Factors, f => f.Sentence.StartsWith("MEDDPICC 13% qualified", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChampionConfirmedInMeddpicc_RescoresAsIdentified_AndTheMapStopsWarning_WhileTheEconomicBuyerStaysUnknown()
    {
        await using var sqlite = await FreshDemoDatabase.CreateAsync();
        var scope = await sqlite.Database.ScopeOfUserAsync("rep@dealdesk.demo");
        var (service, intelligence) = ServicesFor(sqlite, scope);
        // A deal with no MEDDPICC and an empty map: neither person is known anywhere.
        var (dealId, _) = await DealHealthServiceTests.OpenDealAsync(sqlite, scope);
        var map = new StakeholderService(new FixedScopeContextFactory(sqlite.Database, scope), new TestCurrentUser(scope),
            _clock, _feed, Microsoft.Extensions.Logging.Abstractions.NullLogger<StakeholderService>.Instance);

        Assert.True((await service.UpdateElementAsync(dealId, new ElementDraft
        {
            Element = MeddpiccElement.Champion, Status = QualificationStatus.Confirmed, Score = 8,
        })).Succeeded);

        var factors = (await intelligence.GetAsync(dealId))!.Health.Factors;
        var champion = factors.Single(f => f.Name == "Champion");
        Assert.Equal((5, "Champion identified (MEDDPICC Confirmed, nobody on the map): +5"), (champion.Points, champion.Sentence));
        var buyer = factors.Single(f => f.Name == "Economic buyer");
        Assert.Equal(-5, buyer.Points);
        Assert.StartsWith("No economic buyer identified", buyer.Sentence, StringComparison.Ordinal);
        var warnings = (await map.GetMapAsync(dealId)).Value!.Warnings.Select(w => w.Kind).ToList();
        Assert.DoesNotContain(StakeholderWarningKind.NoChampion, warnings);
        Assert.Contains(StakeholderWarningKind.NoEconomicBuyer, warnings);
    }

    [Fact]
    public async Task UpdateElement_WithAScoreOutOfRange_IsInvalid_AndWritesNothing()
    {
        await using var sqlite = await FreshDemoDatabase.CreateAsync();
        var scope = await sqlite.Database.ScopeOfUserAsync("rep@dealdesk.demo");
        var (service, _) = ServicesFor(sqlite, scope);
        var (dealId, _) = await DealHealthServiceTests.OpenDealAsync(sqlite, scope);

        var result = await service.UpdateElementAsync(dealId,
            new ElementDraft { Element = MeddpiccElement.Metrics, Status = QualificationStatus.Partial, Score = 11 });

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.True(result.FieldErrors!.ContainsKey(nameof(ElementDraft.Score)));
        await using var db = sqlite.For(scope);
        Assert.False(await db.DealQualifications.AnyAsync(q => q.DealId == dealId));
        Assert.False(await db.Activities.AnyAsync(a => a.DealId == dealId && a.Kind == ActivityKind.QualificationChanged));
        Assert.Empty(_feed.Published);
    }

    [Fact]
    public async Task Evidence_AddAndRemove_EachLeaveATimelineEntry_AndMoveTheConfidence()
    {
        await using var sqlite = await FreshDemoDatabase.CreateAsync();
        var scope = await sqlite.Database.ScopeOfUserAsync("rep@dealdesk.demo");
        var (service, intelligence) = ServicesFor(sqlite, scope);
        var (dealId, _) = await DealHealthServiceTests.OpenDealAsync(sqlite, scope);
        await service.UpdateElementAsync(dealId,
            new ElementDraft { Element = MeddpiccElement.Metrics, Status = QualificationStatus.Partial });

        var added = await service.AddEvidenceAsync(dealId, new EvidenceDraft
        {
            Element = MeddpiccElement.Metrics, Kind = EvidenceKind.Quote, Text = "We lose 40 hours a week",
            Source = EvidenceSource.Interaction, Confidence = 90, ObservedOn = new DateOnly(2026, 11, 2),
        });
        var withEvidence = await intelligence.GetAsync(dealId);
        var removed = await service.RemoveEvidenceAsync(dealId, added.Value);
        var without = await intelligence.GetAsync(dealId);

        Assert.True(added.Succeeded && removed.Succeeded);
        Assert.Equal(90, withEvidence!.Qualification.Confidence);
        Assert.Equal("We lose 40 hours a week", Assert.Single(withEvidence.Qualification.Evidence).Text);
        Assert.Equal(QualificationScoring.UnbackedConfidence, without!.Qualification.Confidence);
        Assert.Empty(without.Qualification.Evidence);
        await using var db = sqlite.For(scope);
        var summaries = await db.Activities.Where(a => a.DealId == dealId && a.Kind == ActivityKind.QualificationChanged)
            .OrderBy(a => a.OccurredAt).ThenBy(a => a.Id).Select(a => a.Summary).ToListAsync();
        Assert.Equal(["Metrics changed from Unknown to Partial", "Quote added to Metrics: We lose 40 hours a week",
            "Quote removed from Metrics: We lose 40 hours a week"], summaries);
    }

    [Theory]
    [InlineData("admin@globex.demo")]
    [InlineData("rep@dealdesk.demo")]
    public async Task ADealTheUserCannotSee_IsNotFound_ForWritesAndTheSummary(string email)
    {
        await using var sqlite = await FreshDemoDatabase.CreateAsync();
        var scope = await sqlite.Database.ScopeOfUserAsync(email);
        var (service, intelligence) = ServicesFor(sqlite, scope);
        var dealId = await DealHealthServiceTests.DealOfCircleAsync(sqlite, "Partner Team");

        var acme = await DealHealthServiceTests.AcmeAsync(sqlite);
        var before = await DealHealthServiceTests.HealthStateAsync(sqlite, acme, dealId);

        var update = await service.UpdateElementAsync(dealId,
            new ElementDraft { Element = MeddpiccElement.Metrics, Status = QualificationStatus.Confirmed });
        var evidence = await service.AddEvidenceAsync(dealId, new EvidenceDraft { Text = "Budget approved" });

        Assert.Equal((ResultStatus.NotFound, ResultStatus.NotFound), (update.Status, evidence.Status));
        Assert.Null(await intelligence.GetAsync(dealId));
        Assert.Equal(before, await DealHealthServiceTests.HealthStateAsync(sqlite, acme, dealId));
        Assert.Empty(_feed.Published);
    }

    [Fact]
    public async Task Summary_SendsTheSameNumberOfStatements_ForOneOrManyRelatedRows()
    {
        await using var sqlite = await FreshDemoDatabase.CreateAsync();
        var scope = await sqlite.Database.ScopeOfUserAsync("rep@dealdesk.demo");
        var (service, intelligence) = ServicesFor(sqlite, scope);
        var (dealId, accountId) = await DealHealthServiceTests.OpenDealAsync(sqlite, scope);
        await service.UpdateElementAsync(dealId,
            new ElementDraft { Element = MeddpiccElement.Metrics, Status = QualificationStatus.Partial });
        await service.AddEvidenceAsync(dealId, new EvidenceDraft { Text = "One fact" });
        await DealHealthServiceTests.AddStakeholderAsync(sqlite, scope, accountId, StakeholderRoles.Champion);
        await DealHealthServiceTests.AddOverdueTaskAsync(sqlite, scope, dealId);
        using var log = new SqlCommandLog(sqlite.Database.ConnectionString);

        log.Clear();
        var few = await intelligence.GetAsync(dealId);
        var fewStatements = log.Commands.Count;
        foreach (var element in MeddpiccElements.All)
        {
            await service.UpdateElementAsync(dealId,
                new ElementDraft { Element = element, Status = QualificationStatus.Confirmed });
            await service.AddEvidenceAsync(dealId, new EvidenceDraft { Element = element, Text = $"Fact on {element}" });
            await DealHealthServiceTests.AddStakeholderAsync(sqlite, scope, accountId, StakeholderRoles.User);
            await DealHealthServiceTests.AddOverdueTaskAsync(sqlite, scope, dealId);
        }

        log.Clear();
        var many = await intelligence.GetAsync(dealId);
        var manyStatements = log.Commands.Count;

        Assert.Equal((1, 1, 1), (few!.Qualification.Evidence.Count, few.Stakeholders.Count, few.OpenTasks.Count));
        Assert.Equal((9, 9, 9), (many!.Qualification.Evidence.Count, many.Stakeholders.Count, many.OpenTasks.Count));
        Assert.True(many.Health.History.Count > few.Health.History.Count);
        Assert.Equal(fewStatements, manyStatements);
        Assert.Equal(6, manyStatements);
    }
}
