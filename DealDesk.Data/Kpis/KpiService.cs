using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Kpis;
using DealDesk.Core.Workspaces;
using DealDesk.Data.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Kpis;

/// <summary>The KPIs of the current user's circles. Each write asks <see cref="ICircleAccess"/> first, with the role
/// read from the database then, so a role change applies to the next action; each write is one SaveChanges (the
/// KPI's row and its history entry together), guarded by the version the user saw.</summary>
/// <remarks>Viewing KPIs is exactly being in the circle (seed 003: every member; workspace admins too), which is what
/// the context's circle filter enforces in the very query that reads them. So a read runs that query first and asks
/// <see cref="ICircleAccess.CheckAsync"/> only when it comes back empty, to tell an empty circle or window from one
/// the user may not see, and to log that refusal: one statement for a dashboard instead of three
/// (docs/benchmarks.md). A KPI's history asks once whether the KPI is visible, then reads its entries. The
/// permission matrix tests pin the rule this relies on.</remarks>
internal sealed partial class KpiService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICircleAccess access,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<KpiService> log) : IKpiService
{
    private static readonly KpiDraftValidator DraftValidator = new();
    private static readonly KpiValueDraftValidator ValueValidator = new();

    /// <summary>A KPI as its card shows it, in SQL.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<Kpi, KpiCard>> CardOf = k =>
        new KpiCard(k.Id, k.CircleId, k.Name, k.CurrentValue, k.Target, k.Unit, k.PercentComplete, k.Trend,
            k.PercentChange, k.Version, k.UpdatedAt) { Direction = k.Direction };

    // The dashboard's default order and a KPI's history are read on every visit: compiled once, a call skips building
    // and translating the LINQ tree (the tenant filters still apply, read from the context passed in).
    private static readonly Func<DealDeskDbContext, Guid, IAsyncEnumerable<KpiCard>> CardsByName =
        EF.CompileAsyncQuery((DealDeskDbContext db, Guid circleId) =>
            db.Kpis.Where(k => k.CircleId == circleId)
                .OrderBy(k => k.Name.ToUpper()).ThenBy(k => k.Id)
                .Select(CardOf));

    private static readonly Func<DealDeskDbContext, Guid, Task<bool>> KpiVisible =
        EF.CompileAsyncQuery((DealDeskDbContext db, Guid kpiId) => db.Kpis.Any(k => k.Id == kpiId));

    // Only after KpiVisible: the history's own circle filter would ask whether the KPI is visible again for every
    // entry (a correlated EXISTS per row); the workspace filter stays.
    private static readonly Func<DealDeskDbContext, Guid, DateTime, int, IAsyncEnumerable<KpiHistoryPoint>> LatestHistoryOfVisibleKpi =
        EF.CompileAsyncQuery((DealDeskDbContext db, Guid kpiId, DateTime since, int limit) =>
            db.KpiHistory.IgnoreQueryFilters(new[] { DealDeskDbContext.CircleFilter })
                .Where(h => h.KpiId == kpiId && h.RecordedAt >= since)
                .OrderByDescending(h => h.RecordedAt)
                .ThenByDescending(h => h.Id)
                .Take(limit)
                .Select(h => new KpiHistoryPoint(h.RecordedAt, h.Value, h.Target, h.PercentComplete, h.Kind)));

    public async Task<Result<IReadOnlyList<KpiCard>>> ListAsync(Guid circleId, KpiOrder order = KpiOrder.Name,
        bool descending = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cards = order == KpiOrder.Name && !descending
            ? await CardsByName(db, circleId).ToListAsync(cancellationToken)
            : await Ordered(db.Kpis.Where(k => k.CircleId == circleId), order, descending).Select(CardOf)
                .ToListAsync(cancellationToken);
        if (cards.Count == 0
            && await access.CheckAsync(circleId, CircleAction.ViewKpis, $"circle {circleId}", cancellationToken)
                is { } denied)
        {
            return denied;
        }

        return Result<IReadOnlyList<KpiCard>>.Ok(cards);
    }

    public async Task<Result<KpiCard>> GetAsync(Guid kpiId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var card = await db.Kpis.Where(k => k.Id == kpiId).Select(CardOf).SingleOrDefaultAsync(cancellationToken);
        if (card is not null)
        {
            return Result<KpiCard>.Ok(card);
        }

        return await CheckAsync(db, kpiId, CircleAction.ViewKpis, cancellationToken)
            ?? Result.NotFound(KpiMessages.NotFound);
    }

    public async Task<string> CurrencyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<Workspace>().Select(w => w.Currency).FirstOrDefaultAsync(cancellationToken)
            ?? Money.DefaultCurrency;
    }

    public async Task<Result<Guid>> CreateAsync(Guid circleId, KpiDraft draft,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (DraftValidator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        if (await access.CheckAsync(circleId, CircleAction.CreateKpi, $"circle {circleId}", cancellationToken)
            is { } denied)
        {
            return denied;
        }

        Kpi kpi;
        try
        {
            kpi = new Kpi(circleId, draft.Name, draft.Value!.Value, draft.Target!.Value, draft.Unit, user.UserId, Now(),
                draft.Direction);
        }
        catch (DomainException e)
        {
            return Result.Invalid("", e.Message);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The first history entry travels with the KPI: one INSERT of each in the same SaveChanges.
        db.Kpis.Add(kpi);
        await db.SaveChangesAsync(cancellationToken);
        LogCreated(kpi.Id, circleId);
        return Result<Guid>.Ok(kpi.Id);
    }

    public async Task<Result<KpiCard>> EditAsync(Guid kpiId, KpiDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (DraftValidator.WhyInvalid(draft, o => o.IncludeProperties(
            nameof(KpiDraft.Name), nameof(KpiDraft.Target), nameof(KpiDraft.Unit), nameof(KpiDraft.Direction))) is { } invalid)
        {
            return invalid;
        }

        return await ChangeAsync(kpiId, CircleAction.EditKpi, draft.Version, (db, kpi) =>
        {
            if (kpi.Redefine(draft.Name, draft.Target!.Value, draft.Unit, draft.Direction, Now()) is { } entry)
            {
                db.KpiHistory.Add(entry);
            }
        }, cancellationToken);
    }

    public async Task<Result<KpiCard>> UpdateValueAsync(Guid kpiId, decimal value, byte[] version,
        CancellationToken cancellationToken = default)
    {
        if (ValueValidator.WhyInvalid(new KpiValueDraft { Value = value }) is { } invalid)
        {
            return invalid;
        }

        return await ChangeAsync(kpiId, CircleAction.UpdateKpiValue, version,
            (db, kpi) => db.KpiHistory.Add(kpi.RecordValue(value, Now())), cancellationToken);
    }

    public async Task<Result> DeleteAsync(Guid kpiId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await CheckAsync(db, kpiId, CircleAction.DeleteKpi, cancellationToken) is { } denied)
        {
            return denied;
        }

        var kpi = await db.Kpis.SingleOrDefaultAsync(k => k.Id == kpiId, cancellationToken);
        if (kpi is null)
        {
            return Result.NotFound(KpiMessages.NotFound);
        }

        try
        {
            // The history goes first, in the same transaction: a failure leaves the KPI and all of its history.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var entries = await db.KpiHistory.Where(h => h.KpiId == kpiId).ExecuteDeleteAsync(ct);
                db.Kpis.Remove(kpi);
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
                await transaction.CommitAsync(ct);
                LogDeleted(kpiId, entries);
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Changed or deleted by someone else between the read and the delete: nothing was removed.
            LogConflict(kpiId);
            return Result.Conflict(KpiMessages.Conflict);
        }

        return Result.Ok();
    }

    public async Task<Result<IReadOnlyList<KpiHistoryPoint>>> HistoryAsync(Guid kpiId,
        int days = KpiHistoryWindow.DefaultDays, int limit = KpiHistoryWindow.DefaultLimit,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        // Seeing the KPI (the circle filter, once) is what allows reading its history; a KPI the user may not see is
        // refused, and the refusal logged, by the check.
        if (!await KpiVisible(db, kpiId))
        {
            return await CheckAsync(db, kpiId, CircleAction.ViewKpis, cancellationToken)
                ?? Result.NotFound(KpiMessages.NotFound);
        }

        var since = Now().AddDays(-Math.Clamp(days, 1, KpiHistoryWindow.MaxDays));
        // The latest entries of the window (newest first, so the limit keeps the most recent), then oldest first.
        var points = await LatestHistoryOfVisibleKpi(db, kpiId, since, Math.Clamp(limit, 1, KpiHistoryWindow.MaxLimit))
            .ToListAsync(cancellationToken);
        points.Reverse();
        return Result<IReadOnlyList<KpiHistoryPoint>>.Ok(points);
    }

    /// <summary>Loads the KPI, checks the action and the version, applies <paramref name="change"/> and saves the KPI
    /// and any history entry it added in one SaveChanges, whose UPDATE carries the version the user saw.</summary>
    private async Task<Result<KpiCard>> ChangeAsync(Guid kpiId, CircleAction action, byte[]? version,
        Action<DealDeskDbContext, Kpi> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await CheckAsync(db, kpiId, action, cancellationToken) is { } denied)
        {
            return denied;
        }

        var kpi = await db.Kpis.SingleOrDefaultAsync(k => k.Id == kpiId, cancellationToken);
        if (kpi is null)
        {
            return Result.NotFound(KpiMessages.NotFound);
        }

        if (db.ExpectVersion(kpi, version, KpiMessages.Conflict) is { } stale)
        {
            LogConflict(kpiId);
            return stale;
        }

        try
        {
            change(db, kpi);
        }
        catch (DomainException e)
        {
            return Result.Invalid("", e.Message);
        }

        var saved = await db.SaveOrConflictAsync(KpiMessages.Conflict, cancellationToken);
        if (!saved.Succeeded)
        {
            LogConflict(kpiId);
            return saved;
        }

        LogChanged(kpiId, action);
        return Result<KpiCard>.Ok(ToCard(kpi));
    }

    /// <summary>Finds the KPI's circle past the circle filter (the workspace filter stays), so that a KPI of a
    /// circle the user is not in is refused, and the refusal logged, like any other; a refusal for a circle the user
    /// cannot see reads as a missing KPI.</summary>
    private async Task<Result?> CheckAsync(DealDeskDbContext db, Guid kpiId, CircleAction action,
        CancellationToken cancellationToken)
    {
        var circleId = await db.Kpis.IgnoreQueryFilters([DealDeskDbContext.CircleFilter])
            .Where(k => k.Id == kpiId)
            .Select(k => (Guid?)k.CircleId)
            .SingleOrDefaultAsync(cancellationToken);
        if (circleId is null)
        {
            return Result.NotFound(KpiMessages.NotFound);
        }

        var denied = await access.CheckAsync(circleId.Value, action, $"KPI {kpiId}", cancellationToken);
        return denied is { Status: ResultStatus.NotFound } ? Result.NotFound(KpiMessages.NotFound) : denied;
    }

    private static IQueryable<Kpi> Ordered(IQueryable<Kpi> kpis, KpiOrder order, bool descending) => order switch
    {
        KpiOrder.PercentComplete => descending
            ? kpis.OrderByDescending(k => k.PercentComplete).ThenByDescending(k => k.Id)
            : kpis.OrderBy(k => k.PercentComplete).ThenBy(k => k.Id),
        KpiOrder.Updated => descending
            ? kpis.OrderByDescending(k => k.UpdatedAt).ThenByDescending(k => k.Id)
            : kpis.OrderBy(k => k.UpdatedAt).ThenBy(k => k.Id),
        _ => descending
            ? kpis.OrderByDescending(k => k.Name.ToUpper()).ThenByDescending(k => k.Id)
            : kpis.OrderBy(k => k.Name.ToUpper()).ThenBy(k => k.Id),
    };

    private static KpiCard ToCard(Kpi k) =>
        new(k.Id, k.CircleId, k.Name, k.CurrentValue, k.Target, k.Unit, k.PercentComplete, k.Trend, k.PercentChange,
            k.Version, k.UpdatedAt) { Direction = k.Direction };

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    [LoggerMessage(LogLevel.Information, "KPI {KpiId} created in circle {CircleId}")]
    private partial void LogCreated(Guid kpiId, Guid circleId);

    [LoggerMessage(LogLevel.Information, "KPI {KpiId}: {Action}")]
    private partial void LogChanged(Guid kpiId, CircleAction action);

    [LoggerMessage(LogLevel.Information, "KPI {KpiId} deleted with {Entries} history entries")]
    private partial void LogDeleted(Guid kpiId, int entries);

    [LoggerMessage(LogLevel.Information, "KPI {KpiId} not saved: changed by someone else since it was read")]
    private partial void LogConflict(Guid kpiId);
}
