namespace DealDesk.Core.Circles;

/// <summary>Messages the circle administration returns, shared so the UI and tests speak the same words.</summary>
public static class CircleMessages
{
    /// <summary>The circle is gone, in another workspace, or the user is not in it.</summary>
    public const string NotFound = "That circle does not exist or you are not a member of it.";

    /// <summary>Someone else renamed the circle after the user loaded it: nothing was written.</summary>
    public const string Conflict = "This circle was changed by someone else. Reload it to see their change, then try again.";

    /// <summary>Someone else changed the member's role after the list was loaded: nothing was written.</summary>
    public const string MemberConflict =
        "This member's role was changed by someone else. The list now shows their change.";

    /// <summary>Creating circles is the workspace admins' job.</summary>
    public const string OnlyWorkspaceAdminsCreate = "Only workspace admins may create circles.";

    /// <summary>Renaming circles is the workspace admins' job.</summary>
    public const string OnlyWorkspaceAdminsEdit = "Only workspace admins may rename a circle or change its description.";

    /// <summary>A circle picked on a form (a deal's) that the user is not in, or that does not exist.</summary>
    public const string ChooseOneOfYours = "Choose one of your circles.";

    /// <summary>The person asked for is not a user of this workspace (or does not exist).</summary>
    public const string PersonNotInWorkspace = "Choose a person of this workspace.";

    /// <summary>Adding someone who is already in.</summary>
    public const string AlreadyMember = "That person is already a member of this circle.";

    /// <summary>Changing or removing someone who is not in.</summary>
    public const string NotAMember = "That person is not a member of this circle.";

    /// <summary>A moderator giving the admin role.</summary>
    public const string AboveOwnRole = "You cannot give anyone a role above your own.";

    /// <summary>A moderator changing or removing an admin.</summary>
    public const string OnlyAdminsChangeAdmins = "Only circle admins may change or remove an admin.";

    /// <summary>Removing or demoting the circle's only admin.</summary>
    public const string LastAdmin = "A circle keeps at least one admin: make someone else admin first.";

    /// <summary>A moderator inviting a new person.</summary>
    public const string OnlyWorkspaceAdminsInvite =
        "Only workspace admins may give new people a sign-in; add people who already have one with Add member.";

    /// <summary>The email already signs someone in to this workspace. Other workspaces' users are never mentioned:
    /// the same email may sign in to each workspace on its own (ADR 0007).</summary>
    public const string EmailTaken =
        "Someone in this workspace already signs in with this email: add them with “Add member”.";

    /// <summary>The name is taken in the workspace, ignoring case and surrounding spaces.</summary>
    public static string NameTaken(string existingName) => $"A circle named “{existingName}” already exists.";
}
