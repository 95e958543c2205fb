using DealDesk.Core.Intelligence.Qualification;

namespace DealDesk.Core.Intelligence.Stakeholders;

/// <summary>Whether a deal knows one of the two people both MEDDPICC and the political map track — its champion or
/// its economic buyer — and where that knowledge comes from. The one rule that health scoring and the map's warnings
/// share, so the Intelligence tab, the factors and the Stakeholders tab never disagree.</summary>
/// <remarks>The person is <b>identified</b> when MEDDPICC's element for them is Partial or Confirmed (the status says
/// whether the person is known; its 0–10 score says how strong they are, and does not decide), <b>or</b> someone on
/// the account's map plays the role (Champion, or DecisionMaker for the economic buyer). Either source is enough: a
/// rep may qualify before drawing the map, or map people before filling in MEDDPICC. The sentences name the sources
/// so the user sees why.</remarks>
/// <param name="Role">What the person is, e.g. "Champion" or "Economic buyer".</param>
/// <param name="Meddpicc">The status of MEDDPICC's element for the person.</param>
/// <param name="OnMap">Someone on the account's map plays the role.</param>
public sealed record KeyPerson(string Role, QualificationStatus Meddpicc, bool OnMap)
{
    /// <summary>Known from MEDDPICC, the map, or both.</summary>
    public bool Identified => Meddpicc != QualificationStatus.Unknown || OnMap;

    /// <summary>The deal's champion, from its MEDDPICC assessments and whether its map has a Champion.</summary>
    public static KeyPerson Champion(IEnumerable<ElementAssessment> assessments, bool championOnMap) =>
        new(MeddpiccElements.Label(MeddpiccElement.Champion), StatusOf(assessments, MeddpiccElement.Champion),
            championOnMap);

    /// <summary>The deal's economic buyer, from its MEDDPICC assessments and whether its map has a DecisionMaker.
    /// </summary>
    public static KeyPerson EconomicBuyer(IEnumerable<ElementAssessment> assessments, bool decisionMakerOnMap) =>
        new(MeddpiccElements.Label(MeddpiccElement.EconomicBuyer),
            StatusOf(assessments, MeddpiccElement.EconomicBuyer), decisionMakerOnMap);

    /// <summary>Why the person counts as identified or not, e.g. "Champion identified: MEDDPICC Confirmed, on the
    /// map" or "No economic buyer identified: MEDDPICC Unknown, nobody on the map".</summary>
    public string Explanation
    {
        get
        {
            var sources = $"MEDDPICC {Meddpicc}, {(OnMap ? "on the map" : "nobody on the map")}";
            return Identified
                ? $"{Role} identified ({sources})"
                : $"No {Role.ToLowerInvariant()} identified ({sources})";
        }
    }

    private static QualificationStatus StatusOf(IEnumerable<ElementAssessment> assessments, MeddpiccElement element)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        return assessments.LastOrDefault(a => a.Element == element)?.Status ?? QualificationStatus.Unknown;
    }
}
