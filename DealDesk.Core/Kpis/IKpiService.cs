using DealDesk.Core.Common;

namespace DealDesk.Core.Kpis;

/// <summary>The KPIs of the current user's circles. Every call checks the user's role in the KPI's circle first
/// (seed 003: members view and update values; moderators and admins also create, edit and delete).</summary>
public interface IKpiService
{
    /// <summary>The KPIs of <paramref name="circleId"/> in <paramref name="order"/> (then by id).</summary>
    Task<Result<IReadOnlyList<KpiCard>>> ListAsync(Guid circleId, KpiOrder order = KpiOrder.Name,
        bool descending = false, CancellationToken cancellationToken = default);

    /// <summary>One KPI; not found when it is not in a circle the user sees.</summary>
    Task<Result<KpiCard>> GetAsync(Guid kpiId, CancellationToken cancellationToken = default);

    /// <summary>The workspace currency, for KPIs in <see cref="KpiUnit.Currency"/>.</summary>
    Task<string> CurrencyAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a KPI in <paramref name="circleId"/> with its first history entry; its id.</summary>
    Task<Result<Guid>> CreateAsync(Guid circleId, KpiDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Renames the KPI and changes its target and unit (<see cref="KpiDraft.Value"/> is ignored); a new
    /// target is a history entry. Refused with a conflict when the KPI changed since <see cref="KpiDraft.Version"/>.
    /// </summary>
    Task<Result<KpiCard>> EditAsync(Guid kpiId, KpiDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Records a new value: trend and changes against the previous value, and a history entry, in one
    /// transaction. Refused with a conflict when the KPI changed since <paramref name="version"/>.</summary>
    Task<Result<KpiCard>> UpdateValueAsync(Guid kpiId, decimal value, byte[] version,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes the KPI and its whole history in one transaction.</summary>
    Task<Result> DeleteAsync(Guid kpiId, CancellationToken cancellationToken = default);

    /// <summary>The KPI's entries of the last <paramref name="days"/> days, oldest first; when there are more than
    /// <paramref name="limit"/>, the latest <paramref name="limit"/> of them.</summary>
    Task<Result<IReadOnlyList<KpiHistoryPoint>>> HistoryAsync(Guid kpiId, int days = KpiHistoryWindow.DefaultDays,
        int limit = KpiHistoryWindow.DefaultLimit, CancellationToken cancellationToken = default);
}
