namespace DealDesk.Core.Pipeline;

/// <summary>"Rotting" deals (Pipedrive's term): open deals left in one stage for longer than the stage's limit.</summary>
public static class Rotting
{
    /// <summary>Whole days between <paramref name="enteredAt"/> and <paramref name="now"/>, never negative.</summary>
    public static int DaysIn(DateTime enteredAt, DateTime now) => Math.Max(0, (int)(now - enteredAt).TotalDays);

    /// <summary>Open, in a stage with a limit, and there for more whole days than the limit.</summary>
    public static bool IsStale(StageKind kind, int? rottingDays, DateTime enteredAt, DateTime now) =>
        kind == StageKind.Open && rottingDays is { } limit && DaysIn(enteredAt, now) > limit;

    /// <summary>Stale as <see cref="IsStale(StageKind, int?, DateTime, DateTime)"/> says, unless the deal has a
    /// next step (its earliest open task) due today or later: someone has planned the next move, so the deal is
    /// waiting, not rotting. An overdue or undated next step does not count.</summary>
    public static bool IsStale(StageKind kind, int? rottingDays, DateTime enteredAt, DateTime now, DateOnly? nextStepDue) =>
        IsStale(kind, rottingDays, enteredAt, now) && !(nextStepDue >= DateOnly.FromDateTime(now));
}
