using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Pipeline;

namespace DealDesk.Web.Components.Pages.Pipeline;

/// <summary>What the board shows: each column's stage and SQL totals, the cards loaded so far, and the drops being
/// saved. A drop is shown at once: its card is drawn in the new column and both columns' counts and totals follow;
/// once saved it stays, refused it goes back. A column with a drop on its way is not replaced by a read (which might
/// predate the save) until the drop has settled.</summary>
public sealed class BoardState
{
    private readonly List<BoardColumn> _columns = [];
    private readonly List<PendingMove> _moves = [];
    private readonly Dictionary<Guid, int> _movesBegun = [];

    /// <summary>The columns in pipeline order, with their totals.</summary>
    public IReadOnlyList<BoardColumn> Columns => _columns;

    /// <summary>Every shown card, each column's in the board's order; the drop container's items.</summary>
    public List<BoardCard> Cards { get; } = [];

    /// <summary>Changes with every change of the cards or columns, so the drop zones know to draw again.</summary>
    public int Revision { get; private set; }

    /// <summary>The drops being saved.</summary>
    public IReadOnlyList<PendingMove> Moves => _moves;

    /// <summary>Shows a freshly loaded board. A drop still being saved is shown again where the board read still has
    /// its card in the column it was dropped from.</summary>
    public void Load(IEnumerable<BoardColumn> columns)
    {
        _columns.Clear();
        _columns.AddRange(columns);
        Cards.Clear();
        Cards.AddRange(_columns.SelectMany(c => c.Cards).Select(c => new BoardCard(c)));
        foreach (var move in _moves)
        {
            move.Shown = false;
            move.ReadColumnsAfter = true;
            if (Card(move.DealId) is { } card && card.Card.StageId == move.From && Column(move.To) is not null)
            {
                Show(move, card);
            }
        }

        Revision++;
    }

    /// <summary>Shows a column read again: its totals and cards replace the old ones, and a card now in it leaves any
    /// other column. A card dropped here that lies beyond the column's page stays at its end. False, and nothing
    /// changes, while a drop on or from the column is being saved.</summary>
    public bool Replace(BoardColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var index = _columns.FindIndex(c => c.Stage.Id == column.Stage.Id);
        if (index < 0 || IsMovingIn(column.Stage.Id))
        {
            return false;
        }

        _columns[index] = column;
        var zone = column.Stage.Id.ToString();
        var ids = column.Cards.Select(c => c.Id).ToHashSet();
        var shown = new Dictionary<Guid, BoardCard>();
        foreach (var card in Cards.Where(c => c.ZoneId == zone || ids.Contains(c.Card.Id)))
        {
            shown.TryAdd(card.Card.Id, card);
        }

        var beyond = Cards.Where(c => c.ZoneId == zone && c.BeyondPage && !ids.Contains(c.Card.Id) && MayBeBeyond(c.Card, column))
            .ToList();
        Cards.RemoveAll(c => c.ZoneId == zone || ids.Contains(c.Card.Id));
        Cards.AddRange(column.Cards.Select(c => Reuse(shown, c)));
        Cards.AddRange(beyond);
        Revision++;
        return true;
    }

    /// <summary>Adds a further page of a column's cards ("load more").</summary>
    public void Append(Guid stageId, IEnumerable<DealCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var zone = stageId.ToString();
        // A card dropped beyond the page arrives here in its place; the others stay last.
        var beyond = Cards.Where(c => c.ZoneId == zone && c.BeyondPage).ToList();
        Cards.RemoveAll(beyond.Contains);
        foreach (var card in cards)
        {
            if (beyond.Find(c => c.Card.Id == card.Id) is { } dropped)
            {
                beyond.Remove(dropped);
                dropped.BeyondPage = false;
                Cards.Add(dropped);
            }
            else if (Cards.TrueForAll(loaded => loaded.Card.Id != card.Id))
            {
                Cards.Add(new BoardCard(card));
            }
        }

        Cards.AddRange(beyond);
        Revision++;
    }

    /// <summary>Shows a card read again in place of its loaded copy; false when it is not loaded.</summary>
    public bool ReplaceCard(DealCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (Card(card.Id) is not { } shown)
        {
            return false;
        }

        shown.Card = card;
        Revision++;
        return true;
    }

    /// <summary>The loaded card of <paramref name="dealId"/>, if any.</summary>
    public BoardCard? Card(Guid dealId) => Cards.Find(c => c.Card.Id == dealId);

    /// <summary>The column of <paramref name="stageId"/>, if the board has it.</summary>
    public BoardColumn? Column(Guid stageId) => _columns.Find(c => c.Stage.Id == stageId);

    /// <summary>Cards of the column in the database's order, the offset of its next page: those shown in it, less a
    /// dropped card drawn beyond the page.</summary>
    public int LoadedCount(Guid stageId)
    {
        var zone = stageId.ToString();
        return Cards.Count(c => c.ZoneId == zone && !c.BeyondPage);
    }

    /// <summary>Cards drawn in the column.</summary>
    public int ShownCount(Guid stageId)
    {
        var zone = stageId.ToString();
        return Cards.Count(c => c.ZoneId == zone);
    }

    /// <summary>The column holds matching deals that are not shown.</summary>
    public bool HasMore(Guid stageId) => Column(stageId) is { } column && ShownCount(stageId) < column.DealCount;

    /// <summary>A drop of the deal is being saved.</summary>
    public bool IsMoving(Guid dealId) => _moves.Exists(m => m.DealId == dealId);

    /// <summary>A drop on or from the column is being saved.</summary>
    public bool IsMovingIn(Guid stageId) => _moves.Exists(m => m.From == stageId || m.To == stageId);

    /// <summary>How many drops on or from the column have begun: a read of the column taken while this changed may
    /// predate a save.</summary>
    public int MovesBegun(Guid stageId) => _movesBegun.GetValueOrDefault(stageId);

    /// <summary>Shows the drop of a card on another column at once, until it is saved: the card is drawn there in the
    /// board's order as the move will leave it, and both columns' counts and totals follow. <c>null</c> when there is
    /// nothing to move: the card is not loaded, already moving, or dropped on its own or an unknown column.</summary>
    public PendingMove? BeginMove(Guid dealId, Guid stageId, DateTime at)
    {
        if (Card(dealId) is not { } card || IsMoving(dealId) || card.Card.StageId == stageId
            || Column(stageId) is not { } target || Column(card.Card.StageId) is null)
        {
            return null;
        }

        var move = new PendingMove(card.Card, Entering(card.Card, target.Stage, at));
        _moves.Add(move);
        _movesBegun[move.From] = MovesBegun(move.From) + 1;
        _movesBegun[move.To] = MovesBegun(move.To) + 1;
        Show(move, card);
        Revision++;
        return move;
    }

    /// <summary>The drop was saved: the card stays where it was dropped, its columns can be read again.</summary>
    public void CompleteMove(PendingMove move)
    {
        ArgumentNullException.ThrowIfNull(move);
        if (_moves.Remove(move))
        {
            Revision++;
        }
    }

    /// <summary>The drop was refused or abandoned: the card goes back to its column as it was, and both columns'
    /// counts and totals go back too.</summary>
    public void RollBack(PendingMove move)
    {
        ArgumentNullException.ThrowIfNull(move);
        if (!_moves.Remove(move))
        {
            return;
        }

        if (move.Shown)
        {
            Shift(move, -1);
            if (Card(move.DealId) is { } card && card.Card.StageId == move.To)
            {
                Cards.Remove(card);
                card.Card = move.Before;
                Insert(card);
            }

            move.Shown = false;
        }

        Revision++;
    }

    // The card as the service's move will leave it (Deal.MoveTo): entered now, the stage's probability, an outcome
    // for a closed stage instead of a health score. The saved card read afterwards replaces it.
    private static DealCard Entering(DealCard card, StageOption stage, DateTime at) => card with
    {
        StageId = stage.Id,
        StageEnteredAt = at,
        Probability = stage.DefaultProbability,
        WonAt = stage.Kind == StageKind.Won ? at : null,
        LostAt = stage.Kind == StageKind.Lost ? at : null,
        HealthScore = stage.Kind == StageKind.Open ? card.HealthScore : null,
        HealthTrend = stage.Kind == StageKind.Open ? card.HealthTrend : HealthTrend.Stable,
    };

    private void Show(PendingMove move, BoardCard card)
    {
        Cards.Remove(card);
        card.Card = move.After;
        Insert(card);
        Shift(move, 1);
        move.Shown = true;
    }

    // Puts the card in its column's order (largest value first, as the board reads it). Past the last card of a
    // column that has more to load, it lies beyond the page: drawn last, not counted as loaded.
    private void Insert(BoardCard card)
    {
        var zone = card.ZoneId;
        var column = Column(card.Card.StageId);
        var before = Cards.FindIndex(c => c.ZoneId == zone && !c.BeyondPage && ComesBefore(card.Card, c.Card));
        if (before >= 0)
        {
            card.BeyondPage = false;
            Cards.Insert(before, card);
            return;
        }

        card.BeyondPage = column is not null && LoadedCount(column.Stage.Id) < column.DealCount;
        var last = Cards.FindLastIndex(c => c.ZoneId == zone && (card.BeyondPage || !c.BeyondPage));
        Cards.Insert(last + 1, card);
    }

    private static bool ComesBefore(DealCard card, DealCard other) =>
        card.Value > other.Value || (card.Value == other.Value && card.Id.CompareTo(other.Id) > 0);

    // A dropped card missing from a column read again is still in the column if it sorts after the page's last card
    // and the column has more than the page; otherwise the read would have returned it, so it left the column.
    private static bool MayBeBeyond(DealCard card, BoardColumn column) =>
        column.Cards.Count < column.DealCount && (column.Cards.Count == 0 || !ComesBefore(card, column.Cards[^1]));

    private static BoardCard Reuse(Dictionary<Guid, BoardCard> shown, DealCard card)
    {
        if (!shown.TryGetValue(card.Id, out var existing))
        {
            return new BoardCard(card);
        }

        existing.Card = card;
        existing.BeyondPage = false;
        return existing;
    }

    // Counts and values follow the card; the weighted total moves by the card's value at its probability before and
    // after (the read after a later change gives SQL's own rounding of the sum).
    private void Shift(PendingMove move, int sign)
    {
        Adjust(move.From, -sign, move.Before);
        Adjust(move.To, sign, move.After);
    }

    private void Adjust(Guid stageId, int sign, DealCard card)
    {
        var index = _columns.FindIndex(c => c.Stage.Id == stageId);
        if (index < 0)
        {
            return;
        }

        var column = _columns[index];
        _columns[index] = column with
        {
            DealCount = column.DealCount + sign,
            TotalValue = column.TotalValue + sign * card.Value,
            WeightedValue = column.WeightedValue + sign * card.Value * card.Probability / 100m,
        };
    }
}
