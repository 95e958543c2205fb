using Bunit;
using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Core.Deals;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Contacts.Components;
using DealDesk.Web.Components.Pages.Pipeline.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DealDesk.Tests.Web.Shared;

/// <summary>The contact and lost-reason dialogs judge a field only once the user has left it or pressed the button:
/// they open clean, an emptied required field says so when left, and the button shows every rule broken.</summary>
public sealed class DialogValidationTimingTests : MudComponentTest
{
    private readonly FakeContacts _contacts = new();

    public DialogValidationTimingTests()
    {
        Services.AddSingleton<IContactService>(_contacts);
        Services.AddSingleton<IContactQueries>(_contacts);
    }

    [Fact]
    public void NewContact_OpensWithoutErrors()
    {
        var provider = OpenContact();

        Assert.Empty(provider.FindAll(".mud-input-error"));
        Assert.DoesNotContain("is required", provider.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewContact_LeavingTheNameEmptied_ShowsTheRule()
    {
        var provider = OpenContact();

        await provider.InvokeAsync(() => provider.Find("[data-testid=contact-name]").Input("Ada"));
        await provider.InvokeAsync(() => provider.Find("[data-testid=contact-name]").Input(""));
        await provider.InvokeAsync(() => provider.Find("[data-testid=contact-name]").Blur());

        provider.WaitForAssertion(() => Assert.Contains("Name is required.", provider.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Email is required.", provider.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewContact_SaveShowsEveryBrokenRule_AndCallsNoService()
    {
        var provider = OpenContact();

        await provider.InvokeAsync(() => provider.Find("[data-testid=contact-save]").Click());

        provider.WaitForAssertion(() =>
        {
            Assert.Contains("Name is required.", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("Email is required.", provider.Markup, StringComparison.Ordinal);
        });
        Assert.Equal(0, _contacts.Creates);
    }

    [Fact]
    public void LostReason_OpensWithoutErrors()
    {
        var provider = OpenLostReason(out _);

        Assert.Empty(provider.FindAll(".mud-input-error"));
        Assert.DoesNotContain(DealMessages.LostReasonRequired, provider.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LostReason_LeavingTheReasonEmptied_ShowsTheRule()
    {
        var provider = OpenLostReason(out _);

        await provider.InvokeAsync(() => provider.Find("[data-testid=lost-reason]").Input("Budget"));
        await provider.InvokeAsync(() => provider.Find("[data-testid=lost-reason]").Input(""));
        await provider.InvokeAsync(() => provider.Find("[data-testid=lost-reason]").Blur());

        provider.WaitForAssertion(() =>
            Assert.Contains(DealMessages.LostReasonRequired, provider.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LostReason_ConfirmingWithoutAReason_ShowsTheRule_AndStaysOpen()
    {
        var provider = OpenLostReason(out var answer);

        await provider.InvokeAsync(() => provider.Find("[data-testid=lost-reason-confirm]").Click());

        provider.WaitForAssertion(() =>
            Assert.Contains(DealMessages.LostReasonRequired, provider.Markup, StringComparison.Ordinal));
        Assert.False(answer.IsCompleted);
        Assert.NotEmpty(provider.FindAll("[data-testid=lost-reason-dialog]"));
    }

    private IRenderedComponent<MudDialogProvider> OpenContact()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        _ = provider.InvokeAsync(() => ContactDialog.OpenAsync(dialogs, Guid.NewGuid()));
        provider.WaitForAssertion(() => provider.Find("[data-testid=contact-name]"));
        return provider;
    }

    private IRenderedComponent<MudDialogProvider> OpenLostReason(out Task<string?> answer)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<string?>? asked = null;
        provider.InvokeAsync(() => asked = LostReasonDialog.AskAsync(dialogs, "Initech – 40 seats"));
        provider.WaitForAssertion(() => provider.Find("[data-testid=lost-reason]"));
        answer = asked!;
        return provider;
    }

    private sealed class FakeContacts : IContactService, IContactQueries
    {
        public int Creates { get; private set; }

        public Task<Result<Guid>> CreateAsync(Guid circleId, ContactDraft draft, CancellationToken cancellationToken = default)
        {
            Creates++;
            return Task.FromResult(Result<Guid>.Ok(Guid.NewGuid()));
        }

        public Task<ContactPage> SearchAsync(ContactSearch search, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<FunnelColumn>> GetFunnelAsync(ContactSearch search, int perStage,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<ContactRow>> GetFunnelCardsAsync(ContactSearch search, FunnelStage stage, int skip,
            int take, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Result<IAsyncEnumerable<ContactRow>>> ExportAsync(ContactSearch search,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ContactDetail?> GetAsync(Guid contactId, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<Result> UpdateAsync(Guid contactId, ContactDraft draft,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Result> MoveAsync(Guid contactId, FunnelStage stage, byte[] version,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Result> DeleteAsync(Guid contactId, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
