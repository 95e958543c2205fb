using DealDesk.Core.Circles;
using DealDesk.Core.Kpis;
using DealDesk.Web.Components.Pages.Kpis.Components;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Kpis;

/// <summary>The KPI dashboard: a card per KPI of the current circle, in the order the URL says. The circle follows the
/// switcher and is carried in the URL (<c>?circle=</c>); what the user may do comes from their role in it, read
/// again on every load.</summary>
public sealed partial class KpisPage : IDisposable
{
    private static readonly Dictionary<string, object?> SortTestId = new() { ["data-testid"] = "kpi-sort" };

    private MyCircle? _circle;
    private List<KpiCard> _cards = [];
    private string _currency = Core.Common.Money.DefaultCurrency;
    private UrlState<KpiDashboardView> _url = null!;
    private string? _message;
    private bool _loaded;

    [Inject]
    private IKpiService Kpis { get; set; } = null!;

    [Inject]
    private CurrentCircle Current { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    private bool CanUpdate => _circle?.Allows(CircleAction.UpdateKpiValue) == true;

    private bool CanManage => _circle?.Allows(CircleAction.CreateKpi) == true;

    private string Sort => _url.View.Sort;

    protected override async Task OnInitializedAsync()
    {
        _url = new UrlState<KpiDashboardView>(Navigation, KpiDashboardUrl.Codec);
        Current.Changed += OnCircleChanged;
        _currency = await Kpis.CurrencyAsync();
        _url.Follow((_, wanted) => InvokeAsync(() => ShowAsync(wanted)));
        await ShowAsync(_url.View);
    }

    private async Task ShowAsync(KpiDashboardView view)
    {
        _circle = await Current.ResolveAsync(view.CircleId);
        if (_circle is not null && _circle.Id != view.CircleId && RendererInfo.IsInteractive)
        {
            // The URL names the circle shown, so a reload or a shared link shows the same one.
            _url.Write(view with { CircleId = _circle.Id }, replace: true);
        }

        // Another circle or order is another view: a warning about the last one no longer applies.
        _message = null;
        await LoadAsync();
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        if (_circle is null)
        {
            _cards = [];
            _loaded = true;
            return;
        }

        var (order, descending) = KpiDashboardUrl.ParseSort(Sort);
        var listed = await Kpis.ListAsync(_circle.Id, order, descending);
        _cards = listed.Succeeded ? [.. listed.Value!] : [];
        if (!listed.Succeeded)
        {
            _message = listed.Message;
        }

        _loaded = true;
    }

    private void OnCircleChanged() => _ = InvokeAsync(() =>
    {
        if (Current.SelectedId is { } id && id != _circle?.Id)
        {
            _url.Go(new KpiDashboardView(id, Sort));
        }
    });

    private void ChangeSort(string sort) => _url.Go(new KpiDashboardView(_circle?.Id, KpiDashboardUrl.NormalizeSort(sort)));

    private void Replace(KpiCard saved)
    {
        var index = _cards.FindIndex(c => c.Id == saved.Id);
        if (index >= 0)
        {
            _cards[index] = saved;
        }
    }

    private async Task StaleAsync()
    {
        _circle = await Current.ResolveAsync(_circle?.Id);
        await LoadAsync();
    }

    private async Task NewAsync()
    {
        if (_circle is not null && await KpiDialog.OpenAsync(Dialogs, _circle.Id))
        {
            await LoadAsync();
        }
    }

    private async Task EditAsync(KpiCard card)
    {
        if (await KpiDialog.OpenAsync(Dialogs, card.CircleId, card))
        {
            await LoadAsync();
        }
    }

    private async Task DeleteAsync(KpiCard card)
    {
        var confirmed = await Dialogs.ConfirmAsync(
            $"Delete “{card.Name}”?",
            "The KPI and its whole history go, for everyone in the circle. This cannot be undone.",
            "Delete");
        if (!confirmed)
        {
            return;
        }

        var deleted = await Kpis.DeleteAsync(card.Id);
        _message = deleted.Succeeded ? null : deleted.Message;
        await LoadAsync();
    }

    public void Dispose()
    {
        Current.Changed -= OnCircleChanged;
        _url?.Dispose();
    }
}
