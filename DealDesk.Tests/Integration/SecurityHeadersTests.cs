using System.Net;
using DealDesk.Tests.Support;
using DealDesk.Web.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DealDesk.Tests.Integration;

/// <summary>The headers that limit what a page may run, load, frame and refer, on every kind of response, and
/// HTTPS with HSTS outside Development.</summary>
public sealed class SecurityHeadersTests(SecurityHeadersTests.Apps apps) : IClassFixture<SecurityHeadersTests.Apps>
{
    public sealed class Apps : IAsyncLifetime
    {
        private readonly DealDeskAppFactory _production = new(environment: "Production");

        public Apps() =>
            // Behind no proxy the app cannot tell its HTTPS port; a deployment sets it the same way.
            Production = _production.WithWebHostBuilder(b => b.UseSetting("https_port", "443"));

        public DealDeskAppFactory Development { get; } = new();

        public WebApplicationFactory<Program> Production { get; }

        public ValueTask InitializeAsync() => ValueTask.CompletedTask;

        public async ValueTask DisposeAsync()
        {
            await Development.DisposeAsync();
            await _production.DisposeAsync();
        }
    }

    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/")]
    [InlineData("/app.css")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/contacts/export.csv")]
    public async Task EveryResponse_CarriesTheContentSecurityPolicy_NoSniff_AndAReferrerPolicy(string path)
    {
        using var client = apps.Development.CreateClient(NoRedirects);

        var response = await client.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        var directives = csp.Split(';', StringSplitOptions.TrimEntries).ToList();
        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("object-src 'none'", directives);
        Assert.Contains("base-uri 'self'", directives);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.DoesNotContain(directives, d => d.StartsWith("script-src", StringComparison.Ordinal)
            && (d.Contains("unsafe-inline", StringComparison.Ordinal) || d.Contains("unsafe-eval", StringComparison.Ordinal)));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task SignInPage_HasNoInlineScript()
    {
        using var client = apps.Development.CreateClient(NoRedirects);

        var html = await client.GetStringAsync("/Account/Login");

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("type=\"importmap\"", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OutsideDevelopment_HttpIsRedirectedToHttps()
    {
        using var client = apps.Production.CreateClient(new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                BaseAddress = new Uri("http://dealdesk.example/"),
            });

        var response = await client.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(new Uri("https://dealdesk.example/Account/Login"), response.Headers.Location);
    }

    [Fact]
    public async Task OutsideDevelopment_HttpsResponsesCarryHsts()
    {
        using var client = apps.Production.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://dealdesk.example/"),
        });

        var response = await client.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task InDevelopment_HttpIsServedAsIs()
    {
        using var client = apps.Development.CreateClient(NoRedirects);

        var response = await client.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
