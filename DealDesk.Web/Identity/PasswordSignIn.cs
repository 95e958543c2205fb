using DealDesk.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace DealDesk.Web.Identity;

/// <summary>Signs a person in with their email and password. The same email may sign in to several workspaces, each
/// with its own password (ADR 0007): the password picks the workspace. An email nobody signs in with gets the same
/// answers as a known one, the same lockout after the same number of wrong passwords, and the same password-hash
/// work, so the sign-in form tells nobody who has a DealDesk sign-in, nor in how many workspaces.</summary>
public sealed class PasswordSignIn(
    SignInManager<ApplicationUser> signInManager,
    IPasswordHasher<ApplicationUser> hasher,
    UnknownEmailSignIns unknownEmails)
{
    /// <summary>Password hashes checked on every sign-in, whoever the email belongs to: an email of one, two or three
    /// workspaces, or of none, costs the same, so timing does not tell them apart. Beyond that each further workspace
    /// costs one more check.</summary>
    public const int HashChecksPerSignIn = 3;

    private static readonly ApplicationUser Nobody = new();

    /// <summary>Signs in and sets the cookie, or says why not: <see cref="SignInResult.LockedOut"/> after too many
    /// wrong passwords for this email, known or not, otherwise <see cref="SignInResult.Failed"/>. When the password is
    /// right for two of the email's sign-ins, the most recently created one opens.</summary>
    public async Task<SignInResult> SignInAsync(string email, string password, bool isPersistent)
    {
        var users = signInManager.UserManager;
        var withEmail = await users.FindAllByEmailAsync(email);
        if (withEmail.Count == 0)
        {
            return UnknownEmail(email, password);
        }

        // As for one user: while the email's sign-ins are all locked out, no password is checked.
        var open = new List<ApplicationUser>(withEmail.Count);
        foreach (var user in withEmail)
        {
            if (!await users.IsLockedOutAsync(user))
            {
                open.Add(user);
            }
        }

        if (open.Count == 0)
        {
            return SignInResult.LockedOut;
        }

        // Every candidate is checked, the match or not, so the work does not say which one matched.
        ApplicationUser? match = null;
        foreach (var user in open)
        {
            var verified = user.PasswordHash is { } hash
                && hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;
            match ??= verified ? user : null;
        }

        CheckNobodysPassword(password, HashChecksPerSignIn - open.Count);
        if (match is not null)
        {
            // Identity checks the password once more and does the rest: resets the wrong-password count, rehashes an
            // outdated hash, issues the cookie.
            return await signInManager.PasswordSignInAsync(match, password, isPersistent, lockoutOnFailure: true);
        }

        // A wrong password counts against each of the email's sign-ins, each locking out on its own count.
        var lockedOut = open.Count < withEmail.Count;
        foreach (var user in open)
        {
            await users.AccessFailedAsync(user);
            lockedOut |= await users.IsLockedOutAsync(user);
        }

        return lockedOut ? SignInResult.LockedOut : SignInResult.Failed;
    }

    private SignInResult UnknownEmail(string email, string password)
    {
        // As for a user: a locked-out email is refused before any password is checked, otherwise the password is
        // checked as many times as a user's.
        if (unknownEmails.IsLockedOut(email))
        {
            return SignInResult.LockedOut;
        }

        CheckNobodysPassword(password, HashChecksPerSignIn);
        return unknownEmails.Fail(email) ? SignInResult.LockedOut : SignInResult.Failed;
    }

    private void CheckNobodysPassword(string password, int times)
    {
        var hashOfNoPassword = unknownEmails.HashOfNoPassword(p => hasher.HashPassword(Nobody, p));
        for (var i = 0; i < times; i++)
        {
            hasher.VerifyHashedPassword(Nobody, hashOfNoPassword, password);
        }
    }
}
