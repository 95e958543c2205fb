namespace DealDesk.Web.Identity;

/// <summary>Sets the request's <see cref="CurrentUser"/> from the authenticated cookie, for statically rendered
/// pages, prerendering and endpoints.</summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentUser currentUser)
    {
        currentUser.Set(context.User);
        return next(context);
    }
}
