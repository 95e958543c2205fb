using DealDesk.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DealDesk.Web.Identity;

/// <summary>Identity's user manager, except that locking a user out also renews their security stamp, so every
/// sign-in cookie and open circuit of theirs stops working at once (the stamp is checked on every request), not
/// only new sign-ins. Identity renews the stamp on a password change but not on a lockout.</summary>
public sealed class StampRenewingUserManager(
    IUserStore<ApplicationUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<ApplicationUser> passwordHasher,
    IEnumerable<IUserValidator<ApplicationUser>> userValidators,
    IEnumerable<IPasswordValidator<ApplicationUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<ApplicationUser>> logger)
    : UserManager<ApplicationUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators,
        keyNormalizer, errors, services, logger)
{
    /// <summary>Counts a wrong password; the one that locks the user out also ends all of their sessions.</summary>
    public override async Task<IdentityResult> AccessFailedAsync(ApplicationUser user)
    {
        var result = await base.AccessFailedAsync(user);
        return result.Succeeded && await IsLockedOutAsync(user) ? await UpdateSecurityStampAsync(user) : result;
    }

    /// <summary>Sets the end of a lockout; one in the future also ends all of the user's sessions.</summary>
    public override async Task<IdentityResult> SetLockoutEndDateAsync(ApplicationUser user, DateTimeOffset? lockoutEnd)
    {
        var result = await base.SetLockoutEndDateAsync(user, lockoutEnd);
        return result.Succeeded && await IsLockedOutAsync(user) ? await UpdateSecurityStampAsync(user) : result;
    }
}
