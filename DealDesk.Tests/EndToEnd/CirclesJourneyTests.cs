using System.Text.RegularExpressions;
using DealDesk.Data.Seeding;
using DealDesk.Tests.Support;
using Microsoft.Playwright;

namespace DealDesk.Tests.EndToEnd;

/// <summary>Circles in a real browser against the real app: a workspace admin creates a circle and invites a person,
/// whose temporary password is shown once and signs them in; members are added by type-ahead, promoted and removed;
/// a plain member sees the members read-only while a moderator sees the controls.</summary>
public sealed partial class CirclesJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Admin = "admin@dealdesk.demo";

    [Fact]
    public async Task Admin_CreatesACircle_InvitesAPerson_SeesThePasswordOnce_AndThePersonSignsInWithIt()
    {
        var page = await browser.NewPageAsync();
        var circle = "Field Team " + Guid.NewGuid().ToString("N")[..6];
        var email = $"dana.{Guid.NewGuid().ToString("N")[..6]}@example.com";
        await page.SignInAsync(Admin, DemoSettings.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Circles" }).ClickAsync();
        await page.WaitForAddressAsync(url => new Uri(url).AbsolutePath == "/circles");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("circle-link")).ToContainTextAsync(["Enterprise Team", "Growth Team", "Partner Team"]);
        await page.ScreenshotAsync("circles");

        await page.GetByTestId("new-circle").OpenDialogAsync();
        await page.GetByTestId("circle-name").FillAsync(" enterprise team ");
        await page.GetByTestId("circle-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("circle-dialog")).ToContainTextAsync("A circle named “Enterprise Team” already exists.");
        await page.GetByTestId("circle-name").FillAsync(circle);
        await page.GetByTestId("circle-description").FillAsync("Door-to-door sales in the north");
        await page.GetByTestId("circle-save").ClickAsync();
        await page.WaitForAddressAsync(CirclePageUrl().IsMatch);
        await Assertions.Expect(page.GetByTestId("circle-title")).ToHaveTextAsync(circle);
        await Assertions.Expect(page.GetByTestId("members-empty")).ToBeVisibleAsync();

        await page.GetByTestId("invite-person").OpenDialogAsync();
        await page.GetByTestId("invite-name").FillAsync("Dana Diaz");
        await page.GetByTestId("invite-email").FillAsync(email);
        await page.GetByTestId("invite-save").ClickAsync();
        var shown = page.GetByTestId("temporary-password");
        await Assertions.Expect(shown).ToHaveValueAsync(TemporaryPasswordShape());
        var password = await shown.InputValueAsync();
        await Assertions.Expect(page.GetByTestId("invite-done")).ToContainTextAsync(email);
        await Assertions.Expect(page.GetByTestId("password-hint")).ToContainTextAsync("shown only this once");
        await page.ScreenshotAsync("circle-invite-password");
        await page.GetByTestId("invite-close").ClickAsync();
        await Assertions.Expect(page.GetByTestId("invite-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("member-name")).ToHaveTextAsync(["Dana Diaz"]);

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("member-email")).ToHaveTextAsync([email]);
        Assert.DoesNotContain(password, await page.ContentAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/circles");
        await page.WaitForInteractiveAsync();
        var row = page.Locator("tr", new() { Has = page.GetByTestId("circle-link").GetByText(circle, new() { Exact = true }) });
        await Assertions.Expect(row.GetByTestId("circle-member-count")).ToHaveTextAsync("1");

        // Renamed from the list, with the version the list showed.
        await row.GetByTestId("edit-circle").OpenDialogAsync();
        circle += " North";
        await page.GetByTestId("circle-name").FillAsync(circle);
        await page.GetByTestId("circle-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("circle-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("circle-link").GetByText(circle, new() { Exact = true })).ToBeVisibleAsync();

        var dana = await browser.NewPageAsync();
        await dana.SignInAsync(email, password);
        await dana.GotoAsync("/circles");
        await dana.WaitForInteractiveAsync();
        await Assertions.Expect(dana.GetByTestId("circle-link")).ToHaveTextAsync([circle]);
        await Assertions.Expect(dana.GetByTestId("role-chip")).ToHaveTextAsync(["Member"]);
        await Assertions.Expect(dana.GetByTestId("new-circle")).ToHaveCountAsync(0);
        await dana.GetByTestId("circle-link").ClickAsync();
        await dana.WaitForAddressAsync(CirclePageUrl().IsMatch);
        await Assertions.Expect(dana.GetByTestId("read-only-hint")).ToBeVisibleAsync();
        await Assertions.Expect(dana.GetByTestId("add-member")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Admin_AddsAnExistingUserByTypeAhead_PromotesThem_AndRemovesThem()
    {
        var page = await browser.NewPageAsync();
        var circle = "Pod " + Guid.NewGuid().ToString("N")[..6];
        await page.SignInAsync(Admin, DemoSettings.Password);
        await page.GotoAsync("/circles");
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("new-circle").OpenDialogAsync();
        await page.GetByTestId("circle-name").FillAsync(circle);
        await page.GetByTestId("circle-save").ClickAsync();
        await page.WaitForAddressAsync(CirclePageUrl().IsMatch);
        await page.WaitForInteractiveAsync();

        await page.GetByTestId("add-member").OpenDialogAsync();
        await page.GetByTestId("member-person").FillAsync("jordan");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "Jordan Kim (jordan.kim@dealdesk.demo)" }).ClickAsync();
        // The pick is taken once the field shows it; saving before would save no one.
        await Assertions.Expect(page.GetByTestId("member-person")).ToHaveValueAsync(new Regex("Jordan Kim"));
        await page.GetByTestId("add-member-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("add-member-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("member-name")).ToHaveTextAsync(["Jordan Kim"]);

        await page.GetByTestId("member-role").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "Admin" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasTextString = "Jordan Kim is now admin." })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("member-role")).ToContainTextAsync("Admin");
        await page.ScreenshotAsync("circle");

        // The only admin cannot be removed: the service refuses, and says why.
        await page.GetByTestId("member-remove").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("circle-refusal")).ToHaveTextAsync("A circle keeps at least one admin: make someone else admin first.");

        await page.GetByTestId("member-role").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "Member" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("circle-refusal")).ToHaveTextAsync("A circle keeps at least one admin: make someone else admin first.");
        await Assertions.Expect(page.GetByTestId("member-role")).ToContainTextAsync("Admin");

        // With a second admin, the first one may go.
        await page.GetByTestId("add-member").OpenDialogAsync();
        await page.GetByTestId("member-person").FillAsync("casey");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "Casey Nguyen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-person")).ToHaveValueAsync(new Regex("Casey Nguyen"));
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await page.GetByTestId("member-new-role").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "Admin" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-new-role")).ToContainTextAsync("Admin");
        await page.GetByTestId("add-member-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("add-member-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("member-name")).ToHaveTextAsync(["Casey Nguyen", "Jordan Kim"]);
        await page.Locator("tr", new() { HasTextString = "Jordan Kim" }).GetByTestId("member-remove").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-name")).ToHaveTextAsync(["Casey Nguyen"]);
        await Assertions.Expect(page.GetByTestId("circle-refusal")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Member_SeesTheMembersReadOnly_WhileTheModeratorSeesTheControls()
    {
        var rep = await browser.NewPageAsync();
        await rep.SignInAsync("rep@dealdesk.demo", DemoSettings.Password);
        await rep.GotoAsync("/circles");
        await rep.WaitForInteractiveAsync();
        await Assertions.Expect(rep.GetByTestId("circle-link")).ToHaveTextAsync(["Enterprise Team", "Growth Team"]);
        await rep.GetByTestId("circle-link").GetByText("Enterprise Team").ClickAsync();
        await rep.WaitForAddressAsync(CirclePageUrl().IsMatch);
        var enterprise = rep.Url;
        await rep.WaitForInteractiveAsync();
        await Assertions.Expect(rep.GetByTestId("member-name")).ToContainTextAsync(["Morgan Moderator"]);
        await Assertions.Expect(rep.GetByTestId("read-only-hint")).ToBeVisibleAsync();
        Assert.Equal(0, await rep.GetByTestId("member-role").CountAsync());
        Assert.Equal(0, await rep.GetByTestId("member-remove").CountAsync());
        Assert.Equal(0, await rep.GetByTestId("add-member").CountAsync());
        await rep.ScreenshotAsync("circle-read-only");

        var moderator = await browser.NewPageAsync();
        await moderator.SignInAsync("moderator@dealdesk.demo", DemoSettings.Password);
        await moderator.GotoAsync(new Uri(enterprise).AbsolutePath);
        await moderator.WaitForInteractiveAsync();
        await Assertions.Expect(moderator.GetByTestId("add-member")).ToBeVisibleAsync();
        await Assertions.Expect(moderator.GetByTestId("invite-person")).ToHaveCountAsync(0);
        Assert.True(await moderator.GetByTestId("member-role").CountAsync() >= 2);
        Assert.True(await moderator.GetByTestId("member-remove").CountAsync() >= 2);

        // Partner Team is not the rep's: the page does not exist for them.
        await rep.GotoAsync("/circles");
        await rep.WaitForInteractiveAsync();
        Assert.Equal(0, await rep.GetByTestId("circle-link").GetByText("Partner Team").CountAsync());
    }

    [GeneratedRegex("/circles/[0-9a-f-]{36}$")]
    private static partial Regex CirclePageUrl();

    [GeneratedRegex("^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$")]
    private static partial Regex TemporaryPasswordShape();
}
