using DealDesk.Core.Intelligence.Qualification;

namespace DealDesk.Core.Intelligence.Stakeholders;

/// <summary>What a political map can lack or fear.</summary>
public enum StakeholderWarningKind
{
    /// <summary>Nobody sells for us inside the account.</summary>
    NoChampion,

    /// <summary>Nobody who signs off the purchase is known.</summary>
    NoEconomicBuyer,

    /// <summary>At most one person is engaged: lose them and the deal goes dark.</summary>
    SingleThreaded,

    /// <summary>Someone working against the deal sways others a lot.</summary>
    InfluentialBlocker,
}

/// <summary>One warning about a political map, with the sentence shown to the user.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Message">What to tell the user.</param>
public sealed record StakeholderWarning(StakeholderWarningKind Kind, string Message);

/// <summary>The rules that flag a weak political map. Pure: the same cards give the same warnings.</summary>
public static class StakeholderWarnings
{
    /// <summary>Influence from which a blocker is dangerous.</summary>
    public const int HighInfluence = 7;

    /// <summary>A map with at most this many engaged people is single-threaded.</summary>
    public const int SingleThreadedMax = 1;

    /// <summary>The warnings for a map of <paramref name="stakeholders"/>, in a fixed order (champion, economic buyer,
    /// threading, then one per influential blocker).</summary>
    /// <param name="stakeholders">Everyone on the map.</param>
    /// <param name="assessments">The deal's MEDDPICC assessments: champion and economic buyer are missing only when
    /// neither MEDDPICC nor the map knows them (<see cref="KeyPerson"/>, the rule health scoring uses too).</param>
    public static IReadOnlyList<StakeholderWarning> Evaluate(IReadOnlyCollection<StakeholderCard> stakeholders,
        IReadOnlyCollection<ElementAssessment>? assessments = null)
    {
        ArgumentNullException.ThrowIfNull(stakeholders);
        assessments ??= [];
        var warnings = new List<StakeholderWarning>();
        if (!KeyPerson.Champion(assessments, stakeholders.Any(s => s.Plays(StakeholderRoles.Champion))).Identified)
        {
            warnings.Add(new(StakeholderWarningKind.NoChampion,
                "No champion: nobody is selling for us inside the account (none on the map, MEDDPICC's Champion unknown)."));
        }

        if (!KeyPerson.EconomicBuyer(assessments, stakeholders.Any(s => s.Plays(StakeholderRoles.DecisionMaker)))
                .Identified)
        {
            warnings.Add(new(StakeholderWarningKind.NoEconomicBuyer,
                "No economic buyer: nobody who signs off the purchase is identified (no decision maker on the map, "
                + "MEDDPICC's Economic buyer unknown)."));
        }

        var engaged = stakeholders.Count(s => s.IsEngaged);
        if (engaged <= SingleThreadedMax)
        {
            warnings.Add(new(StakeholderWarningKind.SingleThreaded, engaged == 0
                ? "Single-threaded: nobody at the account is engaged."
                : "Single-threaded: only one person at the account is engaged."));
        }

        foreach (var blocker in stakeholders
                     .Where(s => s.Plays(StakeholderRoles.Blocker) && s.Influence.Value >= HighInfluence)
                     .OrderByDescending(s => s.Influence.Value))
        {
            warnings.Add(new(StakeholderWarningKind.InfluentialBlocker,
                $"Blocker with high influence: {blocker.Name} (influence {blocker.Influence.Value})."));
        }

        return warnings;
    }
}
