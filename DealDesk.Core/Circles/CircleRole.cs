namespace DealDesk.Core.Circles;

/// <summary>What a user may do in a circle. Order matters: a higher role includes the lower ones.</summary>
public enum CircleRole
{
    /// <summary>Views and works the circle's deals, contacts and KPI values.</summary>
    Member = 0,

    /// <summary>Also creates and deletes KPIs and contacts and manages members.</summary>
    Moderator = 1,

    /// <summary>Runs the circle.</summary>
    Admin = 2,
}
