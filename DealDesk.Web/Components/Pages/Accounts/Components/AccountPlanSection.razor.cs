using DealDesk.Core.Accounts;
using DealDesk.Core.Common;
using DealDesk.Core.Plans;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace DealDesk.Web.Components.Pages.Accounts.Components;

/// <summary>The account's plan on its page, edited through <see cref="PlanEditor{TPlan}"/>; a first plan starts from
/// the account's details and open deals.</summary>
public sealed partial class AccountPlanSection
{
    private IReadOnlyList<NamedOption> _openDeals = [];

    [Inject]
    private IAccountPlanService Plans { get; set; } = null!;

    [Inject]
    private IAccountService Accounts { get; set; } = null!;

    /// <summary>The account planned.</summary>
    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    protected override Guid OwnerId => AccountId;

    protected override PlanEditor<AccountPlan> CreateEditor() => new(Plans, AccountId, FirstDraftAsync);

    protected override async Task LoadChoicesAsync() =>
        _openDeals = (await Plans.GetOpenDealsAsync(AccountId)).Value ?? [];

    /// <summary>A first plan starts from what DealDesk already knows: the account's details and its open deals.</summary>
    private async Task<AccountPlan> FirstDraftAsync()
    {
        var plan = new AccountPlan { ActiveOpportunities = [.. _openDeals.Select(d => d.Id)] };
        if (await Accounts.GetAsync(AccountId) is { } account)
        {
            plan.Profile.Industry = account.Industry;
            plan.Profile.Size = account.CompanySizeBand is null
                ? AccountLabels.Size(account.Size)
                : $"{AccountLabels.Size(account.Size)}, {account.CompanySizeBand} employees";
        }

        return plan;
    }
}
