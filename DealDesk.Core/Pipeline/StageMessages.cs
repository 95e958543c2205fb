namespace DealDesk.Core.Pipeline;

/// <summary>Messages the pipeline settings service returns, shared so the UI and tests speak the same words.</summary>
public static class StageMessages
{
    /// <summary>Someone other than a workspace admin tried to change the pipeline.</summary>
    public const string AdminsOnly = "Only workspace admins can change the pipeline.";

    /// <summary>The stage is gone or in another workspace.</summary>
    public const string NotFound = "This stage no longer exists — reload the page.";

    /// <summary>Someone else saved the stage (or moved it in the order) after the user loaded it: nothing was written.
    /// </summary>
    public const string Conflict = "This stage was changed by someone else. Reload it to see their change, then try again.";

    /// <summary>A reorder that does not name every stage exactly once.</summary>
    public const string ReorderMismatch =
        "The pipeline changed while you were arranging it — reload the page and try again.";

    /// <summary>A reorder that puts a won or lost stage among the open ones.</summary>
    public const string KindsOutOfOrder = "Open stages come first, then won, then lost.";

    /// <summary>The name is taken in the workspace, ignoring case.</summary>
    public static string NameTaken(string existingName) => $"A stage named “{existingName}” already exists.";

    /// <summary>A stage still holding deals cannot go.</summary>
    public static string HasDeals(int dealCount) =>
        $"Move its {dealCount} deal{(dealCount == 1 ? "" : "s")} to another stage first.";

    /// <summary>The pipeline keeps at least one stage of each kind.</summary>
    public static string LastOfKind(StageKind kind) =>
        $"The pipeline needs at least one {kind.ToString().ToLowerInvariant()} stage.";
}
