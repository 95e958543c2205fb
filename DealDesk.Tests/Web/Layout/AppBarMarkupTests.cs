using Bunit;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealDesk.Tests.Web.Layout;

// The app bar's static parts are drawn without components: each must look exactly as the MudBlazor one it replaces.
public sealed class AppBarMarkupTests : MudComponentTest
{
    [Fact]
    public void Title_IsMudTextH6() =>
        Render(AppBarMarkup.Title("ml-2 d-none d-sm-flex")).MarkupMatches(Render<MudText>(p => p
            .Add(t => t.Typo, Typo.h6).Add(t => t.Class, "ml-2 d-none d-sm-flex").AddChildContent("DealDesk")).Markup);

    [Fact]
    public void Chip_IsMudChip() =>
        Render(AppBarMarkup.Chip("Acme Corp", Icons.Material.Filled.Business, "ml-4 d-none d-md-flex", "workspace-name"))
            .MarkupMatches(WithoutChipContainerId(Render<MudChip<string>>(p => p
                .Add(c => c.Size, Size.Small).Add(c => c.Variant, Variant.Filled).Add(c => c.Color, Color.Secondary)
                .Add(c => c.Class, "ml-4 d-none d-md-flex").Add(c => c.Icon, Icons.Material.Filled.Business)
                .AddUnmatched("data-testid", "workspace-name").AddChildContent("Acme Corp")).Markup));

    // MudChip gives its container a new id on every render, which nothing reads for a chip outside a chip set.
    private static string WithoutChipContainerId(string markup) =>
        System.Text.RegularExpressions.Regex.Replace(markup, @" id=""chip-container-[0-9a-f-]+""", "");

    [Fact]
    public void Chip_ShowsTheNameAsText() =>
        Assert.Equal("Acme <b>", Render(AppBarMarkup.Chip("Acme <b>", Icons.Material.Filled.Business, "", "workspace-name"))
            .Find(".mud-chip-content").TextContent);

    [Fact]
    public void Spacer_IsMudSpacer() =>
        Render(AppBarMarkup.Spacer).MarkupMatches(Render<MudSpacer>().Markup);

    [Theory]
    [InlineData(true, null)]
    [InlineData(false, "Toggle dark mode")]
    public void IconButton_IsMudIconButton(bool edgeStart, string? title)
    {
        var clicks = 0;
        var drawn = Render(AppBarMarkup.IconButton(Icons.Material.Filled.Menu, "Toggle navigation", title, edgeStart,
            EventCallback.Factory.Create(this, () => clicks++)));

        drawn.MarkupMatches(Render<MudIconButton>(p =>
        {
            p.Add(b => b.Icon, Icons.Material.Filled.Menu).Add(b => b.Color, Color.Inherit)
                .Add(b => b.Edge, edgeStart ? Edge.Start : Edge.False).AddUnmatched("aria-label", "Toggle navigation");
            if (title is not null)
            {
                p.AddUnmatched("title", title);
            }
        }).Markup);
        drawn.Find("button").Click();
        Assert.Equal(1, clicks);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void IconButton_IsTheDarkModeToggle(bool dark) =>
        Render(AppBarMarkup.IconButton(dark ? Icons.Material.Filled.LightMode : Icons.Material.Outlined.DarkMode,
                "Toggle dark mode", "Toggle dark mode", edgeStart: false, EventCallback.Empty, pressed: dark))
            .MarkupMatches(Render<MudToggleIconButton>(p => p
                .Add(b => b.Toggled, dark)
                .Add(b => b.Icon, Icons.Material.Outlined.DarkMode).Add(b => b.Color, Color.Inherit)
                .Add(b => b.ToggledIcon, Icons.Material.Filled.LightMode).Add(b => b.ToggledColor, Color.Inherit)
                .AddUnmatched("aria-label", "Toggle dark mode").AddUnmatched("title", "Toggle dark mode")).Markup);
}
