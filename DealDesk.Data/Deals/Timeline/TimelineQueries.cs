using DealDesk.Core.Deals.Timeline;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Deals.Timeline;

/// <summary>A deal's timeline for the current user, paged in SQL along the (DealId, OccurredAt, Id) index.</summary>
internal sealed class TimelineQueries(IDbContextFactory<DealDeskDbContext> contexts) : ITimelineQueries
{
    public async Task<TimelinePage?> GetPageAsync(Guid dealId, IReadOnlyCollection<ActivityKind>? kinds, int skip,
        int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Activities are not circle-filtered themselves: the deal's visibility decides for its whole story.
        if (!await db.Deals.AnyAsync(d => d.Id == dealId, cancellationToken))
        {
            return null;
        }

        var entries = db.Activities.Where(a => a.DealId == dealId);
        if (kinds is { Count: > 0 })
        {
            var wanted = kinds.Distinct().ToList();
            entries = entries.Where(a => wanted.Contains(a.Kind));
        }

        var total = await entries.CountAsync(cancellationToken);
        var page = await (
                from a in entries
                join u in db.Users on a.ActorId equals u.Id into actors
                from actor in actors.DefaultIfEmpty()
                orderby a.OccurredAt descending, a.Id descending
                select new TimelineEntry(a.Id, a.Kind, a.OccurredAt, actor == null ? null : actor.DisplayName, a.Summary,
                    a.Field, a.OldValue, a.NewValue))
            .Skip(Math.Max(0, skip))
            .Take(Math.Clamp(take, 1, ITimelineQueries.MaxPageSize))
            .ToListAsync(cancellationToken);
        return new TimelinePage(page, total);
    }
}
