namespace DealDesk.Core.Deals;

/// <summary>Columns the deal table can sort by. Ties always break on the deal id, so paging is stable.</summary>
public enum DealSortField
{
    /// <summary>Most recently changed first when descending.</summary>
    Updated = 0,

    /// <summary>Deal name.</summary>
    Name = 1,

    /// <summary>Account name.</summary>
    Account = 2,

    /// <summary>Stage position in the pipeline.</summary>
    Stage = 3,

    /// <summary>Deal value.</summary>
    Value = 4,

    /// <summary>Priority, low to high.</summary>
    Priority = 5,

    /// <summary>Owner display name.</summary>
    Owner = 6,

    /// <summary>Expected close date.</summary>
    ExpectedClose = 7,

    /// <summary>Days in the current stage (ascending = newest arrivals first).</summary>
    DaysInStage = 8,

    /// <summary>Health score (unscored deals lowest).</summary>
    Health = 9,
}
