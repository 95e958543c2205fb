namespace DealDesk.Core.Intelligence.Qualification;

/// <summary>A deal's MEDDPICC as the Intelligence tab shows it.</summary>
/// <param name="Elements">All eight elements in MEDDPICC order, unknown ones included.</param>
/// <param name="Evidence">Every evidence item, newest observation first.</param>
/// <param name="OverallScore">0–100 (<see cref="QualificationScoring.Overall"/>).</param>
/// <param name="Confidence">0–100 (<see cref="QualificationScoring.Confidence"/>).</param>
public sealed record QualificationView(
    IReadOnlyList<ElementView> Elements,
    IReadOnlyList<EvidenceView> Evidence,
    int OverallScore,
    int Confidence);

/// <summary>One MEDDPICC element of a deal.</summary>
/// <param name="Element">Which.</param>
/// <param name="Status">How far it is known.</param>
/// <param name="Score">Optional 0–10 score.</param>
/// <param name="Summary">What is known.</param>
/// <param name="UpdatedByName">Who assessed it last.</param>
/// <param name="UpdatedAt">When (UTC); <c>null</c> when never assessed.</param>
/// <param name="Version">The concurrency token an edit must carry (<see cref="ElementDraft.Version"/>); <c>null</c> when
/// never assessed.</param>
public sealed record ElementView(MeddpiccElement Element, QualificationStatus Status, int? Score, string? Summary,
    string? UpdatedByName, DateTime? UpdatedAt, byte[]? Version = null);

/// <summary>One evidence item.</summary>
/// <param name="Id">The item.</param>
/// <param name="Element">Element it supports, if any.</param>
/// <param name="Kind">Quote or fact.</param>
/// <param name="Text">The text.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Confidence">0–100.</param>
/// <param name="ObservedOn">When it was said or seen.</param>
public sealed record EvidenceView(Guid Id, MeddpiccElement? Element, EvidenceKind Kind, string Text,
    EvidenceSource Source, int Confidence, DateOnly ObservedOn);
