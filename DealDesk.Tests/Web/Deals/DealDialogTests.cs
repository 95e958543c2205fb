using Bunit;
using DealDesk.Core.Accounts;
using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Deals.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DealDesk.Tests.Web.Deals;

/// <summary>The deal dialog shows the Core rules as field messages, and the service's answers where they belong.</summary>
public sealed class DealDialogTests : MudComponentTest
{
    private static readonly StageOption Qualified = new(Guid.NewGuid(), "Qualified", StageKind.Open, 2, 30, 21);
    private static readonly NamedOption Circle = new(Guid.NewGuid(), "Enterprise Team");
    private static readonly NamedOption Account = new(Guid.NewGuid(), "Initech");
    private readonly FakeDealService _deals = new();

    public DealDialogTests()
    {
        Services.AddSingleton<IDealService>(_deals);
        Services.AddSingleton<IAccountService>(new FakeAccounts());
    }

    [Fact]
    public async Task Save_WithAnEmptyName_ShowsTheRuleUnderTheField_AndCallsNoService()
    {
        var provider = Open();

        await provider.InvokeAsync(() => provider.Find("[data-testid=deal-save]").Click());

        provider.WaitForAssertion(() => Assert.Contains("Name is required.", provider.Markup));
        Assert.Empty(_deals.Created);
    }

    [Fact]
    public void Open_ShowsNoErrorBeforeTheUserDidAnything()
    {
        var provider = Open();

        Assert.Empty(provider.FindAll(".mud-input-error"));
        Assert.DoesNotContain("is required", provider.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeavingTheNameEmptied_ShowsTheRuleUnderIt()
    {
        var provider = Open();
        var name = provider.Find("[data-testid=deal-name]");

        await provider.InvokeAsync(() => name.Input("Initech"));
        await provider.InvokeAsync(() => provider.Find("[data-testid=deal-name]").Input(""));
        await provider.InvokeAsync(() => provider.Find("[data-testid=deal-name]").Blur());

        provider.WaitForAssertion(() => Assert.Contains("Name is required.", provider.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Save_WhenTheServiceRefusesAField_ShowsItsMessage_AndStaysOpen()
    {
        _deals.Answer = Result.Invalid(nameof(DealDraft.OwnerId), "The owner must be a member of the deal's circle.");
        var provider = Open();

        await FillValidDealAsync(provider);
        await provider.InvokeAsync(() => provider.Find("[data-testid=deal-save]").Click());

        provider.WaitForAssertion(() => Assert.Contains("The owner must be a member of the deal", provider.Markup));
        Assert.Single(_deals.Created);
        Assert.NotEmpty(provider.FindAll("[data-testid=deal-dialog]"));
    }

    [Fact]
    public async Task Save_OnAConflict_SaysSomeoneElseChangedIt_AndOffersAReload()
    {
        _deals.Answer = Result.Conflict(DealMessages.Conflict);
        var provider = Open();

        await FillValidDealAsync(provider);
        await provider.InvokeAsync(() => provider.Find("[data-testid=deal-save]").Click());

        provider.WaitForAssertion(() =>
            Assert.Contains("changed by someone else", provider.Find("[data-testid=deal-dialog-error]").TextContent));
        Assert.Contains("Reload", provider.Find("[data-testid=deal-dialog-error]").TextContent);
    }

    // Opened from an account (as the account page does), so a valid deal needs only a name: the type-ahead is
    // MudBlazor's to test. With one circle to choose from, the dialog picks it.
    private IRenderedComponent<MudDialogProvider> Open()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        _ = provider.InvokeAsync(() => DealDialog.OpenAsync(dialogs, accountId: Account.Id));
        provider.WaitForAssertion(() => provider.Find("[data-testid=deal-save]"));
        return provider;
    }

    private static Task FillValidDealAsync(IRenderedComponent<MudDialogProvider> provider) =>
        provider.InvokeAsync(() => provider.Find("[data-testid=deal-name]").Input("Initech – 40 seats"));

    private sealed class FakeDealService : IDealService
    {
        public List<DealDraft> Created { get; } = [];

        public Result Answer { get; set; } = Result.Ok();

        public Task<DealFormOptions> GetFormOptionsAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new DealFormOptions([Qualified], [Circle], [], "USD"));

        public Task<DealDraft?> GetDraftAsync(Guid dealId, CancellationToken cancellationToken = default) =>
            Task.FromResult<DealDraft?>(null);

        public Task<Result<Guid>> CreateAsync(DealDraft draft, CancellationToken cancellationToken = default)
        {
            Created.Add(draft);
            return Task.FromResult<Result<Guid>>(Answer.Succeeded ? Result<Guid>.Ok(Guid.NewGuid()) : Answer);
        }

        public Task<Result> UpdateAsync(Guid dealId, DealDraft draft, CancellationToken cancellationToken = default) =>
            Task.FromResult(Answer);

        public Task<Result> MoveAsync(Guid dealId, Guid stageId, string? lostReason, byte[] version,
            CancellationToken cancellationToken = default) => Task.FromResult(Answer);
    }

    private sealed class FakeAccounts : IAccountService
    {
        public Task<AccountPage> SearchAsync(string? text, int page, int pageSize, AccountSort? sort = null,
            CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<NamedOption>> LookupAsync(string? text, int take = 20, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<NamedOption>>([Account]);

        public Task<AccountRow?> GetAsync(Guid accountId, CancellationToken cancellationToken = default) =>
            Task.FromResult<AccountRow?>(new AccountRow(Account.Id, Account.Name, null, AccountSize.Smb, null, null, null, 0, 0, 0m, []));

        public Task<Result<Guid>> CreateAsync(AccountDraft draft, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<Result> UpdateAsync(Guid accountId, AccountDraft draft, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
