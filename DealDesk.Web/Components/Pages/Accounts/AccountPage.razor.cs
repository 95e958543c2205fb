using DealDesk.Core.Accounts;
using DealDesk.Core.Deals;
using DealDesk.Web.Components.Pages.Accounts.Components;
using DealDesk.Web.Components.Pages.Deals.Components;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Accounts;

/// <summary>One account: what it is, its figures over the deals the user can see, and those deals. An account of
/// another workspace, or none, shows the not-found page.</summary>
public sealed partial class AccountPage
{
    private AccountDeals? _deals;
    private Guid? _shownId;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IAccountService Accounts { get; set; } = null!;

    [Inject]
    private IDealService Deals { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    /// <summary>The account, from the route.</summary>
    [Parameter]
    public Guid Id { get; set; }

    /// <summary>The account with its figures; kept from the prerender.</summary>
    [PersistentState]
    public AccountRow? Account { get; set; }

    /// <summary>Set once the account turned out not to exist for this user; kept from the prerender.</summary>
    [PersistentState]
    public bool? Missing { get; set; }

    /// <summary>The workspace's currency, for the open value; kept from the prerender.</summary>
    [PersistentState]
    public string? Currency { get; set; }

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new("Accounts", "/accounts"),
        new(Account?.Name ?? "", href: null, disabled: true),
    ];

    protected override async Task OnParametersSetAsync()
    {
        Currency ??= (await Deals.GetFormOptionsAsync()).Currency;
        if (_shownId == Id)
        {
            return;
        }

        // The interactive render starts from the prerender's answer for this id; a later visit to another
        // account in the same circuit loads that one.
        var restored = _shownId is null && (Account?.Id == Id || Missing == true);
        _shownId = Id;
        if (!restored)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        Account = await Accounts.GetAsync(Id);
        Missing = Account is null;
        if (Missing == true)
        {
            Navigation.AnswerNotFound(RendererInfo);
        }
    }

    private async Task EditAsync()
    {
        if (await AccountDialog.OpenAsync(Dialogs, Id) is not null)
        {
            await LoadAsync();
        }
    }

    private async Task NewDealAsync()
    {
        if (await DealDialog.OpenAsync(Dialogs, accountId: Id) is not null)
        {
            await LoadAsync();
            if (_deals is not null)
            {
                await _deals.ReloadAsync();
            }
        }
    }
}
