namespace DealDesk.Core.Pipeline;

/// <summary>The Kanban board over the deals the current user can see.</summary>
public interface IPipelineBoardQueries
{
    /// <summary>Every stage in order with its totals and first <paramref name="pageSize"/> cards.</summary>
    Task<IReadOnlyList<BoardColumn>> GetBoardAsync(BoardFilter filter, int pageSize = BoardFilter.DefaultPageSize,
        CancellationToken cancellationToken = default);

    /// <summary>Cards of one column after the first <paramref name="skip"/>, in the board's order ("load more").</summary>
    Task<IReadOnlyList<DealCard>> GetCardsAsync(BoardFilter filter, Guid stageId, int skip,
        int take = BoardFilter.DefaultPageSize, CancellationToken cancellationToken = default);

    /// <summary>One column's totals and first page again, after a change touched it.</summary>
    Task<BoardColumn?> GetColumnAsync(BoardFilter filter, Guid stageId, int take = BoardFilter.DefaultPageSize,
        CancellationToken cancellationToken = default);

    /// <summary>One deal's card as the board shows it, after its health was recalculated; <c>null</c> when the deal
    /// is hidden or does not match <paramref name="filter"/>.</summary>
    Task<DealCard?> GetCardAsync(BoardFilter filter, Guid dealId, CancellationToken cancellationToken = default);
}
