using System.Net;
using System.Text;
using DealDesk.Core.Contacts;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using DealDesk.Tests.Web.Contacts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Integration;

/// <summary>The CSV export over HTTP: signed-in users only, the list's filters and sort honoured, a circle the user
/// is not in answered as missing.</summary>
public sealed class ContactExportTests(ContactExportTests.App app) : IClassFixture<ContactExportTests.App>
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

    [Fact]
    public async Task Export_WithoutSigningIn_RedirectsToSignIn()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/contacts/export.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Export_HonoursTheCircleFiltersAndSort_OfTheView()
    {
        using var client = await SignedInAsync("rep@dealdesk.demo");
        var (circleId, expected) = await ExpectedAsync("Enterprise Team",
            c => c.Status == ContactStatus.Customer || c.Status == ContactStatus.Partner);

        var response = await client.GetAsync(
            $"/contacts/export.csv?circle={circleId}&status=customer&status=partner&sort=name&dir=asc&page=2&size=10");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var rows = ContactCsvTests.Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'));
        Assert.Equal("Name", rows[0][0]);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Skip(1).Select(r => r[1]));
        Assert.All(rows.Skip(1), r => Assert.Contains(r[4], new[] { "Customer", "Partner" }));
    }

    [Fact]
    public async Task Export_OfACircleTheUserIsNotIn_IsNotFound()
    {
        using var client = await SignedInAsync("rep@dealdesk.demo");
        var (partner, _) = await ExpectedAsync("Partner Team", _ => true);

        var response = await client.GetAsync($"/contacts/export.csv?circle={partner}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await SignInForm.PostAsync(client, email, DemoSettings.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    /// <summary>The circle's id and the emails of its contacts matching <paramref name="filter"/>, by name.</summary>
    private async Task<(Guid CircleId, List<string> Emails)> ExpectedAsync(string circle,
        System.Linq.Expressions.Expression<Func<Contact, bool>> filter)
    {
        var rep = await app.Factory.ScopeOfAsync("rep@dealdesk.demo");
        await using var db = app.Factory.Database.CreateContext(TenantScope.System(rep.WorkspaceId));
        var circleId = await db.Circles.Where(c => c.Name == circle).Select(c => c.Id).SingleAsync();
        var contacts = await db.Contacts.Where(c => c.CircleId == circleId).Where(filter).ToListAsync();
        return (circleId, contacts.OrderBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Id.ToString().ToUpperInvariant(), StringComparer.Ordinal).Select(c => c.Email).ToList());
    }
}
