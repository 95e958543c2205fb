using System.Net;
using System.Security.Claims;
using DealDesk.Core.Circles;
using DealDesk.Web.Identity;
using DealDesk.Data.Identity;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DealDesk.Tests.Integration;

/// <summary>Sign-in, lockout, sessions and the sign-in requirement, through HTTP against the whole app on a real
/// server (Kestrel checks response headers as a browser's server would).</summary>
public sealed class SignInTests(SignInTests.App app) : IClassFixture<SignInTests.App>
{
    public sealed class App : IAsyncLifetime
    {
        public DealDeskAppFactory Factory { get; } = new(realServer: true);

        public ValueTask InitializeAsync()
        {
            Factory.StartServer();
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }

    private const string SignInCookie = ".AspNetCore.Identity.Application";

    private Uri RedirectTarget(HttpResponseMessage response) => new(app.Factory.ServerAddress, response.Headers.Location!);

    private HttpClient NewClient() => NewClient(new CookieContainer());

    private HttpClient NewClient(CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies })
        {
            BaseAddress = app.Factory.ServerAddress,
        };

    /// <summary>A client that sends only the given sign-in cookie, as someone who copied it would.</summary>
    private HttpClient ClientWithCopied(Cookie signInCookie)
    {
        var cookies = new CookieContainer();
        cookies.Add(app.Factory.ServerAddress, new Cookie(signInCookie.Name, signInCookie.Value));
        return NewClient(cookies);
    }

    /// <summary>Signs in with a new client and returns it with its sign-in cookie.</summary>
    private async Task<(HttpClient Client, Cookie SignIn)> SignedInAsync(string email)
    {
        var cookies = new CookieContainer();
        var client = NewClient(cookies);
        var response = await SignInForm.PostAsync(client, email, DemoSettings.Password);
        Assert.Equal("/", RedirectTarget(response).AbsolutePath);
        return (client, cookies.GetCookies(app.Factory.ServerAddress)[SignInCookie]!);
    }

    /// <summary>A new user of the Acme workspace, with the demo password, for a test that locks it out.</summary>
    private async Task<string> NewUserAsync(string name)
    {
        var email = $"{name}@dealdesk.demo";
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var workspaceId = (await app.Factory.ScopeOfAsync("rep@dealdesk.demo")).WorkspaceId;
        var id = Guid.CreateVersion7();
        var created = await users.CreateAsync(new ApplicationUser
        {
            Id = id,
            UserName = ApplicationUser.UserNameFor(id),
            Email = email,
            EmailConfirmed = true,
            LockoutEnabled = true,
            DisplayName = name,
            WorkspaceId = workspaceId,
        }, DemoSettings.Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        return email;
    }

    private async Task<string> OutcomeAsync(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
            ? RedirectTarget(response).AbsolutePath
            : (await response.Content.ReadAsStringAsync()).Contains("Wrong email or password.", StringComparison.Ordinal)
                ? "wrong email or password"
                : response.StatusCode.ToString();

    [Theory]
    [InlineData("/")]
    [InlineData("/some/page/that/does/not/exist")]
    public async Task AnonymousRequest_IsRedirectedToSignIn(string path)
    {
        using var client = NewClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", RedirectTarget(response).AbsolutePath);
    }

    [Fact]
    public async Task SignInPage_IsPublic_AndShowsDemoSignInsInDevelopment()
    {
        using var client = NewClient();

        var html = await client.GetStringAsync("/Account/Login");

        Assert.Contains("Sign in to your workspace", html);
        Assert.Contains("rep@dealdesk.demo", html);
        Assert.Contains(DemoSettings.Password, html);
    }

    [Fact]
    public async Task SignIn_WithDemoCredentials_OpensTheDashboard()
    {
        using var client = NewClient();

        var signIn = await SignInForm.PostAsync(client, "rep@dealdesk.demo", DemoSettings.Password);
        var dashboard = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", RedirectTarget(signIn).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        var html = await dashboard.Content.ReadAsStringAsync();
        Assert.Contains("Acme Sales", html);
        Assert.Contains("Riley Rep", html);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_StaysOnTheFormWithAMessage()
    {
        using var client = NewClient();

        var response = await SignInForm.PostAsync(client, "moderator@dealdesk.demo", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wrong email or password.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/phish")]
    [InlineData("/\\evil.example")]
    public async Task SignIn_ReturnUrlOutsideTheApp_GoesToTheDashboardInstead(string returnUrl)
    {
        using var client = NewClient();

        var response = await SignInForm.PostAsync(client, "rep@dealdesk.demo", DemoSettings.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = RedirectTarget(response);
        Assert.Equal(app.Factory.ServerAddress.Authority, target.Authority);
        Assert.Equal("/", target.AbsolutePath);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenForTheRightPassword()
    {
        using var client = NewClient();
        const string email = "admin@globex.demo";

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await SignInForm.PostAsync(client, email, $"wrong-{attempt}");
        }

        var response = await SignInForm.PostAsync(client, email, DemoSettings.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Lockout", RedirectTarget(response).AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SigningOut_EndsACopyOfTheCookieTakenBefore_AtOnce()
    {
        var (client, signIn) = await SignedInAsync("moderator@dealdesk.demo");
        using var thief = ClientWithCopied(signIn);
        var before = await thief.GetAsync("/contacts/export.csv");

        await SignInForm.SignOutAsync(client);
        var after = await thief.GetAsync("/contacts/export.csv");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("text/csv", before.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/Account/Login", RedirectTarget(after).AbsolutePath);
        client.Dispose();
    }

    [Fact]
    public async Task Lockout_EndsTheUsersSignedInSessions_AtOnce()
    {
        var email = await NewUserAsync("locked.soon");
        var (client, _) = await SignedInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        using var attacker = NewClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await SignInForm.PostAsync(attacker, email, $"guess-{attempt}");
        }

        var afterLockout = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, afterLockout.StatusCode);
        Assert.Equal("/Account/Login", RedirectTarget(afterLockout).AbsolutePath);
        client.Dispose();
    }

    [Fact]
    public async Task UnknownEmail_GetsTheSameAnswers_AndTheSameLockout_AsAKnownOne()
    {
        var known = await NewUserAsync("known.person");
        const string unknown = "nobody.here@dealdesk.demo";
        using var client = NewClient();

        var knownOutcomes = new List<string>();
        var unknownOutcomes = new List<string>();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            knownOutcomes.Add(await OutcomeAsync(await SignInForm.PostAsync(client, known, $"wrong-{attempt}")));
            unknownOutcomes.Add(await OutcomeAsync(await SignInForm.PostAsync(client, unknown, $"wrong-{attempt}")));
        }

        string[] expected = [.. Enumerable.Repeat("wrong email or password", 4), "/Account/Lockout", "/Account/Lockout"];
        Assert.Equal(expected, knownOutcomes);
        Assert.Equal(expected, unknownOutcomes);
    }

    [Fact]
    public async Task AnEmailInvitedIntoASecondWorkspace_SignsInToEach_WithEachPassword_AndLocksOutPerSignIn()
    {
        const string email = "hank.scorpio@globex.demo";
        var invited = await InviteIntoAcmeAsync(email, "Hank at Acme");

        // The password picks the workspace.
        using var intoAcme = NewClient();
        Assert.Equal("/", RedirectTarget(await SignInForm.PostAsync(intoAcme, email, invited.TemporaryPassword)).AbsolutePath);
        var acmeHtml = await intoAcme.GetStringAsync("/");
        Assert.Contains("Acme Sales", acmeHtml);
        Assert.Contains("Hank at Acme", acmeHtml);
        using var intoGlobex = NewClient();
        Assert.Equal("/", RedirectTarget(await SignInForm.PostAsync(intoGlobex, email, DemoSettings.Password)).AbsolutePath);
        var globexHtml = await intoGlobex.GetStringAsync("/");
        Assert.Contains("Globex", globexHtml);
        Assert.Contains("Hank Scorpio", globexHtml);
        Assert.DoesNotContain("Acme Sales", globexHtml);

        // The Acme sign-in locked out: its password is refused as locked out, and its session ends; the Globex
        // sign-in, with its own password, still opens Globex.
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var acmeUser = (await users.FindByIdAsync(invited.UserId.ToString()))!;
            Assert.True((await users.SetLockoutEndDateAsync(acmeUser, DateTimeOffset.UtcNow.AddHours(1))).Succeeded);
        }

        using var client = NewClient();
        Assert.Equal("/Account/Lockout", RedirectTarget(await SignInForm.PostAsync(client, email, invited.TemporaryPassword)).AbsolutePath);
        Assert.Equal("/Account/Login", RedirectTarget(await intoAcme.GetAsync("/")).AbsolutePath);
        Assert.Equal("/", RedirectTarget(await SignInForm.PostAsync(client, email, DemoSettings.Password)).AbsolutePath);
        Assert.Contains("Hank Scorpio", await client.GetStringAsync("/"));
    }

    /// <summary>Invites <paramref name="email"/> into a new circle of Acme as Acme's workspace admin, through the
    /// app's own invitation service in a scope signed in as them.</summary>
    private async Task<InvitedPerson> InviteIntoAcmeAsync(string email, string displayName)
    {
        var admin = await app.Factory.ScopeOfAsync("admin@dealdesk.demo");
        await using var scope = app.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, admin.UserId!.Value.ToString()),
            new Claim(DealDeskClaims.WorkspaceId, admin.WorkspaceId.ToString()),
            new Claim(DealDeskClaims.IsWorkspaceAdmin, "true"),
        ], "Test")));
        var circles = scope.ServiceProvider.GetRequiredService<ICircleAdminService>();
        var circle = await circles.CreateAsync(new CircleDraft { Name = $"Invitations {Guid.NewGuid():N}" });
        Assert.True(circle.Succeeded, circle.Message);
        var invited = await scope.ServiceProvider.GetRequiredService<ICircleInvitationService>().InviteAsync(circle.Value,
            new InvitationDraft { DisplayName = displayName, Email = email, Role = CircleRole.Member });
        Assert.True(invited.Succeeded, invited.Message);
        return invited.Value!;
    }

    [Theory]
    [InlineData("/contacts?q=José", "/contacts?q=Jos%C3%A9")]
    [InlineData("/accounts/Zürich#top", "/accounts/Z%C3%BCrich#top")]
    [InlineData("/deals?q=日本", "/deals?q=%E6%97%A5%E6%9C%AC")]
    public async Task SignIn_WithANonAsciiReturnUrl_GoesThere_Escaped(string returnUrl, string expectedLocation)
    {
        using var client = NewClient();

        var page = await client.GetAsync($"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        var response = await SignInForm.PostAsync(client, "rep@dealdesk.demo", DemoSettings.Password, returnUrl);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.True(location.All(char.IsAscii), location);
        Assert.Equal(app.Factory.ServerAddress.Authority, RedirectTarget(response).Authority);
        Assert.Equal(expectedLocation,
            RedirectTarget(response).GetComponents(UriComponents.PathAndQuery | UriComponents.Fragment, UriFormat.UriEscaped));
    }
}
