namespace DealDesk.Core.Intelligence.Qualification;

/// <summary>The MEDDPICC overall score and its confidence, from element assessments and evidence.</summary>
/// <remarks>
/// <para><b>Overall score</b> (0–100): the mean over all eight elements of each element's value, where the value is
/// its 0–10 score × 10 when scored, otherwise Unknown 0, Partial 50, Confirmed 100. An element never assessed counts
/// as Unknown, so the score measures coverage of the whole method.</para>
/// <para><b>Confidence</b> (0–100): how well the assessed (non-unknown) elements are backed: the mean over them of
/// the highest confidence among the evidence tied to the element, or <see cref="UnbackedConfidence"/> when it has
/// none. Evidence not tied to an element does not count. 0 when nothing is assessed.</para>
/// </remarks>
public static class QualificationScoring
{
    /// <summary>Confidence given to an assessed element no evidence backs.</summary>
    public const int UnbackedConfidence = 25;

    /// <summary>The 0–100 value of one element.</summary>
    public static int ValueOf(QualificationStatus status, int? score) => score is { } s
        ? Math.Clamp(s, 0, DealQualification.MaxScore) * 10
        : status switch
        {
            QualificationStatus.Confirmed => 100,
            QualificationStatus.Partial => 50,
            _ => 0,
        };

    /// <summary>The overall score of a deal's assessed elements (the others count as unknown).</summary>
    public static int Overall(IEnumerable<ElementAssessment> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        var values = elements.GroupBy(e => e.Element).ToDictionary(g => g.Key, g => ValueOf(g.Last().Status, g.Last().Score));
        var total = MeddpiccElements.All.Sum(e => values.GetValueOrDefault(e));
        return (int)Math.Round(total / (decimal)MeddpiccElements.All.Count, MidpointRounding.AwayFromZero);
    }

    /// <summary>The confidence in the assessment, from the evidence (element and confidence of each item).</summary>
    public static int Confidence(IEnumerable<ElementAssessment> elements,
        IEnumerable<(MeddpiccElement? Element, int Confidence)> evidence)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(evidence);
        var best = evidence.Where(e => e.Element is not null)
            .GroupBy(e => e.Element!.Value)
            .ToDictionary(g => g.Key, g => g.Max(e => e.Confidence));
        var assessed = elements
            .Where(e => ValueOf(e.Status, e.Score) > 0 || e.Status != QualificationStatus.Unknown)
            .Select(e => e.Element)
            .Distinct()
            .ToList();
        if (assessed.Count == 0)
        {
            return 0;
        }

        var sum = assessed.Sum(e => best.TryGetValue(e, out var c) ? c : UnbackedConfidence);
        return (int)Math.Round(sum / (decimal)assessed.Count, MidpointRounding.AwayFromZero);
    }
}

/// <summary>One element's assessment as the scoring reads it.</summary>
/// <param name="Element">The element.</param>
/// <param name="Status">Its status.</param>
/// <param name="Score">Its 0–10 score, if any.</param>
public sealed record ElementAssessment(MeddpiccElement Element, QualificationStatus Status, int? Score);
