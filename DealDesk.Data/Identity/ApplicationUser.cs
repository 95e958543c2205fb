using DealDesk.Core.Circles;
using Microsoft.AspNetCore.Identity;

namespace DealDesk.Data.Identity;

/// <summary>A person who signs in. Each user belongs to one workspace.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    /// <summary>Longest allowed display name.</summary>
    public const int DisplayNameMaxLength = InvitationDraft.DisplayNameMaxLength;

    /// <summary>The user's workspace (tenant).</summary>
    public Guid WorkspaceId { get; set; }

    /// <summary>Name shown on deals and in the app bar.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Workspace admins configure the workspace and see all of its circles.</summary>
    public bool IsWorkspaceAdmin { get; set; }

    /// <summary>The Identity user name of the user with <paramref name="id"/>. Identity needs a name unique across
    /// DealDesk, and an email is unique only within a workspace (ADR 0007), so the name is the id: an internal key,
    /// never shown or typed. Users created before that keep their email as name, which is unique too.</summary>
    public static string UserNameFor(Guid id) => id.ToString("N");
}
