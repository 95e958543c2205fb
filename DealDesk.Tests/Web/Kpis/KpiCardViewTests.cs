using Bunit;
using DealDesk.Core.Common;
using DealDesk.Core.Kpis;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Kpis.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DealDesk.Tests.Web.Kpis;

/// <summary>The KPI card: the value in its unit, target and progress, the trend arrow and change in the trend's
/// colour, what each role may do, and the quick update that hands the saved KPI back to the page.</summary>
public sealed class KpiCardViewTests : MudComponentTest
{
    private static readonly KpiCard Revenue = new(Guid.NewGuid(), Guid.NewGuid(), "Monthly revenue", 45_000m, 50_000m,
        KpiUnit.Currency, 90m, KpiTrend.Up, 12.5m, [1, 2, 3], DateTime.UtcNow);

    private readonly FakeKpiService _kpis = new();

    public KpiCardViewTests() => Services.AddSingleton<IKpiService>(_kpis);

    [Fact]
    public void ShowsTheFormattedValueTargetAndProgress()
    {
        var card = Render(Revenue, canUpdate: true, canManage: false);

        Assert.Equal("Monthly revenue", card.Find("[data-testid=kpi-name]").TextContent.Trim());
        Assert.Equal("$45,000.00", card.Find("[data-testid=kpi-value]").TextContent.Trim());
        Assert.Equal("Target $50,000.00", card.Find("[data-testid=kpi-target]").TextContent.Trim());
        Assert.Equal("90.0% complete", card.Find("[data-testid=kpi-percent]").TextContent.Trim());
        Assert.Equal("90", card.Find("[data-testid=kpi-progress]").GetAttribute("aria-valuenow"));
    }

    [Fact]
    public void ALowerIsBetterKpi_UnderItsCeiling_IsOnTarget_AndItsFallIsGreen_ItsRiseRed()
    {
        var responseTime = new KpiCard(Guid.NewGuid(), Guid.NewGuid(), "First response time", 3.68m, 4m, KpiUnit.Hours,
            108.7m, KpiTrend.Up, 5m, [1], DateTime.UtcNow) { Direction = KpiDirection.LowerIsBetter };

        var rising = Render(responseTime, canUpdate: false, canManage: false);
        Assert.Equal("yes", rising.Find("[data-testid=kpi-progress]").GetAttribute("data-on-target"));
        Assert.Equal("no", rising.Find("[data-testid=kpi-trend]").GetAttribute("data-good"));
        Assert.Contains("mud-error-text", rising.Find("[data-testid=kpi-change]").ClassList);
        Assert.Equal("Target at most 4 hrs", rising.Find("[data-testid=kpi-target]").TextContent.Trim());

        var falling = Render(responseTime with { Trend = KpiTrend.Down, PercentChange = -8m }, canUpdate: false,
            canManage: false);
        Assert.Equal("yes", falling.Find("[data-testid=kpi-trend]").GetAttribute("data-good"));
        Assert.Contains("mud-success-text", falling.Find("[data-testid=kpi-change]").ClassList);
    }

    [Theory]
    [InlineData(KpiTrend.Up, 12.5, "up", "+12.5%", "mud-success-text", Icons.Material.Filled.ArrowUpward)]
    [InlineData(KpiTrend.Down, -25, "down", "-25.0%", "mud-error-text", Icons.Material.Filled.ArrowDownward)]
    [InlineData(KpiTrend.Neutral, 0, "neutral", "0.0%", "mud-default-text", Icons.Material.Filled.ArrowForward)]
    public void ShowsTheTrendArrowAndChange_InTheTrendsColour(KpiTrend trend, double change, string name, string text,
        string colour, string icon)
    {
        var card = Render(Revenue with { Trend = trend, PercentChange = (decimal)change }, canUpdate: true, canManage: false);

        var badge = card.Find("[data-testid=kpi-trend]");
        Assert.Equal(name, badge.GetAttribute("data-trend"));
        var changeText = card.Find("[data-testid=kpi-change]");
        Assert.Equal(text, changeText.TextContent.Trim());
        Assert.Equal(colour == "mud-default-text" ? [] : [colour],
            changeText.ClassList.Where(c => c is "mud-success-text" or "mud-error-text"));
        var arrow = card.FindComponent<KpiTrendBadge>().FindComponent<MudIcon>().Instance;
        Assert.Equal((icon, Enum.Parse<Color>(colour["mud-".Length..^"-text".Length], ignoreCase: true)), (arrow.Icon, arrow.Color));
    }

    [Fact]
    public void ForAMember_ShowsUpdateValue_AndNoEditOrDelete()
    {
        var card = Render(Revenue, canUpdate: true, canManage: false);

        Assert.Single(card.FindAll("[data-testid=kpi-update]"));
        Assert.Empty(card.FindAll("[data-testid=kpi-delete]"));
        Assert.Empty(card.FindAll("[data-testid=kpi-edit]"));
    }

    [Fact]
    public void ForAModerator_ShowsEditAndDelete()
    {
        var card = Render(Revenue, canUpdate: true, canManage: true);

        Assert.Single(card.FindAll("[data-testid=kpi-delete]"));
        Assert.Single(card.FindAll("[data-testid=kpi-edit]"));
        Assert.Single(card.FindAll("[data-testid=kpi-update]"));
    }

    [Fact]
    public async Task QuickUpdate_WithNoValue_ShowsTheRuleUnderTheField_AndCallsNoService()
    {
        var card = Render(Revenue, canUpdate: true, canManage: false);
        await card.InvokeAsync(() => card.Find("[data-testid=kpi-update]").Click());

        await card.InvokeAsync(() => card.Find("[data-testid=kpi-value-input]").Input(""));
        await card.InvokeAsync(() => card.Find("[data-testid=kpi-value-save]").Click());

        card.WaitForAssertion(() => Assert.Contains("Enter a value.", card.Find(".mud-input-control").TextContent));
        Assert.Empty(_kpis.Updates);
    }

    [Fact]
    public async Task QuickUpdate_SendsTheValueWithTheVersionSeen_AndHandsTheSavedKpiToThePage()
    {
        KpiCard? handed = null;
        _kpis.Answer = Result<KpiCard>.Ok(Revenue with { Value = 48_000m, PercentChange = 6.67m, Version = [9] });
        var card = Render(Revenue, canUpdate: true, canManage: false, updated: saved => handed = saved);
        await card.InvokeAsync(() => card.Find("[data-testid=kpi-update]").Click());

        await card.InvokeAsync(() => card.Find("[data-testid=kpi-value-input]").Input("48000"));
        await card.InvokeAsync(() => card.Find("[data-testid=kpi-value-save]").Click());

        card.WaitForAssertion(() => Assert.NotNull(handed));
        var (id, value, version) = Assert.Single(_kpis.Updates);
        Assert.Equal((Revenue.Id, 48_000m, Revenue.Version), (id, value, version));
        Assert.Equal(48_000m, handed!.Value);
        Assert.Empty(card.FindAll("[data-testid=kpi-value-input]"));
    }

    [Fact]
    public async Task QuickUpdate_OnAConflict_SaysSo_AndAsksThePageToReload()
    {
        var stale = false;
        _kpis.Answer = Result.Conflict(KpiMessages.Conflict);
        var card = Render(Revenue, canUpdate: true, canManage: false, stale: () => stale = true);
        await card.InvokeAsync(() => card.Find("[data-testid=kpi-update]").Click());

        await card.InvokeAsync(() => card.Find("[data-testid=kpi-value-input]").Input("1"));
        await card.InvokeAsync(() => card.Find("[data-testid=kpi-value-save]").Click());

        card.WaitForAssertion(() => Assert.Equal(KpiMessages.Conflict, card.Find("[data-testid=kpi-update-error]").TextContent.Trim()));
        Assert.True(stale);
    }

    private IRenderedComponent<KpiCardView> Render(KpiCard kpi, bool canUpdate, bool canManage,
        Action<KpiCard>? updated = null, Action? stale = null) =>
        Render<KpiCardView>(p => p
            .Add(c => c.Card, kpi)
            .Add(c => c.Currency, "USD")
            .Add(c => c.CanUpdate, canUpdate)
            .Add(c => c.CanManage, canManage)
            .Add(c => c.OnUpdated, saved => updated?.Invoke(saved))
            .Add(c => c.OnStale, () => stale?.Invoke()));
}
