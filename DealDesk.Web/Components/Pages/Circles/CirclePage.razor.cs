using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Web.Components.Pages.Circles.Components;
using DealDesk.Web.Identity;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Circles;

/// <summary>One circle and its members. Moderators and admins change roles, remove, add and (admins) invite; everyone
/// else sees the list only. The service checks every change again and its refusals show above the list; the list is
/// reloaded after each, since a refusal may come from a change made elsewhere.</summary>
public sealed partial class CirclePage
{
    private Guid? _shownId;
    private string? _refusal;
    private bool _busy;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private ICircleAdminService CircleAdmin { get; set; } = null!;

    [Inject]
    private ICircleMemberService MemberService { get; set; } = null!;

    [Inject]
    private CurrentUser User { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>The circle, from the route.</summary>
    [Parameter]
    public Guid Id { get; set; }

    /// <summary>The circle with its members; kept from the prerender.</summary>
    [PersistentState]
    public CircleDetail? Circle { get; set; }

    /// <summary>Set once the circle turned out not to be visible to this user; kept from the prerender.</summary>
    [PersistentState]
    public bool? Missing { get; set; }

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new("Circles", "/circles"),
        new(Circle?.Name ?? "", href: null, disabled: true),
    ];

    protected override async Task OnParametersSetAsync()
    {
        if (_shownId == Id)
        {
            return;
        }

        var restored = _shownId is null && (Circle?.Id == Id || Missing == true);
        _shownId = Id;
        if (!restored)
        {
            await ReloadAsync();
        }
    }

    private async Task ReloadAsync()
    {
        Circle = await CircleAdmin.GetAsync(Id);
        Missing = Circle is null;
        if (Missing == true)
        {
            Navigation.AnswerNotFound(RendererInfo);
        }
    }

    private async Task EditAsync()
    {
        if (await CircleDialog.OpenAsync(Dialogs, Id, Circle!.Name, Circle.Description, Circle.Version) is not null)
        {
            await ShowAsync(Result.Ok(), "Circle saved.");
        }
    }

    private async Task AddMemberAsync()
    {
        if (await AddMemberDialog.OpenAsync(Dialogs, Id, Circle!.MyRole) is { } name)
        {
            await ShowAsync(Result.Ok(), $"{name} added.");
        }
    }

    private async Task InviteAsync()
    {
        if (await InviteDialog.OpenAsync(Dialogs, Id, Circle!.MyRole))
        {
            await ReloadAsync();
        }
    }

    private async Task ChangeRoleAsync(MemberRoleChange change)
    {
        // With the role the list showed: a role someone else changed meanwhile is not overwritten, and the reload in
        // ShowAsync shows theirs next to the message.
        var result = await MemberService.ChangeRoleAsync(
            new MemberRoleRequest(Id, change.Member.UserId, change.Role) { Version = change.Member.Version });
        await ShowAsync(result, $"{change.Member.DisplayName} is now {CircleLabels.Role(change.Role).ToLowerInvariant()}.");
    }

    private async Task RemoveAsync(CircleMember member)
    {
        var confirmed = await Dialogs.ConfirmAsync(
            $"Remove {member.DisplayName}?",
            $"{member.DisplayName} will no longer see {Circle!.Name}'s contacts, KPIs and deals. Their sign-in stays.",
            "Remove");
        if (confirmed)
        {
            await ShowAsync(await MemberService.RemoveMemberAsync(Id, member.UserId), $"{member.DisplayName} removed.");
        }
    }

    private async Task ShowAsync(Result result, string success)
    {
        _busy = true;
        _refusal = result.Succeeded ? null : string.Join(" ", result.AllMessages());
        await ReloadAsync();
        _busy = false;
        if (result.Succeeded)
        {
            Snackbar.Add(success, Severity.Success);
        }
    }
}
