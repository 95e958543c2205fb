using Bunit;
using DealDesk.Core.Common;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;

namespace DealDesk.Tests.Web.Shared;

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

    [Fact]
    public void ChildCallingTheBrowserAfterTheCircuitEnded_IsNotLoggedAsAnError()
    {
        var log = new RecordingLoggerProvider();
        Services.AddSingleton(log.For<AppErrorBoundary>());

        Render<AppErrorBoundary>(p => p.AddChildContent<LateJsCaller>());

        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Debug && e.Exception is JSDisconnectedException or AggregateException);
    }

    [Fact]
    public void ThrowingChild_IsLoggedAsAnError()
    {
        var log = new RecordingLoggerProvider();
        Services.AddSingleton(log.For<AppErrorBoundary>());

        Render<AppErrorBoundary>(p => p.AddChildContent<Thrower>());

        Assert.Contains(log.Entries, e => e.Level == LogLevel.Error && e.Exception is DomainException);
    }

    /// <summary>What a MudBlazor chart does when its tab closes right after its first render.</summary>
    private sealed class LateJsCaller : ComponentBase
    {
        protected override void OnAfterRender(bool firstRender) =>
            throw new JSDisconnectedException("The circuit has disconnected and is being disposed.");
    }

    private sealed class Thrower : ComponentBase
    {
        protected override void OnInitialized() => throw new DomainException("Evidence must be at most 500 characters.");
    }
}
