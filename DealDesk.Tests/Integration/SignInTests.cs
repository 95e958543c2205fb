using System.Net;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DealDesk.Tests.Integration;

/// <summary>Sign-in, lockout and the sign-in requirement, through HTTP against the whole app.</summary>
public sealed class SignInTests(SignInTests.App app) : IClassFixture<SignInTests.App>
{
    public sealed class App : IAsyncLifetime
    {
        public DealDeskAppFactory Factory { get; } = new();

        public ValueTask InitializeAsync()
        {
            _ = Factory.Server;
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }

    private static Uri RedirectTarget(HttpResponseMessage response) =>
        new(new Uri("http://localhost/"), response.Headers.Location!);

    private HttpClient NewClient() =>
        app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

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
        Assert.Equal("localhost", target.Host);
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
}
