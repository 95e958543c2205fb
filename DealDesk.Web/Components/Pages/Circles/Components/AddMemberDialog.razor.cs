using DealDesk.Core.Circles;
using DealDesk.Web.Components.Shared;
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
    private readonly DialogSave _save = new();

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
        var parameters = new DialogParameters<AddMemberDialog> { { d => d.CircleId, circleId }, { d => d.MyRole, myRole } };
        return await FormDialog.ShowAsync(dialogs, "Add member", parameters) is { Canceled: false, Data: string name }
            ? name
            : null;
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

        var person = _person;
        var result = await _save.RunAsync(() => MemberService.AddMemberAsync(new MemberRoleRequest(CircleId, person.UserId, _role)));
        if (result.Succeeded)
        {
            Dialog.Close(DialogResult.Ok(person.DisplayName));
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
