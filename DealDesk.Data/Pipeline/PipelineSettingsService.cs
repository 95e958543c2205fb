using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Core.Pipeline;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DealDesk.Data.Pipeline;

/// <summary>The workspace's pipeline stages. Changes are for workspace admins; each one is a single SaveChanges
/// that also renumbers every stage 0..n-1, so the order never has gaps or ties.</summary>
/// <remarks>A stage is workspace data, but the deals in it belong to circles: the deal counts here ignore the
/// circle filter (never the workspace filter), because "this stage still holds deals" is about every circle.</remarks>
internal sealed partial class PipelineSettingsService(
    IDbContextFactory<DealDeskDbContext> contexts,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<PipelineSettingsService> log) : IPipelineSettingsService
{
    private static readonly StageDraftValidator Validator = new();

    public async Task<IReadOnlyList<StageSetting>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await DealsOfEveryCircle(db)
            .GroupBy(d => d.StageId)
            .Select(g => new { StageId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.StageId, g => g.Count, cancellationToken);
        var stages = await db.PipelineStages
            .OrderBy(s => s.Order)
            .ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.Order, s.Kind, s.DefaultProbability, s.RottingDays, s.Version })
            .ToListAsync(cancellationToken);
        return stages
            .Select(s => new StageSetting(s.Id, s.Name, s.Order, s.Kind, s.DefaultProbability, s.RottingDays,
                counts.GetValueOrDefault(s.Id), s.Version))
            .ToList();
    }

    public async Task<Result<Guid>> AddAsync(StageDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Refused("add a stage") is { } refused)
        {
            return refused;
        }

        if (Validator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stages = await OrderedStagesAsync(db, cancellationToken);
        if (NameTaken(stages, draft.Name, exceptId: null) is { } taken)
        {
            return taken;
        }

        PipelineStage stage;
        try
        {
            stage = new PipelineStage(draft.Name, stages.Count, draft.DefaultProbability, draft.Kind, draft.RottingDays);
        }
        catch (DomainException e)
        {
            return Result.Invalid("", e.Message);
        }

        // After the last stage of its kind or of any kind before it: open stages, then won, then lost.
        var at = stages.FindLastIndex(s => s.Kind <= stage.Kind) + 1;
        stages.Insert(at, stage);
        db.PipelineStages.Add(stage);
        Renumber(stages);
        await db.SaveChangesAsync(cancellationToken);
        LogAdded(stage.Id, stage.Kind, at);
        return Result<Guid>.Ok(stage.Id);
    }

    public async Task<Result> UpdateAsync(Guid stageId, StageDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Refused("edit a stage") is { } refused)
        {
            return refused;
        }

        if (Validator.WhyInvalid(draft) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stages = await OrderedStagesAsync(db, cancellationToken);
        var stage = stages.Find(s => s.Id == stageId);
        if (stage is null)
        {
            return Result.NotFound(StageMessages.NotFound);
        }

        if (db.ExpectVersion(stage, draft.Version, StageMessages.Conflict) is { } stale)
        {
            LogConflict(stageId);
            return stale;
        }

        if (NameTaken(stages, draft.Name, exceptId: stageId) is { } taken)
        {
            return taken;
        }

        try
        {
            // The kind stays: deals' won/lost dates were set by the kind they entered.
            stage.Rename(draft.Name);
            stage.SetDefaultProbability(draft.DefaultProbability);
            stage.SetRottingDays(draft.RottingDays);
        }
        catch (DomainException e)
        {
            return Result.Invalid("", e.Message);
        }

        var saved = await db.SaveOrConflictAsync(StageMessages.Conflict, cancellationToken);
        if (!saved.Succeeded)
        {
            LogConflict(stageId);
            return saved;
        }

        LogUpdated(stage.Id);
        return Result.Ok();
    }

    public async Task<Result> ReorderAsync(IReadOnlyList<Guid> stageIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stageIds);
        if (Refused("reorder the pipeline") is { } refused)
        {
            return refused;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var byId = (await OrderedStagesAsync(db, cancellationToken)).ToDictionary(s => s.Id);
        if (stageIds.Count != byId.Count || stageIds.Distinct().Count() != byId.Count || !stageIds.All(byId.ContainsKey))
        {
            return Result.Invalid("", StageMessages.ReorderMismatch);
        }

        var ordered = stageIds.Select(id => byId[id]).ToList();
        if (ordered.Zip(ordered.Skip(1)).Any(pair => pair.First.Kind > pair.Second.Kind))
        {
            return Result.Invalid("", StageMessages.KindsOutOfOrder);
        }

        Renumber(ordered);
        await db.SaveChangesAsync(cancellationToken);
        LogReordered();
        return Result.Ok();
    }

    public async Task<Result> DeleteAsync(Guid stageId, CancellationToken cancellationToken = default)
    {
        if (Refused("delete a stage") is { } refused)
        {
            return refused;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stages = await OrderedStagesAsync(db, cancellationToken);
        var stage = stages.Find(s => s.Id == stageId);
        if (stage is null)
        {
            return Result.NotFound(StageMessages.NotFound);
        }

        if (StageDeletion.WhyNotLeave(stage.Kind, stages.Where(s => s.Id != stageId).Select(s => s.Kind)) is { } last)
        {
            return Result.Invalid("", last);
        }

        if (await StillUsedAsync(db, stageId, cancellationToken) is { } used)
        {
            return used;
        }

        stages.Remove(stage);
        // Past moves keep naming the stage (history is never rewritten), so such a stage is archived: off the board
        // and the choices, still there for the record. A stage nothing ever pointed at is removed outright.
        if (await InHistoryAsync(db, stageId, cancellationToken))
        {
            stage.Archive(clock.GetUtcNow().UtcDateTime);
        }
        else
        {
            db.PipelineStages.Remove(stage);
        }

        Renumber(stages);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A deal entered the stage after the check: its foreign key refused the delete. Say so as the check
            // would have; anything else is a bug and goes on up.
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            if (await StillUsedAsync(fresh, stageId, cancellationToken) is { } usedNow)
            {
                return usedNow;
            }

            throw;
        }

        LogDeleted(stageId);
        return Result.Ok();
    }

    /// <summary>Why the stage must stay: deals of any circle are in it. <c>null</c> when it is free to go.</summary>
    private static async Task<Result?> StillUsedAsync(DealDeskDbContext db, Guid stageId, CancellationToken cancellationToken)
    {
        var deals = await DealsOfEveryCircle(db).CountAsync(d => d.StageId == stageId, cancellationToken);
        return deals > 0 ? Result.Invalid("", StageMessages.HasDeals(deals)) : null;
    }

    private static Task<bool> InHistoryAsync(DealDeskDbContext db, Guid stageId, CancellationToken cancellationToken) =>
        db.DealStageHistory.IgnoreQueryFilters([DealDeskDbContext.CircleFilter])
            .AnyAsync(h => h.FromStageId == stageId || h.ToStageId == stageId, cancellationToken);

    private Result? Refused(string action)
    {
        if (user.IsWorkspaceAdmin)
        {
            return null;
        }

        LogRefused(user.UserId, action);
        return Result.Forbidden(StageMessages.AdminsOnly);
    }

    private static IQueryable<Core.Deals.Deal> DealsOfEveryCircle(DealDeskDbContext db) =>
        db.Deals.IgnoreQueryFilters([DealDeskDbContext.CircleFilter]);

    private static Task<List<PipelineStage>> OrderedStagesAsync(DealDeskDbContext db, CancellationToken cancellationToken) =>
        db.PipelineStages.OrderBy(s => s.Order).ThenBy(s => s.Id).ToListAsync(cancellationToken);

    /// <summary>A workspace has a handful of stages, all loaded for renumbering anyway; comparing their names here
    /// ignores case the same way for every alphabet on every database collation.</summary>
    private static Result? NameTaken(List<PipelineStage> stages, string name, Guid? exceptId)
    {
        var trimmed = name.Trim();
        var existing = stages.Find(s => s.Id != exceptId && string.Equals(s.Name, trimmed, StringComparison.OrdinalIgnoreCase));
        return existing is null ? null : Result.Invalid(nameof(StageDraft.Name), StageMessages.NameTaken(existing.Name));
    }

    private static void Renumber(List<PipelineStage> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].PlaceAt(i);
        }
    }

    [LoggerMessage(LogLevel.Warning, "User {UserId} refused: only workspace admins may {Action}")]
    private partial void LogRefused(Guid? userId, string action);

    [LoggerMessage(LogLevel.Information, "Stage {StageId} ({Kind}) added at position {Order}")]
    private partial void LogAdded(Guid stageId, StageKind kind, int order);

    [LoggerMessage(LogLevel.Information, "Stage {StageId} not saved: changed by someone else first")]
    private partial void LogConflict(Guid stageId);

    [LoggerMessage(LogLevel.Information, "Stage {StageId} updated")]
    private partial void LogUpdated(Guid stageId);

    [LoggerMessage(LogLevel.Information, "Pipeline stages reordered")]
    private partial void LogReordered();

    [LoggerMessage(LogLevel.Information, "Stage {StageId} deleted")]
    private partial void LogDeleted(Guid stageId);
}
