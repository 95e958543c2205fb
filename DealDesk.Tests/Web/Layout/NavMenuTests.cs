using Bunit;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Layout;
using DealDesk.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DealDesk.Tests.Web.Layout;

public sealed class NavMenuTests : MudComponentTest
{
    public NavMenuTests() => Services.AddSingleton(new CurrentUser());

    // The drawer was MudNavMenu with MudNavLinks: the markup drawn by hand must be theirs, active link included.
    [Theory]
    [InlineData("/")]
    [InlineData("/deals?page=2&q=acme")]
    [InlineData("/deals/3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("/settings/pipeline")]
    [InlineData("/kpisx")]
    public void DrawsTheSameMarkupAsMudNavLinks(string address)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);

        var drawn = Render<NavMenu>();
        var reference = Render<MudNavMenu>(menu => menu
            .Add(m => m.Class, "pt-2")
            .Add(m => m.ChildContent, builder =>
            {
                foreach (var (href, text, icon, match) in new[]
                         {
                             ("/", "Dashboard", Icons.Material.Filled.Dashboard, NavLinkMatch.All),
                             ("/deals", "Deals", Icons.Material.Filled.TableRows, NavLinkMatch.Prefix),
                             ("/pipeline", "Pipeline", Icons.Material.Filled.ViewKanban, NavLinkMatch.Prefix),
                             ("/contacts", "Contacts", Icons.Material.Filled.Contacts, NavLinkMatch.Prefix),
                             ("/accounts", "Accounts", Icons.Material.Filled.Business, NavLinkMatch.Prefix),
                             ("/kpis", "KPIs", Icons.Material.Filled.Speed, NavLinkMatch.Prefix),
                             ("/circles", "Circles", Icons.Material.Filled.Groups, NavLinkMatch.Prefix),
                         })
                {
                    builder.OpenComponent<MudNavLink>(0);
                    builder.AddComponentParameter(1, nameof(MudNavLink.Href), href);
                    builder.AddComponentParameter(2, nameof(MudNavLink.Match), match);
                    builder.AddComponentParameter(3, nameof(MudNavLink.Icon), icon);
                    builder.AddComponentParameter(4, nameof(MudNavLink.ChildContent),
                        (RenderFragment)(b => b.AddContent(0, text)));
                    builder.CloseComponent();
                }
            }));

        drawn.MarkupMatches(reference.Markup);
    }

    [Fact]
    public void TheActiveLinkFollowsTheAddress()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/deals");
        var menu = Render<NavMenu>();

        navigation.NavigateTo("/pipeline");

        menu.WaitForAssertion(() =>
            Assert.Equal("/pipeline", menu.Find("a.active").GetAttribute("href")));
        Assert.Single(menu.FindAll("a.active"));
    }
}
