using System.Security.Claims;
using DealDesk.Core.Deals;
using DealDesk.Data.Identity;
using DealDesk.Tests.Support;
using DealDesk.Web.Feeds;
using DealDesk.Web.Identity;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Web.Feeds;

/// <summary>Every page hears deal changes through the viewer of its circuit: a rep hears only of deals in their
/// circles, an admin of every deal of the workspace, and each page's reloads are coalesced.</summary>
public sealed class ChangeViewerTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);
    private readonly InProcessDealChangeFeed _feed = new(NullLogger<InProcessDealChangeFeed>.Instance);
    private readonly Guid _workspace = Guid.NewGuid();
    private readonly Guid _mine = Guid.NewGuid();
    private readonly Guid _theirs = Guid.NewGuid();

    [Fact]
    public async Task ARep_NeverHearsOfADealOutsideTheirCircles()
    {
        var heard = new List<DealChange>();
        using var subscription = Viewer(admin: false).Subscribe(c => Record(heard, c));

        await _feed.DeliverAsync(Moved(_theirs));
        await _feed.DeliverAsync(DealChange.Rescoring(_workspace, [Moved(_theirs), Moved(_theirs)]));
        var mine = Moved(_mine);
        await _feed.DeliverAsync(mine);

        Assert.Equal([mine], heard);
    }

    [Fact]
    public async Task AnAdmin_HearsOfEveryCircle()
    {
        var heard = new List<DealChange>();
        using var subscription = Viewer(admin: true).Subscribe(c => Record(heard, c));

        await _feed.DeliverAsync(Moved(_theirs));
        await _feed.DeliverAsync(Moved(_mine));

        Assert.Equal(2, heard.Count);
    }

    [Fact]
    public async Task AFollowingPage_ReloadsOnceForABurst_UntilItsWindowEnds()
    {
        var time = new SteppedTime();
        var reloads = 0;
        using var following = Viewer(admin: false, time).Follow(_ => true, reload => reload(), () =>
        {
            reloads++;
            return Task.CompletedTask;
        });

        for (var i = 0; i < 20; i++)
        {
            await _feed.DeliverAsync(Moved(_mine));
        }

        Assert.Equal(1, reloads);
        time.Advance(CoalescedRefresh.Window);
        Assert.Equal(2, reloads);
    }

    private ChangeViewer Viewer(bool admin, TimeProvider? time = null)
    {
        var user = new CurrentUser();
        user.Set(new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
                new Claim(DealDeskClaims.WorkspaceId, _workspace.ToString()),
                new Claim(DealDeskClaims.IsWorkspaceAdmin, admin ? "true" : "false"),
            ], "Test")));
        return new ChangeViewer(_feed, user, new ListedCircles([_mine]), time ?? TimeProvider.System,
            NullLogger<ChangeViewer>.Instance);
    }

    private DealChange Moved(Guid circle)
    {
        var facts = new DealFacts(circle, Guid.NewGuid(), null, DealPriority.Medium, 1m, null, Guid.NewGuid(), "Deal",
            "Account", Now, Now, null);
        return new DealChange(_workspace, Guid.NewGuid(), DealChangeKind.Moved, facts.StageId, Guid.NewGuid(), null)
        {
            Before = facts,
            After = facts,
        };
    }

    private static Task Record(List<DealChange> heard, DealChange change)
    {
        lock (heard)
        {
            heard.Add(change);
        }

        return Task.CompletedTask;
    }
}
