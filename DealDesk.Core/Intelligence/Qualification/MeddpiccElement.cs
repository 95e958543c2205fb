namespace DealDesk.Core.Intelligence.Qualification;

/// <summary>The eight elements of MEDDPICC qualification. Stored as their number.</summary>
public enum MeddpiccElement
{
    /// <summary>The measurable gains the customer expects.</summary>
    Metrics = 0,

    /// <summary>The person who controls the budget and signs.</summary>
    EconomicBuyer = 1,

    /// <summary>How the customer will compare the options.</summary>
    DecisionCriteria = 2,

    /// <summary>The steps and people of the decision.</summary>
    DecisionProcess = 3,

    /// <summary>Legal, procurement and signature steps.</summary>
    PaperProcess = 4,

    /// <summary>The business pain that makes them buy.</summary>
    IdentifyPain = 5,

    /// <summary>Someone inside who sells for us.</summary>
    Champion = 6,

    /// <summary>Who else they consider, including doing nothing.</summary>
    Competition = 7,
}

/// <summary>Display names and order of the MEDDPICC elements.</summary>
public static class MeddpiccElements
{
    /// <summary>Every element, in MEDDPICC order.</summary>
    public static IReadOnlyList<MeddpiccElement> All { get; } = Enum.GetValues<MeddpiccElement>();

    /// <summary>How the element reads on screen and on the timeline.</summary>
    public static string Label(MeddpiccElement element) => element switch
    {
        MeddpiccElement.Metrics => "Metrics",
        MeddpiccElement.EconomicBuyer => "Economic buyer",
        MeddpiccElement.DecisionCriteria => "Decision criteria",
        MeddpiccElement.DecisionProcess => "Decision process",
        MeddpiccElement.PaperProcess => "Paper process",
        MeddpiccElement.IdentifyPain => "Identify pain",
        MeddpiccElement.Champion => "Champion",
        _ => "Competition",
    };
}
