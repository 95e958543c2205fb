namespace DealDesk.Core.Contacts.Import;

/// <summary>A staged upload's first rows and the mapping proposed for its header, shown before importing.</summary>
/// <param name="UploadId">The staged file, to start the import with.</param>
/// <param name="FileName">The name the user's file had.</param>
/// <param name="SizeBytes">Its size.</param>
/// <param name="Rows">The first <see cref="ContactImportLimits.PreviewRows"/> data rows as read.</param>
/// <param name="Mapping">The proposed mapping of the header; the user may change it.</param>
public sealed record ContactImportPreview(
    Guid UploadId,
    string FileName,
    long SizeBytes,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    ContactColumnMapping Mapping);
