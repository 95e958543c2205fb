using AngleSharp.Dom;
using Bunit;
using DealDesk.Core.Accounts;
using DealDesk.Core.Common;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Accounts.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DealDesk.Tests.Web.Accounts;

/// <summary>The account dialog shows the Core rules under their fields before calling anything, and the service's
/// refusals (a taken name) under the field they are about, staying open.</summary>
public sealed class AccountDialogTests : MudComponentTest
{
    private static readonly AccountRow Initech =
        new(Guid.NewGuid(), "Initech", "Software", AccountSize.MidMarket, "201-1000", "initech.example", Region.Emea, 3, 1, 5000m, [1, 1]);

    private readonly FakeAccountService _accounts = new();

    public AccountDialogTests() => Services.AddSingleton<IAccountService>(_accounts);

    [Fact]
    public async Task Save_WithAnEmptyName_ShowsTheRuleUnderTheNameField_AndCallsNoService()
    {
        var provider = Open();

        await provider.InvokeAsync(() => provider.Find("[data-testid=account-save]").Click());

        provider.WaitForAssertion(() => Assert.Contains("Name is required.", FieldOf(provider, "account-name").TextContent));
        Assert.Empty(_accounts.Saved);
        Assert.NotEmpty(provider.FindAll("[data-testid=account-dialog]"));
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

        await provider.InvokeAsync(() => provider.Find("[data-testid=account-name]").Input("Initech"));
        await provider.InvokeAsync(() => provider.Find("[data-testid=account-name]").Input(""));
        await provider.InvokeAsync(() => provider.Find("[data-testid=account-name]").Blur());

        provider.WaitForAssertion(() => Assert.Contains("Name is required.", FieldOf(provider, "account-name").TextContent));
    }

    [Fact]
    public async Task Save_WithABadWebsite_ShowsTheRuleUnderTheWebsiteField()
    {
        var provider = Open();

        await provider.InvokeAsync(() => provider.Find("[data-testid=account-name]").Input("Initech"));
        await provider.InvokeAsync(() => provider.Find("[data-testid=account-website]").Change("not a website"));
        await provider.InvokeAsync(() => provider.Find("[data-testid=account-save]").Click());

        provider.WaitForAssertion(() =>
            Assert.Contains("Website must be a web address", FieldOf(provider, "account-website").TextContent));
        Assert.Empty(_accounts.Saved);
    }

    [Fact]
    public async Task Save_WhenTheNameIsTaken_ShowsTheServicesMessageUnderName_AndStaysOpen()
    {
        _accounts.Answer = Result.Invalid(nameof(AccountDraft.Name), AccountMessages.NameTaken("Initech"));
        var provider = Open();

        await provider.InvokeAsync(() => provider.Find("[data-testid=account-name]").Input("INITECH"));
        await provider.InvokeAsync(() => provider.Find("[data-testid=account-save]").Click());

        provider.WaitForAssertion(() =>
            Assert.Contains("An account named “Initech” already exists.", FieldOf(provider, "account-name").TextContent));
        Assert.Equal("INITECH", Assert.Single(_accounts.Saved).Draft.Name);
        Assert.NotEmpty(provider.FindAll("[data-testid=account-dialog]"));
    }

    [Fact]
    public async Task Edit_StartsFromTheAccount_AndSavesTheChangesToIt()
    {
        var provider = Open(Initech.Id);
        provider.WaitForAssertion(() =>
            Assert.Equal("Initech", provider.Find("[data-testid=account-name]").GetAttribute("value")));

        await provider.InvokeAsync(() => provider.Find("[data-testid=account-industry]").Change("Robotics"));
        await provider.InvokeAsync(() => provider.Find("[data-testid=account-save]").Click());

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid=account-dialog]")));
        var (id, draft) = Assert.Single(_accounts.Saved);
        Assert.Equal(Initech.Id, id);
        Assert.Equal(("Initech", "Robotics", AccountSize.MidMarket, Region.Emea, "initech.example"),
            (draft.Name, draft.Industry, draft.Size, draft.Region, draft.Website));
    }

    [Fact]
    public async Task Save_WhenSomeoneElseSavedFirst_SaysSo_StaysOpen_AndReloadShowsTheirValues()
    {
        _accounts.Answer = Result.Conflict(AccountMessages.Conflict);
        var provider = Open(Initech.Id);
        provider.WaitForAssertion(() =>
            Assert.Equal("Initech", provider.Find("[data-testid=account-name]").GetAttribute("value")));

        await provider.InvokeAsync(() => provider.Find("[data-testid=account-industry]").Change("Robotics"));
        await provider.InvokeAsync(() => provider.Find("[data-testid=account-save]").Click());

        provider.WaitForAssertion(() =>
            Assert.Contains(AccountMessages.Conflict, provider.Find("[data-testid=account-conflict]").TextContent));
        Assert.Equal(Initech.Version, Assert.Single(_accounts.Saved).Draft.Version);
        Assert.NotEmpty(provider.FindAll("[data-testid=account-dialog]"));

        _accounts.Stored = Initech with { Industry = "Their industry", Version = [2, 2] };
        await provider.InvokeAsync(() => provider.Find("[data-testid=account-reload]").Click());

        provider.WaitForAssertion(() =>
            Assert.Equal("Their industry", provider.Find("[data-testid=account-industry]").GetAttribute("value")));
        Assert.Empty(provider.FindAll("[data-testid=account-conflict]"));
        _accounts.Answer = Result.Ok();
        await provider.InvokeAsync(() => provider.Find("[data-testid=account-save]").Click());
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid=account-dialog]")));
        Assert.Equal([2, 2], _accounts.Saved[^1].Draft.Version);
    }

    private IRenderedComponent<MudDialogProvider> Open(Guid? accountId = null)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        _ = provider.InvokeAsync(() => AccountDialog.OpenAsync(dialogs, accountId));
        provider.WaitForAssertion(() => provider.Find("[data-testid=account-name]"));
        return provider;
    }

    /// <summary>The whole field (label, input, helper or error line) around the input with this test id.</summary>
    private static IElement FieldOf(IRenderedComponent<MudDialogProvider> provider, string testId) =>
        provider.FindAll(".mud-input-control").Single(c => c.QuerySelector($"[data-testid={testId}]") is not null);

    private sealed class FakeAccountService : IAccountService
    {
        public List<(Guid? Id, AccountDraft Draft)> Saved { get; } = [];

        public Result Answer { get; set; } = Result.Ok();

        public Task<AccountPage> SearchAsync(string? text, int page, int pageSize, AccountSort? sort = null,
            CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<NamedOption>> LookupAsync(string? text, int take = 20,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public AccountRow Stored { get; set; } = Initech;

        public Task<AccountRow?> GetAsync(Guid accountId, CancellationToken cancellationToken = default) =>
            Task.FromResult(accountId == Initech.Id ? Stored : null);

        public Task<Result<Guid>> CreateAsync(AccountDraft draft, CancellationToken cancellationToken = default)
        {
            Saved.Add((null, draft));
            return Task.FromResult<Result<Guid>>(Answer.Succeeded ? Result<Guid>.Ok(Guid.NewGuid()) : Answer);
        }

        public Task<Result> UpdateAsync(Guid accountId, AccountDraft draft, CancellationToken cancellationToken = default)
        {
            Saved.Add((accountId, draft));
            return Task.FromResult(Answer);
        }
    }
}
