using DealDesk.Core.Intelligence.Qualification;

namespace DealDesk.Tests.Core.Intelligence.Qualification;

public sealed class QualificationScoringTests
{
    private static ElementAssessment Element(MeddpiccElement element, QualificationStatus status, int? score = null) =>
        new(element, status, score);

    [Fact]
    public void Overall_WithNothingAssessed_IsZero()
    {
        Assert.Equal(0, QualificationScoring.Overall([]));
    }

    [Fact]
    public void Overall_WithEveryElementConfirmed_Is100()
    {
        Assert.Equal(100, QualificationScoring.Overall(
            MeddpiccElements.All.Select(e => Element(e, QualificationStatus.Confirmed))));
    }

    [Fact]
    public void Overall_CountsMissingElementsAsUnknown_AndScoresOverStatuses()
    {
        // Confirmed 100 + Partial 50 + scored 7/10 = 70 over eight elements = 27.5 → 28.
        var score = QualificationScoring.Overall([
            Element(MeddpiccElement.Metrics, QualificationStatus.Confirmed),
            Element(MeddpiccElement.Champion, QualificationStatus.Partial),
            Element(MeddpiccElement.IdentifyPain, QualificationStatus.Partial, 7),
        ]);

        Assert.Equal(28, score);
    }

    [Fact]
    public void Confidence_WithNothingAssessed_IsZero()
    {
        Assert.Equal(0, QualificationScoring.Confidence(
            [Element(MeddpiccElement.Metrics, QualificationStatus.Unknown)], [(MeddpiccElement.Metrics, 90)]));
    }

    [Fact]
    public void Confidence_AveragesTheBestEvidenceOfEachAssessedElement_WithUnbackedOnesAt25()
    {
        var confidence = QualificationScoring.Confidence(
            [
                Element(MeddpiccElement.Metrics, QualificationStatus.Confirmed),
                Element(MeddpiccElement.Champion, QualificationStatus.Partial),
            ],
            [(MeddpiccElement.Metrics, 60), (MeddpiccElement.Metrics, 80), (null, 100)]);

        // (80 + 25) / 2 = 52.5 → 53; the evidence tied to no element does not count.
        Assert.Equal(53, confidence);
    }

    [Fact]
    public void ValueOf_MapsStatusesAndScores()
    {
        Assert.Equal((0, 50, 100, 30), (
            QualificationScoring.ValueOf(QualificationStatus.Unknown, null),
            QualificationScoring.ValueOf(QualificationStatus.Partial, null),
            QualificationScoring.ValueOf(QualificationStatus.Confirmed, null),
            QualificationScoring.ValueOf(QualificationStatus.Confirmed, 3)));
    }
}
