using Bunit;
using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Tests.Core.Intelligence.Stakeholders;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Deals.Detail;
using DealDesk.Web.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DealDesk.Tests.Web.Intelligence;

/// <summary>The Stakeholders tab over a hand-made map: a warning per problem, people in the right grid cells, cards
/// grouped by role (a person with two roles in both groups).</summary>
public sealed class StakeholderMapTests : MudComponentTest
{
    private static readonly StakeholderCard Boss =
        StakeholderWarningsTests.Card("Bea Boss", StakeholderRoles.DecisionMaker | StakeholderRoles.Blocker, influence: 8,
            engaged: false, power: 9, relationship: 2);

    private static readonly StakeholderCard Friend =
        StakeholderWarningsTests.Card("Fred Friend", StakeholderRoles.Influencer, influence: 5, engaged: true, power: 5,
            relationship: 8);

    private static readonly StakeholderCard Newcomer =
        StakeholderWarningsTests.Card("Nia New", StakeholderRoles.None, influence: 1, engaged: false, power: 1,
            relationship: 4);

    public StakeholderMapTests()
    {
        Services.AddSingleton<IStakeholderService>(new FixedMap([Boss, Friend, Newcomer]));
        Services.AddSingleton<IDealChangeFeed>(new RecordingChangeFeed());
        Services.AddSingleton(new CurrentUser());
        Services.AddChangeViewer();
    }

    [Fact]
    public void Warnings_OneAlertPerProblem()
    {
        var cut = Render<DealStakeholdersTab>(p => p.Add(t => t.DealId, Guid.NewGuid()));

        var shown = cut.FindAll("[data-testid^=warning-]").Select(w => w.GetAttribute("data-testid")).ToList();
        Assert.Equal(["warning-NoChampion", "warning-SingleThreaded", "warning-InfluentialBlocker"], shown);
        Assert.Contains("Bea Boss", cut.Find("[data-testid=warning-InfluentialBlocker]").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("high-weak", "Bea Boss")]
    [InlineData("medium-strong", "Fred Friend")]
    [InlineData("low-neutral", "Nia New")]
    public void Grid_PlacesEachPersonByPowerAndRelationship(string cell, string name)
    {
        var cut = Render<DealStakeholdersTab>(p => p.Add(t => t.DealId, Guid.NewGuid()));

        var chips = cut.Find($"[data-testid=grid-cell-{cell}]").QuerySelectorAll("[data-testid=grid-chip]");
        Assert.Equal([name], chips.Select(c => c.TextContent.Trim()));
        Assert.Equal(3, cut.FindAll("[data-testid=grid-chip]").Count);
    }

    [Fact]
    public void Cards_AreGroupedByRole_WithTheirScores()
    {
        var cut = Render<DealStakeholdersTab>(p => p.Add(t => t.DealId, Guid.NewGuid()));

        var groups = cut.FindAll("[data-testid=role-group]").ToDictionary(
            g => g.GetAttribute("data-role")!,
            g => g.QuerySelectorAll("[data-testid=stakeholder-card]").Select(c => c.GetAttribute("data-name")).ToList());
        Assert.Equal(["DecisionMaker", "Influencer", "Blocker", "None"], groups.Keys);
        Assert.Equal(["Bea Boss"], groups["DecisionMaker"]);
        Assert.Equal(["Bea Boss"], groups["Blocker"]);
        Assert.Equal(["Fred Friend"], groups["Influencer"]);
        Assert.Equal(["Nia New"], groups["None"]);
        var boss = cut.Find("[data-testid=stakeholder-card][data-name='Bea Boss']");
        Assert.Equal("9", boss.QuerySelector("[data-testid=score-power-value]")!.TextContent.Trim());
        Assert.Equal(["Decision maker", "Blocker"],
            boss.QuerySelectorAll("[data-testid=stakeholder-role]").Select(r => r.TextContent.Trim()));
    }

    private sealed class FixedMap(IReadOnlyList<StakeholderCard> people) : IStakeholderService
    {
        public Task<Result<StakeholderMap>> GetMapAsync(Guid dealId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Result<StakeholderMap>.Ok(
                new StakeholderMap(Guid.NewGuid(), "Initech", people, StakeholderWarnings.Evaluate(people))));

        public Task<Result<Guid>> AddAsync(Guid dealId, StakeholderDraft draft, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<Result> UpdateAsync(Guid dealId, Guid stakeholderId, StakeholderDraft draft,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Result> SetScoreAsync(Guid dealId, Guid stakeholderId, StakeholderScoreKind kind, int value,
            string? evidence, byte[] version, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<Result> RemoveAsync(Guid dealId, Guid stakeholderId, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<ContactOption>> FindContactsAsync(string? text, int take = 10,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
