using DealDesk.Core.Kpis;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Kpis;

/// <summary>One KPI: its figures, a chart of its history over the period in the URL (<c>?days=</c>: 7, 30, 90 or
/// 365) and the entries as a table. A KPI of a circle or workspace the user does not see shows the not-found page.
/// </summary>
public sealed partial class KpiPage
{
    private KpiCard? _kpi;
    private IReadOnlyList<KpiHistoryPoint> _history = [];
    private string _currency = Core.Common.Money.DefaultCurrency;
    private int _days = KpiHistoryWindow.DefaultDays;
    private bool _missing;

    [Inject]
    private IKpiService Kpis { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    /// <summary>The KPI, from the route.</summary>
    [Parameter]
    public Guid Id { get; set; }

    /// <summary>The history period in days, from the URL; read as text so that nonsense falls back to the default.
    /// </summary>
    [SupplyParameterFromQuery(Name = "days")]
    public string? Days { get; set; }

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new("KPIs", KpiDashboardUrl.Dashboard(_kpi?.CircleId, null)),
        new(_kpi?.Name ?? "", href: null, disabled: true),
    ];

    protected override async Task OnInitializedAsync() => _currency = await Kpis.CurrencyAsync();

    protected override async Task OnParametersSetAsync()
    {
        _days = KpiDashboardUrl.NormalizeDays(int.TryParse(Days, out var days) ? days : null);
        var kpi = await Kpis.GetAsync(Id);
        _missing = !kpi.Succeeded;
        _kpi = kpi.Value;
        if (_missing)
        {
            Navigation.AnswerNotFound(RendererInfo);
            return;
        }

        var history = await Kpis.HistoryAsync(Id, _days, KpiHistoryWindow.MaxLimit);
        _history = history.Value ?? [];
    }

    private void ShowDays(int days) => Navigation.NavigateTo(KpiDashboardUrl.Detail(Id, days));
}
