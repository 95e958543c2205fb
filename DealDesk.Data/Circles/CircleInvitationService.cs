using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Data.Identity;
using DealDesk.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Circles;

/// <summary>Invitations: a new person's sign-in (a temporary password, returned once) and their membership, apart
/// from running circles because they create a user of the workspace. <see cref="ICircleAccess"/> decides first, like
/// every member write.</summary>
/// <remarks>Invitations create the Identity user through <see cref="UserManager{TUser}"/>, whose stores write through
/// the scope's own <paramref name="identityDb"/>; the membership goes through that same context inside one
/// transaction, so a failed invitation leaves neither a user nor a membership behind.</remarks>
internal sealed partial class CircleInvitationService(
    ICircleAccess access,
    ICurrentUser user,
    UserManager<ApplicationUser> users,
    DealDeskDbContext identityDb,
    ILogger<CircleInvitationService> log) : ICircleInvitationService
{
    private static readonly InvitationDraftValidator InvitationValidator = new();

    public async Task<Result<InvitedPerson>> InviteAsync(Guid circleId, InvitationDraft draft,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (InvitationValidator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        const string target = "a new person's invitation";
        if (await access.CheckAsync(circleId, CircleAction.ManageMembers, target, cancellationToken) is { } denied)
        {
            return denied;
        }

        // A new sign-in configures the workspace, not just the circle: workspace admins only (CircleDetail.CanInvite).
        if (!user.IsWorkspaceAdmin)
        {
            return Refuse(circleId, target, CircleMessages.OnlyWorkspaceAdminsInvite);
        }

        var email = draft.Email.Trim();
        var password = TemporaryPassword.Generate();
        try
        {
            // Only this workspace's users count: the admin sees them in the member list anyway. Whether another
            // workspace has this email changes nothing, so nothing here can tell them (ADR 0007). Asked first for a
            // clear message; the (workspace, email) unique index asks again, inside the write.
            if (await users.FindByEmailInWorkspaceAsync(identityDb.Tenant.WorkspaceId, email, cancellationToken) is not null)
            {
                return Result.Invalid(nameof(InvitationDraft.Email), CircleMessages.EmailTaken);
            }

            var invited = await identityDb.Database.CreateExecutionStrategy().ExecuteAsync(
                ct => CreateUserAndMembershipAsync(circleId, draft, email, password, ct), cancellationToken);
            if (invited.Succeeded)
            {
                LogInvited(invited.Value!.UserId, circleId, draft.Role, user.UserId);
            }

            return invited;
        }
        catch (DbUpdateException)
        {
            // Rolled back: a racing invitation took the email, or the circle went away meanwhile.
            identityDb.ChangeTracker.Clear();
            if (await users.FindByEmailInWorkspaceAsync(identityDb.Tenant.WorkspaceId, email, cancellationToken) is not null)
            {
                return Result.Invalid(nameof(InvitationDraft.Email), CircleMessages.EmailTaken);
            }

            if (await access.RoleInAsync(circleId, cancellationToken) is null)
            {
                return Result.NotFound(CircleMessages.NotFound);
            }

            throw;
        }
        finally
        {
            // The scope's context outlives this call (it serves Identity for the whole circuit): leave nothing of
            // this invitation tracked in it, committed or not.
            identityDb.ChangeTracker.Clear();
        }
    }

    /// <summary>One attempt of the invitation: the user (through Identity, which hashes the password) and the
    /// membership in one transaction on the stores' context. Any failure disposes the transaction uncommitted.</summary>
    private async Task<Result<InvitedPerson>> CreateUserAndMembershipAsync(Guid circleId, InvitationDraft draft,
        string email, string password, CancellationToken cancellationToken)
    {
        identityDb.ChangeTracker.Clear();
        await using var transaction = await identityDb.Database.BeginTransactionAsync(cancellationToken);
        var id = Guid.CreateVersion7();
        var person = new ApplicationUser
        {
            Id = id,
            // Identity wants a user name unique across DealDesk; the email is unique only within the workspace, so
            // the name is the id: an internal key, never shown or typed (people sign in with their email).
            UserName = ApplicationUser.UserNameFor(id),
            Email = email,
            EmailConfirmed = true,
            LockoutEnabled = true,
            DisplayName = draft.DisplayName.Trim(),
            WorkspaceId = identityDb.Tenant.WorkspaceId,
        };
        var created = await users.CreateAsync(person, password);
        if (!created.Succeeded)
        {
            return IdentityFailure(created);
        }

        identityDb.CircleMemberships.Add(new CircleMembership(circleId, person.Id, draft.Role));
        await identityDb.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<InvitedPerson>.Ok(new InvitedPerson(person.Id, email, password));
    }

    /// <summary>Identity's refusals, under the invitation's fields where they belong to one. Its messages name the
    /// rule broken, never the password.</summary>
    private static Result IdentityFailure(IdentityResult created)
    {
        var errors = created.Errors
            .GroupBy(e => e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal)
                ? nameof(InvitationDraft.Email)
                : "")
            .ToDictionary(g => g.Key, g => g
                .Select(e => e.Code.StartsWith("Duplicate", StringComparison.Ordinal) ? CircleMessages.EmailTaken : e.Description)
                .Distinct()
                .ToArray());
        return Result.Invalid(errors);
    }

    /// <summary>Logs a refusal of the membership rules and returns it.</summary>
    private Result Refuse(Guid circleId, string target, string reason)
    {
        LogRefused(user.UserId, target, circleId, reason);
        return Result.Forbidden(reason);
    }

    [LoggerMessage(LogLevel.Warning,
        "Permission denied: user {UserId} may not manage members on {Target} in circle {CircleId}: {Reason}")]
    private partial void LogRefused(Guid? userId, string target, Guid circleId, string reason);

    [LoggerMessage(LogLevel.Information, "User {MemberId} invited into circle {CircleId} as {Role} by user {UserId}")]
    private partial void LogInvited(Guid memberId, Guid circleId, CircleRole role, Guid? userId);
}
