using System.Net;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DealDesk.Tests.Integration;

/// <summary>The address bar is user input: a page given ids that are not ids, unknown names or numbers out of range in
/// its query string shows its default view, never an error page.</summary>
public sealed class MalformedAddressTests(MalformedAddressTests.App app) : IClassFixture<MalformedAddressTests.App>
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

    [Theory]
    [InlineData("/deals?stage=nope&owner=1&circle=x&band=huge&health=great&sort=color&dir=up&page=-4&size=100000")]
    [InlineData("/pipeline?owner=not-an-id&circle=42&priority=urgent")]
    [InlineData("/contacts?circle=not-an-id&status=vip&funnel=%00&sort=shoe&page=abc&view=cube")]
    [InlineData("/contacts/import?circle=not-an-id")]
    [InlineData("/kpis?circle=not-an-id&sort=sideways")]
    [InlineData("/deals/not-an-id")]
    [InlineData("/circles/not-an-id")]
    public async Task Page_WithMalformedQueryValues_RendersInsteadOfFailing(string address)
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await SignInForm.PostAsync(client, "moderator@dealdesk.demo", DemoSettings.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var response = await client.GetAsync(address);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound,
            $"{address} answered {(int)response.StatusCode}");
        Assert.Contains("data-interactive", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
