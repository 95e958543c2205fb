using DealDesk.Core.Pipeline;

namespace DealDesk.Web.Components.Pages.Pipeline;

/// <summary>A drop that is being saved: the card as it was and as the move will leave it. The board shows the move
/// from the drop on and takes it back if the save is refused.</summary>
public sealed class PendingMove
{
    internal PendingMove(DealCard before, DealCard after)
    {
        Before = before;
        After = after;
    }

    /// <summary>The card as it was before the drop.</summary>
    public DealCard Before { get; }

    /// <summary>The card as the saved move will leave it (stage, entry date, probability, outcome).</summary>
    public DealCard After { get; }

    /// <summary>The deal.</summary>
    public Guid DealId => Before.Id;

    /// <summary>The stage it was dropped from.</summary>
    public Guid From => Before.StageId;

    /// <summary>The stage it was dropped on.</summary>
    public Guid To => After.StageId;

    /// <summary>The board shows the move: the card in <see cref="To"/> and both columns' totals shifted. False when a
    /// whole board read in the meantime no longer had the card where it was dropped from.</summary>
    public bool Shown { get; internal set; }

    /// <summary>After it settles, its two columns are read again: the service refused it (the deal may have changed
    /// under the page), or the board stopped showing it and its totals are not known to include it.</summary>
    internal bool ReadColumnsAfter { get; set; }
}
