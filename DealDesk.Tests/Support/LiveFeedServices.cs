using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Web.Feeds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Support;

/// <summary>What a component test needs for a page that follows deal changes through <see cref="ChangeViewer"/>:
/// the viewer itself and, unless the test registered its own, a clock and a user in the circles it names.</summary>
public static class LiveFeedServices
{
    public static IServiceCollection AddChangeViewer(this IServiceCollection services, params Guid[] myCircles)
    {
        services.TryAddSingleton<TimeProvider>(TimeProvider.System);
        services.TryAddSingleton<ICircleAccess>(new ListedCircles(myCircles));
        services.TryAddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddScoped<ChangeViewer>();
        return services;
    }
}

/// <summary>Membership of the listed circles, as a member; checks are not what these tests are about.</summary>
public sealed class ListedCircles(IReadOnlyList<Guid> circles) : ICircleAccess
{
    public Task<IReadOnlyList<MyCircle>> MyCirclesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<MyCircle>>([.. circles.Select(c => new MyCircle(c, "Circle", CircleRole.Member))]);

    public Task<CircleRole?> RoleInAsync(Guid circleId, CancellationToken cancellationToken = default) =>
        Task.FromResult<CircleRole?>(circles.Contains(circleId) ? CircleRole.Member : null);

    public Task<Result?> CheckAsync(Guid circleId, CircleAction action, string target,
        CancellationToken cancellationToken = default) => Task.FromResult<Result?>(null);
}
