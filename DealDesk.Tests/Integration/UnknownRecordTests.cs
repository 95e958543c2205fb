using System.Net;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DealDesk.Tests.Integration;

/// <summary>A detail page for an id that does not exist answers 404 on its first (prerendered) request.</summary>
public sealed class UnknownRecordTests(MalformedAddressTests.App app) : IClassFixture<MalformedAddressTests.App>
{
    [Theory]
    [InlineData("/deals/")]
    [InlineData("/contacts/")]
    [InlineData("/kpis/")]
    [InlineData("/accounts/")]
    public async Task DetailPage_ForAnUnknownId_AnswersNotFound(string path)
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await SignInForm.PostAsync(client, "moderator@dealdesk.demo", DemoSettings.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var response = await client.GetAsync(path + Guid.CreateVersion7());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Nothing here", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
