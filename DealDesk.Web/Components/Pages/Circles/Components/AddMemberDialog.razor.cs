using DealDesk.Core.Circles;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Web.Components.Pages.Circles.Components;

/// <summary>Adds an existing user of the workspace to a circle, found by type-ahead over the people who are not in it
/// yet, with a role up to the adding user's own.</summary>
public sealed partial class AddMemberDialog
{
    private WorkspacePerson? _person;
    private CircleRole _role = CircleRole.Member;
    private string? _personError;
    private string? _error;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject]
    private ICircleMemberService MemberService { get; set; } = null!;

    /// <summary>The circle to add to.</summary>
    [Parameter]
    public Guid CircleId { get; set; }

    /// <summary>The role the adding user acts in; the roles offered stop there.</summary>
    [Parameter]
    public CircleRole MyRole { get; set; }

    /// <summary>Opens the dialog; the added person's name, or <c>null</c> when cancelled.</summary>
    public static async Task<string?> OpenAsync(IDialogService dialogs, Guid circleId, CircleRole myRole)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<AddMemberDialog> { { d => d.CircleId, circleId }, { d => d.MyRole, myRole } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<AddMemberDialog>("Add member", parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string name } ? name : null;
    }

    private async Task<IEnumerable<WorkspacePerson>> SearchAsync(string? text, CancellationToken cancellationToken) =>
        await MemberService.FindPeopleAsync(CircleId, text, 20, cancellationToken);

    private async Task SaveAsync()
    {
        (_personError, _error) = (null, null);
        if (_person is null)
        {
            _personError = "Choose a person.";
            return;
        }

        _saving = true;
        var result = await MemberService.AddMemberAsync(new MemberRoleRequest(CircleId, _person.UserId, _role));
        _saving = false;
        if (result.Succeeded)
        {
            Dialog.Close(DialogResult.Ok(_person.DisplayName));
            return;
        }

        if (result.FieldErrors.TryGetValue(nameof(MemberRoleRequest.UserId), out var messages))
        {
            _personError = string.Join(" ", messages);
        }
        else
        {
            _error = string.Join(" ", result.AllMessages());
        }
    }

    private void Cancel() => Dialog.Cancel();
}
