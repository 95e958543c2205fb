namespace DealDesk.Core.Contacts.Import;

/// <summary>How to import a staged upload.</summary>
/// <param name="CircleId">The circle the contacts go to.</param>
/// <param name="Mode">Commit the valid rows, or all or nothing.</param>
/// <param name="Duplicates">Skip or update rows whose email is already in the circle or earlier in the file.</param>
/// <param name="Mapping">Which field each column goes to.</param>
public sealed record ContactImportOptions(
    Guid CircleId,
    ContactImportMode Mode,
    DuplicateHandling Duplicates,
    ContactColumnMapping Mapping);
