namespace DealDesk.Core.Pipeline;

/// <summary>"Rotting" deals (Pipedrive's term): open deals left in one stage for longer than the stage's limit.</summary>
public static class Rotting
{
    /// <summary>Whole days between <paramref name="enteredAt"/> and <paramref name="now"/>, never negative.</summary>
    public static int DaysIn(DateTime enteredAt, DateTime now) => Math.Max(0, (int)(now - enteredAt).TotalDays);

    /// <summary>Open, in a stage with a limit, and there for more whole days than the limit.</summary>
    public static bool IsStale(StageKind kind, int? rottingDays, DateTime enteredAt, DateTime now) =>
        kind == StageKind.Open && rottingDays is { } limit && DaysIn(enteredAt, now) > limit;
}
