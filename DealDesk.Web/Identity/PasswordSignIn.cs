using DealDesk.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace DealDesk.Web.Identity;

/// <summary>Signs a person in with their email and password. An email nobody signs in with gets the same answers
/// as a known one, the same lockout after the same number of wrong passwords, and a password hash checked just the
/// same, so the sign-in form tells nobody who has a DealDesk sign-in.</summary>
public sealed class PasswordSignIn(
    SignInManager<ApplicationUser> signInManager,
    IPasswordHasher<ApplicationUser> hasher,
    UnknownEmailSignIns unknownEmails)
{
    private static readonly ApplicationUser Nobody = new();

    /// <summary>Signs in and sets the cookie, or says why not: <see cref="SignInResult.LockedOut"/> after too many
    /// wrong passwords for this email, known or not, otherwise <see cref="SignInResult.Failed"/>.</summary>
    public async Task<SignInResult> SignInAsync(string email, string password, bool isPersistent)
    {
        // Every user signs in with their email as user name (CircleAdminService's invitation, the demo seeder).
        if (await signInManager.UserManager.FindByNameAsync(email) is { } user)
        {
            return await signInManager.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);
        }

        // As for a user: a locked-out email is refused before any password is checked, otherwise the password is
        // checked against a hash as costly as a user's.
        if (unknownEmails.IsLockedOut(email))
        {
            return SignInResult.LockedOut;
        }

        hasher.VerifyHashedPassword(Nobody, unknownEmails.HashOfNoPassword(p => hasher.HashPassword(Nobody, p)), password);
        return unknownEmails.Fail(email) ? SignInResult.LockedOut : SignInResult.Failed;
    }
}
