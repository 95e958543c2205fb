using DealDesk.Core.Common;
using DealDesk.Core.Deals;
using DealDesk.Web.Identity;

namespace DealDesk.Web.Components.Pages.Pipeline;

/// <summary>Saves the board's drops. A drop is shown at once (<see cref="Begin"/>), saved while the user goes on, and
/// then kept, with its card read again for its new version and figures, or taken back with the service's reason.
/// Several drops of different cards can be on their way at once; each settles on its own. The columns a drop touched
/// are read again only when it was refused (the deal may have changed under the page) or when a change announced
/// while it was saved is waiting to be read.</summary>
public sealed class BoardMoves(BoardLoader loader, IDealService deals, CurrentUser user)
{
    private BoardState State => loader.State;

    /// <summary>Shows the drop of <paramref name="card"/> on the column of <paramref name="stageId"/>; <c>null</c>
    /// when there is nothing to save (its own column, or a drop of it is already being saved).</summary>
    public PendingMove? Begin(BoardCard card, Guid stageId, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(card);
        return State.BeginMove(card.Card.Id, stageId, at);
    }

    /// <summary>Saves the drop. On success the card stays and is read again; otherwise it goes back, and the result
    /// says why. An unexpected failure takes the drop back before it is thrown on.</summary>
    public async Task<Result> SaveAsync(PendingMove move, string? lostReason)
    {
        ArgumentNullException.ThrowIfNull(move);
        // Expected before the save: the feed may announce the move before MoveAsync returns.
        var echo = new DealChange(user.WorkspaceId ?? Guid.Empty, move.DealId, DealChangeKind.Moved, move.From, move.To,
            user.UserId);
        loader.ExpectMove(echo);
        Result result;
        try
        {
            // Off the circuit's thread: SQLite's provider runs its "async" calls synchronously, so the save would
            // otherwise end before the drop is drawn, and hold the circuit (every further drag) while it waits for
            // the database's write lock.
            result = await Task.Run(() => deals.MoveAsync(move.DealId, move.To, lostReason, move.Before.Version));
        }
        catch
        {
            loader.ForgetMove(echo);
            State.RollBack(move);
            throw;
        }

        if (!result.Succeeded)
        {
            loader.ForgetMove(echo);
            move.ReadColumnsAfter = true;
            State.RollBack(move);
            return result;
        }

        // The saved card carries the deal's new version (for its next drop) and its stage date. Read while the move is
        // still open, so that no column read can take the card back in the meantime.
        try
        {
            await loader.ReloadCardAsync(move.DealId);
        }
        finally
        {
            State.CompleteMove(move);
        }

        return result;
    }

    /// <summary>Takes back a drop that is not saved (the user did not give a lost reason).</summary>
    public void Cancel(PendingMove move) => State.RollBack(move);

    /// <summary>After a drop has settled, reads what waited for it: its own columns when it was refused or not shown to
    /// the end, and columns whose changes arrived while it was saved.</summary>
    public Task<bool> ReadAfterAsync(PendingMove move)
    {
        ArgumentNullException.ThrowIfNull(move);
        return loader.ReadWaitingColumnsAsync(move.ReadColumnsAfter ? [move.From, move.To] : []);
    }
}
