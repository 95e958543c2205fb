using DealDesk.Core.Pipeline;

namespace DealDesk.Core.Contacts;

/// <summary>The rules of "Create deal from this lead" that need no database.</summary>
public static class LeadConversion
{
    /// <summary>The stage a lead's deal starts in (seed 003 says Qualified).</summary>
    public const string PreferredStageName = "Qualified";

    /// <summary>The new deal's name: "{Name} – Opportunity", with an en dash.</summary>
    public static string DealName(string contactName)
    {
        ArgumentNullException.ThrowIfNull(contactName);
        return $"{contactName.Trim()} \u2013 Opportunity";
    }

    /// <summary>The stage for the new deal among the workspace's <paramref name="stages"/>: the open stage named
    /// Qualified (ignoring case); when the workspace renamed or removed it, the open stage that follows the first
    /// open one (where a default pipeline has Qualified after New, a lead being qualified already); with a single
    /// open stage, that one. <c>null</c> when the pipeline has no open stage.</summary>
    public static StageOption? PickStage(IEnumerable<StageOption> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var open = stages.Where(s => s.Kind == StageKind.Open).OrderBy(s => s.Order).ToList();
        return open.FirstOrDefault(s => string.Equals(s.Name.Trim(), PreferredStageName, StringComparison.OrdinalIgnoreCase))
            ?? open.Skip(1).FirstOrDefault()
            ?? open.FirstOrDefault();
    }
}
