using DealDesk.Core.Deals;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Services;

/// <summary>Deal lists, projected in SQL to just the columns a row shows.</summary>
internal sealed class DealQueries(IDbContextFactory<DealDeskDbContext> contexts) : IDealQueries
{
    /// <summary>Most rows one call returns.</summary>
    public const int MaxPageSize = 200;

    // Compiled once: a call then skips building and translating the LINQ tree. The tenant filters still apply,
    // reading the scope of the context each call passes in.
    private static readonly Func<DealDeskDbContext, int, IAsyncEnumerable<DealListItem>> LargestOpenDeals =
        EF.CompileAsyncQuery((DealDeskDbContext db, int take) => (
                from deal in db.Deals
                where deal.WonAt == null && deal.LostAt == null
                orderby deal.Value descending, deal.Id
                join account in db.Accounts on deal.AccountId equals account.Id
                join stage in db.PipelineStages on deal.StageId equals stage.Id
                join owner in db.Users on deal.OwnerId equals owner.Id into owners
                from owner in owners.DefaultIfEmpty()
                select new DealListItem(deal.Id, deal.Name, account.Name, stage.Name, deal.Value, deal.Currency,
                    owner == null ? null : owner.DisplayName, deal.ExpectedCloseDate))
            .Take(take));

    public async Task<IReadOnlyList<DealListItem>> GetLargestOpenDealsAsync(int count,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await LargestOpenDeals(db, Math.Clamp(count, 1, MaxPageSize)).ToListAsync(cancellationToken);
    }
}
