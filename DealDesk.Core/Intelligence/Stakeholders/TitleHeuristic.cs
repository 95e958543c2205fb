using DealDesk.Core.Common;

namespace DealDesk.Core.Intelligence.Stakeholders;

/// <summary>How senior a job title reads, highest first.</summary>
public enum TitleSeniority
{
    /// <summary>C-level, Chief, Founder, President.</summary>
    Executive,

    /// <summary>VP, Head, Director.</summary>
    Senior,

    /// <summary>Manager, Lead, Supervisor.</summary>
    Manager,

    /// <summary>Any other title.</summary>
    Individual,
}

/// <summary>What the title heuristic proposes for a person: three scores of source
/// <see cref="ScoreSource.Heuristic"/>, each with a sentence saying why.</summary>
/// <param name="Seniority">How senior the title reads.</param>
/// <param name="DecisionPower">Proposed decision power.</param>
/// <param name="Influence">Proposed influence.</param>
/// <param name="Relationship">Default relationship strength: nobody has a relationship history yet.</param>
public sealed record TitleProposal(TitleSeniority Seniority, StakeholderScore DecisionPower, StakeholderScore Influence,
    StakeholderScore Relationship);

/// <summary>Proposes a stakeholder's scores from the job title alone. A first guess, weakest of all sources: any
/// conversation signal or a person's override replaces it, and it never replaces them
/// (<see cref="StakeholderScore.YieldsTo"/>).</summary>
public static class TitleHeuristic
{
    /// <summary>Relationship strength proposed for anyone: a title says nothing about how well we know the person,
    /// so the map starts just below "engaged".</summary>
    public const int DefaultRelationship = 4;

    /// <summary>Longest part of a title quoted in the evidence; a longer one is cut with an ellipsis, so the
    /// sentence stays well within <see cref="StakeholderScore.EvidenceMaxLength"/> whatever title was typed.</summary>
    public const int QuotedTitleMaxLength = 60;

    private static readonly string[] ExecutiveWords = ["chief", "founder", "cofounder", "president", "owner"];
    private static readonly string[] SeniorWords = ["vp", "svp", "evp", "avp", "vice", "head", "director"];
    private static readonly string[] ManagerWords = ["manager", "lead", "supervisor", "teamlead"];

    /// <summary>The proposal for <paramref name="title"/>; <c>null</c> when there is no title to read.</summary>
    public static TitleProposal? Propose(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var words = title.Split([' ', ',', '-', '/', '&', '(', ')', '.', ';', ':'],
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var (seniority, word) = Classify(words);
        var (power, influence, adjective) = seniority switch
        {
            TitleSeniority.Executive => (9, 9, "very high"),
            TitleSeniority.Senior => (7, 7, "high"),
            TitleSeniority.Manager => (4, 5, "moderate"),
            _ => (2, 3, "low"),
        };
        var reading = seniority == TitleSeniority.Individual ? $"“{Quote(title)}”" : word;
        return new TitleProposal(
            seniority,
            new StakeholderScore(power, ScoreSource.Heuristic, $"{reading} title suggests {adjective} decision power"),
            new StakeholderScore(influence, ScoreSource.Heuristic, $"{reading} title suggests {adjective} influence"),
            new StakeholderScore(DefaultRelationship, ScoreSource.Heuristic,
                "No relationship history yet: starts neutral"));
    }

    /// <summary>The most senior word of the title, with how it reads in the evidence ("VP", "Chief").</summary>
    private static (TitleSeniority Seniority, string Word) Classify(string[] words)
    {
        // "Vice President" is a VP, not a president.
        var vice = words.Any(w => w.Equals("vice", StringComparison.OrdinalIgnoreCase));
        foreach (var word in words)
        {
            if (IsCLevel(word) || (!vice && ExecutiveWords.Contains(word, StringComparer.OrdinalIgnoreCase)))
            {
                return (TitleSeniority.Executive, IsCLevel(word) ? "C-level" : Capitalize(word));
            }
        }

        foreach (var word in words)
        {
            if (SeniorWords.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                return (TitleSeniority.Senior, word.Length <= 3 || vice ? "VP" : Capitalize(word));
            }
        }

        foreach (var word in words)
        {
            if (ManagerWords.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                return (TitleSeniority.Manager, Capitalize(word));
            }
        }

        return (TitleSeniority.Individual, "");
    }

    /// <summary>CEO, CFO, CTO, CISO…: a C, one to three letters, an O, written in capitals.</summary>
    private static bool IsCLevel(string word) =>
        word.Length is >= 3 and <= 5 && word[0] == 'C' && word[^1] == 'O' && word.All(char.IsAsciiLetterUpper);

    /// <summary>The title as quoted in the evidence: one line, cut at <see cref="QuotedTitleMaxLength"/>.</summary>
    private static string Quote(string title)
    {
        var line = UserText.SingleLine(title)!.Trim();
        return line.Length <= QuotedTitleMaxLength ? line : string.Concat(line.AsSpan(0, QuotedTitleMaxLength - 1).TrimEnd(), "…");
    }

    private static string Capitalize(string word) =>
        string.Concat(char.ToUpperInvariant(word[0]).ToString(), word[1..].ToLowerInvariant());
}
