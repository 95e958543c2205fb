using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Core.Intelligence.Stakeholders;
namespace DealDesk.Core.Intelligence;

/// <summary>Everything the Intelligence tab shows about a deal, read in one call.</summary>
/// <param name="Deal">The deal as a table row.</param>
/// <param name="Health">Score, factors and history.</param>
/// <param name="Qualification">MEDDPICC with evidence.</param>
/// <param name="Stakeholders">The account's stakeholders, by name.</param>
/// <param name="OpenTasks">The deal's open tasks, earliest due first.</param>
public sealed record DealIntelligence(
    DealRow Deal,
    HealthView Health,
    QualificationView Qualification,
    IReadOnlyList<StakeholderSummary> Stakeholders,
    IReadOnlyList<OpenTaskSummary> OpenTasks);

/// <summary>A stakeholder as the summary lists it.</summary>
/// <param name="Id">The stakeholder.</param>
/// <param name="Name">Name.</param>
/// <param name="Title">Job title.</param>
/// <param name="Roles">Parts played.</param>
/// <param name="RelationshipStrength">0–10.</param>
public sealed record StakeholderSummary(Guid Id, string Name, string? Title, StakeholderRoles Roles,
    int RelationshipStrength);

/// <summary>An open task as the summary lists it.</summary>
/// <param name="Id">The task.</param>
/// <param name="Title">What to do.</param>
/// <param name="DueOn">Due day.</param>
/// <param name="IsOverdue">Due before today.</param>
public sealed record OpenTaskSummary(Guid Id, string Title, DateOnly? DueOn, bool IsOverdue);

/// <summary>Reads a deal's intelligence in a bounded number of queries, whatever the number of related rows.</summary>
public interface IDealIntelligenceService
{
    /// <summary>The deal's intelligence; <c>null</c> when the deal is not visible to the current user.</summary>
    Task<DealIntelligence?> GetAsync(Guid dealId, CancellationToken cancellationToken = default);
}
