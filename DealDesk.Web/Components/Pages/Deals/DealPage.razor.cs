using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Web.Components.Pages.Deals.Components;
using DealDesk.Web.Components.Pages.Deals.Detail;
using DealDesk.Web.Feeds;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Deals;

/// <summary>The deal page: a header with the deal's essentials over one tab per aspect (overview, intelligence,
/// stakeholders, timeline, tasks and notes, plan). A deal that does not exist or sits in a circle the user is not in
/// shows the not-found page, with no hint of which.</summary>
public sealed partial class DealPage : IDisposable
{
    private static readonly List<BreadcrumbItem> Crumbs = [new("Deals", DealTableUrl.Path)];

    private readonly List<BreadcrumbItem> _crumbs = [];
    private DealRow? _deal;
    private IReadOnlyList<StageOption> _stages = [];
    private bool _loaded;
    private Guid? _loadedId;
    private IDisposable? _changes;
    private bool _disposed;

    [Inject]
    private IDealQueries Queries { get; set; } = null!;

    [Inject]
    private IDealService Deals { get; set; } = null!;

    [Inject]
    private ChangeViewer Changes { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    /// <summary>The deal shown.</summary>
    [Parameter]
    public Guid Id { get; set; }

    /// <summary>The open tab's key (<see cref="DealTab"/>); none means the overview.</summary>
    [SupplyParameterFromQuery(Name = "tab")]
    public string? Tab { get; set; }

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override void OnInitialized() =>
        _changes = Changes.Follow(change => change.Touches(Id), InvokeAsync, ReloadAsync);

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId != Id)
        {
            _loadedId = Id;
            _loaded = false;
            _stages = (await Deals.GetFormOptionsAsync()).Stages;
            await ReloadAsync();
        }
    }

    private async Task ReloadAsync()
    {
        _deal = await Queries.GetRowAsync(Id);
        _loaded = true;
        if (_deal is null)
        {
            Navigation.AnswerNotFound(RendererInfo);
        }

        _crumbs.Clear();
        _crumbs.AddRange(Crumbs);
        if (_deal is not null)
        {
            _crumbs.Add(new BreadcrumbItem(_deal.Name, href: null, disabled: true));
        }

        StateHasChanged();
    }

    private async Task EditAsync()
    {
        if (await DealDialog.OpenAsync(Dialogs, Id) is not null)
        {
            await ReloadAsync();
        }
    }

    /// <summary>Puts the chosen tab in the URL. MudTabs also reports index changes while it takes its panels down
    /// (the tab closed, the user navigated away): those are neither a choice nor a valid index, and navigating then
    /// would only fail, so they are ignored.</summary>
    private void ShowTab(int index)
    {
        if (_disposed || index < 0 || index >= DealTab.All.Count || index == DealTab.IndexOf(Tab))
        {
            return;
        }

        Navigation.NavigateTo(DealTab.Url(Id, DealTab.All[index]));
    }

    public void Dispose()
    {
        _disposed = true;
        _changes?.Dispose();
    }
}
