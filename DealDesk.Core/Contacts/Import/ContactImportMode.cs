namespace DealDesk.Core.Contacts.Import;

/// <summary>What an import does with the valid rows when some rows are invalid.</summary>
public enum ContactImportMode
{
    /// <summary>Commit the valid rows batch by batch and report the others.</summary>
    ValidRowsAndReport = 0,

    /// <summary>One transaction for the whole file: a single invalid row means nothing is written.</summary>
    AllOrNothing = 1,
}

/// <summary>What an import does with a row whose email is already in the circle (ignoring case) or earlier in the
/// file.</summary>
public enum DuplicateHandling
{
    /// <summary>Leave the existing contact as it is and count the row as skipped.</summary>
    Skip = 0,

    /// <summary>Overwrite the existing contact's fields with the row's non-empty cells; counts as contact.</summary>
    Update = 1,
}
