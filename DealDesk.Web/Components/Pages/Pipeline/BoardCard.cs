using DealDesk.Core.Pipeline;

namespace DealDesk.Web.Components.Pages.Pipeline;

/// <summary>A card on the board and the column it is drawn in. A class, not a record: the drop zones key their order
/// and their elements on the instance, so a card read again is updated in this instance and keeps its element.</summary>
public sealed class BoardCard
{
    private DealCard _card;

    /// <summary>A card drawn in the column of its stage.</summary>
    public BoardCard(DealCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        _card = card;
        ZoneId = card.StageId.ToString();
    }

    /// <summary>The deal as shown: as last read, or as a drop that is being saved will leave it.</summary>
    public DealCard Card
    {
        get => _card;
        internal set
        {
            _card = value;
            ZoneId = value.StageId.ToString();
        }
    }

    /// <summary>The drop zone (stage id as text) the card is drawn in: the stage of <see cref="Card"/>.</summary>
    public string ZoneId { get; private set; }

    /// <summary>Drawn at the end of its column because it was dropped there, although it lies beyond the cards the
    /// column has loaded: "load more" does not count it, and brings it in its place when it gets that far.</summary>
    public bool BeyondPage { get; internal set; }
}
