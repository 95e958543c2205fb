using DealDesk.Core.Pipeline;

namespace DealDesk.Web.Components.Pages.Pipeline;

/// <summary>A card on the board and the column it is drawn in. A class, not a record: the drop zones key their
/// order on the instance, and a drag moves the card to its target column before the server has answered.</summary>
public sealed class BoardCard(DealCard card)
{
    /// <summary>The deal as last loaded.</summary>
    public DealCard Card { get; } = card;

    /// <summary>The drop zone (stage id as text) the card is drawn in.</summary>
    public string ZoneId { get; set; } = card.StageId.ToString();
}

/// <summary>What the board shows: each column's stage and SQL totals, and the cards loaded so far. Every change
/// comes from the database (a whole board, one column, or a further page); the only local change is a card
/// drawn in the column it was dropped on until the column is read again.</summary>
public sealed class BoardState
{
    private readonly List<BoardColumn> _columns = [];

    /// <summary>The columns in pipeline order, with their totals.</summary>
    public IReadOnlyList<BoardColumn> Columns => _columns;

    /// <summary>Every loaded card, each column's in the board's order; the drop container's items.</summary>
    public List<BoardCard> Cards { get; } = [];

    /// <summary>Shows a freshly loaded board.</summary>
    public void Load(IEnumerable<BoardColumn> columns)
    {
        _columns.Clear();
        _columns.AddRange(columns);
        Cards.Clear();
        Cards.AddRange(_columns.SelectMany(c => c.Cards).Select(c => new BoardCard(c)));
    }

    /// <summary>Shows a column read again: its totals and cards replace the old ones. A card now in it is taken
    /// out of any other column, where it may linger until that column is read again.</summary>
    public void Replace(BoardColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var index = _columns.FindIndex(c => c.Stage.Id == column.Stage.Id);
        if (index < 0)
        {
            return;
        }

        _columns[index] = column;
        var zone = column.Stage.Id.ToString();
        var ids = column.Cards.Select(c => c.Id).ToHashSet();
        Cards.RemoveAll(c => c.ZoneId == zone || c.Card.StageId == column.Stage.Id || ids.Contains(c.Card.Id));
        Cards.AddRange(column.Cards.Select(c => new BoardCard(c)));
    }

    /// <summary>Adds a further page of a column's cards ("load more").</summary>
    public void Append(Guid stageId, IEnumerable<DealCard> cards)
    {
        var added = cards.Where(c => Cards.All(loaded => loaded.Card.Id != c.Id)).Select(c => new BoardCard(c));
        Cards.AddRange(added);
    }

    /// <summary>Shows a card read again in place of its loaded copy, in the column it is drawn in; false when it is
    /// not loaded.</summary>
    public bool ReplaceCard(DealCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var index = Cards.FindIndex(c => c.Card.Id == card.Id);
        if (index < 0)
        {
            return false;
        }

        Cards[index] = new BoardCard(card) { ZoneId = Cards[index].ZoneId };
        return true;
    }

    /// <summary>The loaded card of <paramref name="dealId"/>, if any.</summary>
    public BoardCard? Card(Guid dealId) => Cards.Find(c => c.Card.Id == dealId);

    /// <summary>The column of <paramref name="stageId"/>, if the board has it.</summary>
    public BoardColumn? Column(Guid stageId) => _columns.Find(c => c.Stage.Id == stageId);

    /// <summary>Cards of the column that came from the database (not ones dropped on it and not saved yet).</summary>
    public int LoadedCount(Guid stageId) => Cards.Count(c => c.Card.StageId == stageId);

    /// <summary>The column holds matching deals that are not loaded.</summary>
    public bool HasMore(Guid stageId) => Column(stageId) is { } column && LoadedCount(stageId) < column.DealCount;

    /// <summary>Draws <paramref name="card"/> in the column of <paramref name="stageId"/>.</summary>
    public static void Place(BoardCard card, Guid stageId)
    {
        ArgumentNullException.ThrowIfNull(card);
        card.ZoneId = stageId.ToString();
    }
}
