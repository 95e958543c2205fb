using Bunit;
using DealDesk.Core.Common;
using DealDesk.Web.Components.Shared;
using DealDesk.Tests.Support;
using Microsoft.AspNetCore.Components;

namespace DealDesk.Tests.Web;

/// <summary>A domain rule that throws while a page renders shows a message with a way on, not a dead page.</summary>
public sealed class AppErrorBoundaryTests : MudComponentTest
{
    [Fact]
    public void ThrowingChild_IsReplacedByAMessageWithAWayOn()
    {
        var cut = Render<AppErrorBoundary>(p => p.AddChildContent<Thrower>());

        Assert.Contains("This page ran into a problem", cut.Markup, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=error-boundary-retry]"));
        Assert.NotNull(cut.Find("[data-testid=error-boundary-reload]"));
    }

    private sealed class Thrower : ComponentBase
    {
        protected override void OnInitialized() => throw new DomainException("Evidence must be at most 500 characters.");
    }
}
