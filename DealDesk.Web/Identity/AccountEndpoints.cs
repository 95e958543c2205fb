using DealDesk.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DealDesk.Web.Identity;

public static class AccountEndpoints
{
    /// <summary>Sign-out: a form POST from the user menu. Binding a form field makes the endpoint validate the
    /// form's antiforgery token, so another site cannot sign a user out. Signing out renews the user's security
    /// stamp, which every request checks: every cookie of theirs stops working at once, a copy of this one or one
    /// on another device included, and their open circuits end at the next revalidation.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", async (SignInManager<ApplicationUser> signInManager, HttpContext http,
            [FromForm] string? returnUrl) =>
        {
            if (await signInManager.UserManager.GetUserAsync(http.User) is { } user)
            {
                await signInManager.UserManager.UpdateSecurityStampAsync(user);
            }

            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        });
        return endpoints;
    }
}
