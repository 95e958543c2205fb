using DealDesk.Core.Accounts;
using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Timeline;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Deals;

/// <summary>The timeline entries of deal writes: one per field that really changed, written as users read it.</summary>
internal sealed partial class DealService
{
    /// <summary>Adds one <see cref="ActivityKind.FieldChanged"/> entry per field that differs between
    /// <paramref name="before"/> and the deal now; nothing when the edit changed nothing.</summary>
    private async Task RecordFieldChangesAsync(DealDeskDbContext db, Fields before, Deal deal, DateTime at,
        CancellationToken cancellationToken)
    {
        var after = Fields.Of(deal);
        var changes = new List<(string Field, string? Old, string? New)>();
        if (before.Name != after.Name)
        {
            changes.Add(("Name", before.Name, after.Name));
        }

        if (before.AccountId != after.AccountId)
        {
            var names = await db.Accounts.Where(a => a.Id == before.AccountId || a.Id == after.AccountId)
                .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
            changes.Add(("Account", names.GetValueOrDefault(before.AccountId), names.GetValueOrDefault(after.AccountId)));
        }

        if (before.Value != after.Value || before.Currency != after.Currency)
        {
            changes.Add(("Value", TimelineText.Money(before.Value, before.Currency),
                TimelineText.Money(after.Value, after.Currency)));
        }

        if (before.ExpectedClose != after.ExpectedClose)
        {
            changes.Add(("Expected close", TimelineText.Date(before.ExpectedClose), TimelineText.Date(after.ExpectedClose)));
        }

        if (before.Priority != after.Priority)
        {
            changes.Add(("Priority", before.Priority.ToString(), after.Priority.ToString()));
        }

        if (before.OwnerId != after.OwnerId)
        {
            var ids = new[] { before.OwnerId, after.OwnerId }.OfType<Guid>().ToList();
            var names = await db.Users.Where(u => ids.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            changes.Add(("Owner", NameOf(names, before.OwnerId), NameOf(names, after.OwnerId)));
        }

        if (before.CircleId != after.CircleId)
        {
            // The user may have handed the deal to a circle they can see only as an admin, or from one they are
            // leaving: read both names past the circle filter, still within the workspace.
            var names = await db.Circles.IgnoreQueryFilters([DealDeskDbContext.CircleFilter])
                .Where(c => c.Id == before.CircleId || c.Id == after.CircleId)
                .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
            changes.Add(("Circle", names.GetValueOrDefault(before.CircleId), names.GetValueOrDefault(after.CircleId)));
        }

        if (before.ProductLine != after.ProductLine)
        {
            changes.Add(("Product line", before.ProductLine, after.ProductLine));
        }

        db.Activities.AddRange(changes.Select(c => Activity.FieldChange(deal.Id, user.UserId, at, c.Field, c.Old, c.New)));
    }

    /// <summary>Adds the <see cref="ActivityKind.StageMoved"/> entry of a move from <paramref name="fromStageId"/>.</summary>
    private static async Task RecordMoveAsync(DealDeskDbContext db, Deal deal, Guid fromStageId, Guid? by, DateTime at,
        CancellationToken cancellationToken)
    {
        // The stage left may have been archived since: its name still belongs in the sentence.
        var names = await db.PipelineStages.IgnoreQueryFilters([DealDeskDbContext.ArchivedStageFilter])
            .Where(s => s.Id == fromStageId || s.Id == deal.StageId)
            .ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        db.Activities.Add(Activity.Record(deal.Id, ActivityKind.StageMoved, by, at,
            TimelineText.Moved(names.GetValueOrDefault(fromStageId), names.GetValueOrDefault(deal.StageId, "?"),
                deal.LostReason)));
    }

    private static string? NameOf(Dictionary<Guid, string> names, Guid? id) =>
        id is { } key ? names.GetValueOrDefault(key) : null;

    /// <summary>The fields an edit can change, taken before and after it.</summary>
    private sealed record Fields(string Name, Guid AccountId, Guid CircleId, Guid? OwnerId, decimal Value,
        string Currency, DateOnly? ExpectedClose, DealPriority Priority, string? ProductLine)
    {
        public static Fields Of(Deal deal) => new(deal.Name, deal.AccountId, deal.CircleId, deal.OwnerId, deal.Value,
            deal.Currency, deal.ExpectedCloseDate, deal.Priority, deal.ProductLine);
    }
}
