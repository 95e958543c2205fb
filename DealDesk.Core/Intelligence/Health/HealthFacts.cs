using DealDesk.Core.Intelligence.Stakeholders;

namespace DealDesk.Core.Intelligence.Health;

/// <summary>What the health score is computed from, gathered by the data layer for one deal.</summary>
public sealed record HealthFacts
{
    /// <summary>Neither won nor lost. Closed deals have no score (the move to a won or lost stage clears it).</summary>
    public bool IsOpen { get; init; } = true;

    /// <summary>Name of the current stage, for the sentences.</summary>
    public string StageName { get; init; } = "";

    /// <summary>Whole days in the current stage.</summary>
    public int DaysInStage { get; init; }

    /// <summary>The stage's rotting limit in days; <c>null</c> takes <see cref="HealthCalculator.DefaultStageNormDays"/>.</summary>
    public int? StageNormDays { get; init; }

    /// <summary>Whole days since the deal's latest timeline activity; <c>null</c> when it has none.</summary>
    public int? DaysSinceLastActivity { get; init; }

    /// <summary>Days the expected close date is behind today (0 when today or later); <c>null</c> without a date.</summary>
    public int? DaysPastCloseDate { get; init; }

    /// <summary>How often the expected close date was moved later.</summary>
    public int CloseDatePushCount { get; init; }

    /// <summary>MEDDPICC overall score, 0–100 (<see cref="Qualification.QualificationScoring"/>).</summary>
    public int QualificationScore { get; init; }

    /// <summary>The champion as MEDDPICC and the map know them (<see cref="KeyPerson"/> decides "identified").
    /// </summary>
    public KeyPerson Champion { get; init; } = KeyPerson.Champion([], championOnMap: false);

    /// <summary>The economic buyer as MEDDPICC and the map know them (the map's DecisionMaker role).</summary>
    public KeyPerson EconomicBuyer { get; init; } = KeyPerson.EconomicBuyer([], decisionMakerOnMap: false);

    /// <summary>Stakeholders we are engaged with: relationship strength of at least
    /// <see cref="HealthCalculator.EngagedRelationshipStrength"/>, or an interaction within
    /// <see cref="HealthCalculator.EngagedWithinDays"/> days.</summary>
    public int EngagedStakeholders { get; init; }

    /// <summary>Open tasks of the deal due before today.</summary>
    public int OverdueTasks { get; init; }
}
