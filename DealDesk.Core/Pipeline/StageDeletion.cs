namespace DealDesk.Core.Pipeline;

/// <summary>Whether a stage can be deleted, as the settings page can tell before asking for a confirmation. The
/// service checks the same rules again against the database when the delete is saved, since deals may have moved
/// since the page was loaded.</summary>
public static class StageDeletion
{
    /// <summary>Why <paramref name="stage"/> cannot be deleted from <paramref name="pipeline"/> (the workspace's
    /// stages, with their deal counts); <c>null</c> when it can.</summary>
    public static string? WhyNot(StageSetting stage, IReadOnlyCollection<StageSetting> pipeline)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(pipeline);
        return WhyNotLeave(stage.Kind, pipeline.Where(s => s.Id != stage.Id).Select(s => s.Kind))
            ?? (stage.DealCount > 0 ? StageMessages.HasDeals(stage.DealCount) : null);
    }

    /// <summary>Why a stage of <paramref name="kind"/> cannot leave a pipeline whose other stages are of
    /// <paramref name="otherKinds"/>: a pipeline keeps at least one stage of each kind. <c>null</c> when it can.
    /// </summary>
    public static string? WhyNotLeave(StageKind kind, IEnumerable<StageKind> otherKinds) =>
        otherKinds.Contains(kind) ? null : StageMessages.LastOfKind(kind);
}
