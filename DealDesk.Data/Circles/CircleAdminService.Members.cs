using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Data.Persistence;
using DealDesk.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Circles;

/// <summary>Members, roles and invitations.</summary>
internal sealed partial class CircleAdminService
{
    private static readonly MemberRoleRequestValidator MemberValidator = new();
    private static readonly InvitationDraftValidator InvitationValidator = new();

    public async Task<Result> AddMemberAsync(MemberRoleRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var valid = MemberValidator.Validate(request).ToResult();
        if (!valid.Succeeded)
        {
            return valid;
        }

        var (denied, acting) = await ActingRoleAsync(request.CircleId, Target(request.UserId), cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        if (MembershipRules.RefuseAdd(acting, request.Role) is { } refusal)
        {
            return Refuse(request.CircleId, Target(request.UserId), refusal);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == request.UserId && u.WorkspaceId == db.Tenant.WorkspaceId,
                cancellationToken))
        {
            // Another workspace's user (or nobody): the same answer, which tells nothing about other tenants.
            LogRefused(user.UserId, Target(request.UserId), request.CircleId, CircleMessages.PersonNotInWorkspace);
            return Result.Invalid(nameof(MemberRoleRequest.UserId), CircleMessages.PersonNotInWorkspace);
        }

        if (await IsMemberAsync(db, request.CircleId, request.UserId, cancellationToken))
        {
            return Result.Invalid(nameof(MemberRoleRequest.UserId), CircleMessages.AlreadyMember);
        }

        db.CircleMemberships.Add(new CircleMembership(request.CircleId, request.UserId, request.Role));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone added them between our check and our insert; the unique index kept one membership.
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            if (await IsMemberAsync(fresh, request.CircleId, request.UserId, cancellationToken))
            {
                return Result.Invalid(nameof(MemberRoleRequest.UserId), CircleMessages.AlreadyMember);
            }

            throw;
        }

        LogMemberAdded(request.UserId, request.CircleId, request.Role, user.UserId);
        return Result.Ok();
    }

    public async Task<Result> ChangeRoleAsync(MemberRoleRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var valid = MemberValidator.Validate(request).ToResult();
        if (!valid.Succeeded)
        {
            return valid;
        }

        var target = Target(request.UserId);
        var (denied, acting) = await ActingRoleAsync(request.CircleId, target, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var result = await ChangeMembershipAsync(request.CircleId, request.UserId, nameof(MemberRoleRequest.Role),
            (db, membership) =>
            {
                if (db.ExpectVersion(membership, request.Version, CircleMessages.MemberConflict) is { } stale)
                {
                    return stale;
                }

                if (MembershipRules.RefuseChange(acting, membership.Role, request.Role) is { } refusal)
                {
                    return Refuse(request.CircleId, target, refusal);
                }

                membership.ChangeRole(request.Role);
                return null;
            }, cancellationToken);
        if (result.Succeeded)
        {
            LogRoleChanged(request.UserId, request.CircleId, request.Role, user.UserId);
        }

        return result;
    }

    public async Task<Result> RemoveMemberAsync(Guid circleId, Guid userId, CancellationToken cancellationToken = default)
    {
        var target = Target(userId);
        var (denied, acting) = await ActingRoleAsync(circleId, target, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var result = await ChangeMembershipAsync(circleId, userId, nameof(MemberRoleRequest.UserId),
            (db, membership) =>
            {
                if (MembershipRules.RefuseRemove(acting, membership.Role) is { } refusal)
                {
                    return Refuse(circleId, target, refusal);
                }

                db.CircleMemberships.Remove(membership);
                return null;
            }, cancellationToken);
        if (result.Succeeded)
        {
            LogMemberRemoved(userId, circleId, user.UserId);
        }

        return result;
    }

    public async Task<Result<InvitedPerson>> InviteAsync(Guid circleId, InvitationDraft draft,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var valid = InvitationValidator.Validate(draft).ToResult();
        if (!valid.Succeeded)
        {
            return valid;
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
}
