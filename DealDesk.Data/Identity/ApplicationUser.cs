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
}
