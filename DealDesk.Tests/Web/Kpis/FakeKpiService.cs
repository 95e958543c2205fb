using DealDesk.Core.Common;
using DealDesk.Core.Kpis;

namespace DealDesk.Tests.Web.Kpis;

/// <summary>Records the writes the KPI components ask for and answers them as told.</summary>
internal sealed class FakeKpiService : IKpiService
{
    public List<(Guid Id, decimal Value, byte[] Version)> Updates { get; } = [];

    public List<(Guid CircleId, KpiDraft Draft)> Created { get; } = [];

    public List<(Guid Id, KpiDraft Draft, byte[]? Version)> Edited { get; } = [];

    /// <summary>The answer to a value update or an edit.</summary>
    public Result<KpiCard> Answer { get; set; } = Result.NotFound(KpiMessages.NotFound);

    /// <summary>The answer to a create.</summary>
    public Result<Guid> CreateAnswer { get; set; } = Result<Guid>.Ok(Guid.NewGuid());

    public Task<Result<KpiCard>> UpdateValueAsync(Guid kpiId, decimal value, byte[] version,
        CancellationToken cancellationToken = default)
    {
        Updates.Add((kpiId, value, version));
        return Task.FromResult(Answer);
    }

    public Task<Result<Guid>> CreateAsync(Guid circleId, KpiDraft draft, CancellationToken cancellationToken = default)
    {
        Created.Add((circleId, draft));
        return Task.FromResult(CreateAnswer);
    }

    public Task<Result<KpiCard>> EditAsync(Guid kpiId, KpiDraft draft, CancellationToken cancellationToken = default)
    {
        Edited.Add((kpiId, draft, draft.Version));
        return Task.FromResult(Answer);
    }

    public Task<string> CurrencyAsync(CancellationToken cancellationToken = default) => Task.FromResult("USD");

    public Task<Result<IReadOnlyList<KpiCard>>> ListAsync(Guid circleId, KpiOrder order = KpiOrder.Name,
        bool descending = false, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Result<KpiCard>> GetAsync(Guid kpiId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<Result> DeleteAsync(Guid kpiId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<Result<IReadOnlyList<KpiHistoryPoint>>> HistoryAsync(Guid kpiId, int days = 30, int limit = 100,
        CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
