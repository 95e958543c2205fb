using Bunit;
using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Deals.Detail;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DealDesk.Tests.Web.Deals;

/// <summary>The deal header: the next step, and a stage changed from its menu (a lost stage asks why first).</summary>
public sealed class DealHeaderTests : MudComponentTest
{
    private static readonly StageOption Qualified = new(Guid.NewGuid(), "Qualified", StageKind.Open, 2, 30, 21);
    private static readonly StageOption Proposal = new(Guid.NewGuid(), "Proposal", StageKind.Open, 4, 60, 21);
    private static readonly StageOption Lost = new(Guid.NewGuid(), "Lost", StageKind.Lost, 8, 0, null);
    private static readonly DateOnly Today = new(2027, 2, 10);
    private readonly MoveRecorder _deals = new();
    private IRenderedComponent<MudPopoverProvider>? _popovers;

    public DealHeaderTests() => Services.AddSingleton<IDealService>(_deals);

    [Fact]
    public void NextStep_ShowsTheTitleAndDueDate_OrOffersToAddATask()
    {
        var header = RenderHeader(Row("Send the proposal", Today.AddDays(2)));
        Assert.Contains("Send the proposal · due 12 Feb 2027", header.Find("[data-testid=header-next-step]").TextContent,
            StringComparison.Ordinal);

        var without = RenderHeader(Row(null, null));
        Assert.Contains("No next step", without.Find("[data-testid=header-next-step]").TextContent, StringComparison.Ordinal);
        Assert.EndsWith("?tab=tasks", without.Find("[data-testid=header-add-task]").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PickingAStage_MovesTheDealWithTheVersionShown()
    {
        var row = Row(null, null);
        var header = RenderHeader(row);

        await OpenMenuAndPickAsync(header, "Proposal");

        header.WaitForAssertion(() => Assert.Equal([(Proposal.Id, (string?)null, row.Version)], _deals.Moves));
    }

    [Fact]
    public async Task PickingTheLostStage_AsksWhy_AndMovesWithTheReason()
    {
        var provider = Render<MudDialogProvider>();
        var header = RenderHeader(Row(null, null));

        await OpenMenuAndPickAsync(header, "Lost");
        provider.WaitForElement("textarea[data-testid=lost-reason], [data-testid=lost-reason] textarea").Input("Chose a competitor");
        await provider.InvokeAsync(() => provider.Find("[data-testid=lost-reason-confirm]").Click());

        header.WaitForAssertion(() => Assert.Equal("Chose a competitor", Assert.Single(_deals.Moves).Reason));
    }

    [Fact]
    public async Task AConflict_ShowsTheMessage()
    {
        _deals.Answer = Result.Conflict(DealMessages.Conflict);
        var header = RenderHeader(Row(null, null));

        await OpenMenuAndPickAsync(header, "Proposal");

        header.WaitForAssertion(() =>
            Assert.Contains(DealMessages.Conflict, header.Find("[data-testid=header-message]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void ALostDeal_ShowsItsOutcome_InsteadOfAHealthScore()
    {
        var lostAt = new DateTime(2027, 2, 8, 15, 0, 0, DateTimeKind.Utc);
        var header = RenderHeader(Row(null, null) with { HealthScore = 93, LostAt = lostAt });

        var badge = header.Find("[data-testid=header-health] [data-testid=health-badge]");
        Assert.Equal("Lost", badge.GetAttribute("data-outcome"));
        Assert.Equal("", badge.GetAttribute("data-score"));
        Assert.Contains("Lost 8 Feb 2027", badge.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("93", header.Find("[data-testid=header-health]").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<DealHeader> RenderHeader(DealRow row)
    {
        _popovers ??= Render<MudPopoverProvider>();
        return Render<DealHeader>(p => p.Add(h => h.Deal, row).Add(h => h.Stages, [Qualified, Proposal, Lost]).Add(h => h.Today, Today));
    }

    private async Task OpenMenuAndPickAsync(IRenderedComponent<DealHeader> header, string stage)
    {
        await header.InvokeAsync(() => header.Find("[data-testid=header-stage]").Click());
        var popovers = _popovers!;
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll("[data-testid=header-stage-option]")));
        var option = popovers.FindAll("[data-testid=header-stage-option]")
            .Single(o => o.TextContent.Contains(stage, StringComparison.Ordinal));
        await popovers.InvokeAsync(() => option.Click());
    }

    private static DealRow Row(string? nextStep, DateOnly? due) =>
        new(Guid.NewGuid(), "Initech renewal", Guid.NewGuid(), "Initech", Qualified.Id, "Qualified", StageKind.Open, 21,
            1000m, "USD", 30, DealPriority.Medium, null, null, Guid.NewGuid(), "Growth Team", null, DateTime.UtcNow,
            DateTime.UtcNow, [1, 2, 3], nextStep, due);

    private sealed class MoveRecorder : IDealService
    {
        public List<(Guid StageId, string? Reason, byte[]? Version)> Moves { get; } = [];

        public Result Answer { get; set; } = Result.Ok();

        public Task<Result> MoveAsync(Guid dealId, Guid stageId, string? lostReason, byte[] version,
            CancellationToken cancellationToken = default)
        {
            Moves.Add((stageId, lostReason, version));
            return Task.FromResult(Answer);
        }

        public Task<DealFormOptions> GetFormOptionsAsync(CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<DealDraft?> GetDraftAsync(Guid dealId, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<Result<Guid>> CreateAsync(DealDraft draft, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<Result> UpdateAsync(Guid dealId, DealDraft draft, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
