using AngleSharp.Dom;
using Bunit;
using DealDesk.Core.Common;
using DealDesk.Core.Kpis;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Kpis.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DealDesk.Tests.Web.Kpis;

/// <summary>The KPI dialog: the Core rules under their fields before anything is sent, an edit that sends the version
/// it started from and no value field, and a conflict told above the buttons with the dialog left open.</summary>
public sealed class KpiDialogTests : MudComponentTest
{
    private static readonly KpiCard WinRate = new(Guid.NewGuid(), Guid.NewGuid(), "Win rate", 20m, 40m,
        KpiUnit.Percentage, 50m, KpiTrend.Neutral, 0m, [7, 7], DateTime.UtcNow);

    private readonly FakeKpiService _kpis = new();

    public KpiDialogTests() => Services.AddSingleton<IKpiService>(_kpis);

    [Fact]
    public async Task Create_WithNoNameAndNoTarget_ShowsTheRulesUnderTheirFields_AndSendsNothing()
    {
        var provider = Open(null);

        await provider.InvokeAsync(() => provider.Find("[data-testid=kpi-dialog-save]").Click());

        provider.WaitForAssertion(() => Assert.Contains("Name is required.", FieldOf(provider, "kpi-dialog-name").TextContent));
        Assert.Contains("Enter a target.", FieldOf(provider, "kpi-dialog-target").TextContent);
        Assert.Empty(_kpis.Created);
    }

    [Fact]
    public async Task Create_SendsTheDraftToTheCircle_AndCloses()
    {
        var circleId = Guid.NewGuid();
        var provider = Open(null, circleId);

        await provider.InvokeAsync(() => provider.Find("[data-testid=kpi-dialog-name]").Input("Demos delivered"));
        await provider.InvokeAsync(() => provider.Find("[data-testid=kpi-dialog-value]").Input("3"));
        await provider.InvokeAsync(() => provider.Find("[data-testid=kpi-dialog-target]").Input("30"));
        await provider.InvokeAsync(() => provider.Find("[data-testid=kpi-dialog-save]").Click());

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid=kpi-dialog]")));
        var (circle, draft) = Assert.Single(_kpis.Created);
        Assert.Equal((circleId, "Demos delivered", 3m, 30m), (circle, draft.Name, draft.Value, draft.Target));
    }

    [Fact]
    public async Task Edit_HasNoValueField_SendsTheVersionItStartedFrom_AndShowsAConflictAboveTheButtons()
    {
        _kpis.Answer = Result.Conflict(KpiMessages.Conflict);
        var provider = Open(WinRate);
        Assert.Empty(provider.FindAll("[data-testid=kpi-dialog-value]"));

        await provider.InvokeAsync(() => provider.Find("[data-testid=kpi-dialog-target]").Input("60"));
        await provider.InvokeAsync(() => provider.Find("[data-testid=kpi-dialog-save]").Click());

        provider.WaitForAssertion(() =>
            Assert.Equal(KpiMessages.Conflict, provider.Find("[data-testid=kpi-dialog-error]").TextContent.Trim()));
        var (id, draft, version) = Assert.Single(_kpis.Edited);
        Assert.Equal((WinRate.Id, "Win rate", 60m, KpiUnit.Percentage, WinRate.Version),
            (id, draft.Name, draft.Target, draft.Unit, version));
        Assert.NotEmpty(provider.FindAll("[data-testid=kpi-dialog]"));
    }

    [Fact]
    public async Task Edit_KeepsTheKpisDirection_AndOffersBoth()
    {
        _kpis.Answer = Result.Conflict(KpiMessages.Conflict);
        var provider = Open(WinRate with { Name = "Churn" } with { Direction = KpiDirection.LowerIsBetter });
        Assert.NotEmpty(provider.FindAll("[data-testid=kpi-dialog-direction]"));

        await provider.InvokeAsync(() => provider.Find("[data-testid=kpi-dialog-save]").Click());

        provider.WaitForAssertion(() => Assert.Single(_kpis.Edited));
        Assert.Equal(KpiDirection.LowerIsBetter, _kpis.Edited[0].Draft.Direction);
    }

    private IRenderedComponent<MudDialogProvider> Open(KpiCard? kpi, Guid? circleId = null)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        _ = provider.InvokeAsync(() => KpiDialog.OpenAsync(dialogs, circleId ?? Guid.NewGuid(), kpi));
        provider.WaitForElement("[data-testid=kpi-dialog-save]");
        return provider;
    }

    private static IElement FieldOf(IRenderedComponent<MudDialogProvider> provider, string testId) =>
        provider.FindAll(".mud-input-control").Single(c => c.QuerySelector($"[data-testid={testId}]") is not null);
}
