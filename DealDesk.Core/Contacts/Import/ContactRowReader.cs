namespace DealDesk.Core.Contacts.Import;

/// <summary>Checks one CSV row against a mapping: the cell count, text that was not valid UTF-8, status and funnel
/// values, then the contact rules of <see cref="ContactDraftValidator"/> (required name, valid email, phone shape,
/// maximum lengths). Email uniqueness needs the circle's contacts and is the importer's.</summary>
/// <remarks>Formula-looking cells (=, +, -, @) are data and pass unchanged; files written back out neutralise them. The
/// apostrophe DealDesk's own files put in front of such cells is removed (<see cref="SpreadsheetFormulaGuard"/>), so an
/// export imports back as the same contacts. First and last name columns are joined with a space into the name.
/// </remarks>
public sealed class ContactRowReader
{
    private readonly ContactDraftValidator _validator = new();
    private readonly int _columns;
    private readonly int _name;
    private readonly int _firstName;
    private readonly int _lastName;
    private readonly int _email;
    private readonly int _phone;
    private readonly int _company;
    private readonly int _status;
    private readonly int _stage;

    /// <summary>A reader of rows laid out as <paramref name="mapping"/> says.</summary>
    public ContactRowReader(ContactColumnMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        _columns = mapping.Headers.Count;
        _name = mapping.ColumnOf(ContactField.Name);
        _firstName = mapping.ColumnOf(ContactField.FirstName);
        _lastName = mapping.ColumnOf(ContactField.LastName);
        _email = mapping.ColumnOf(ContactField.Email);
        _phone = mapping.ColumnOf(ContactField.Phone);
        _company = mapping.ColumnOf(ContactField.Company);
        _status = mapping.ColumnOf(ContactField.Status);
        _stage = mapping.ColumnOf(ContactField.FunnelStage);
    }

    /// <summary>The row as a contact, or the reason it cannot be one.</summary>
    /// <param name="lineNumber">Where the row starts in the file.</param>
    /// <param name="values">The row's cells.</param>
    /// <param name="validUtf8">Whether every cell's bytes were valid UTF-8 (the reader decodes invalid ones to U+FFFD,
    /// which cannot be told apart from a real U+FFFD afterwards).</param>
    /// <param name="row">The valid row.</param>
    /// <param name="reason">Why the row is refused.</param>
    public bool TryRead(long lineNumber, IReadOnlyList<string> values, bool validUtf8, out ContactImportRow? row, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(values);
        row = null;
        reason = Check(values, validUtf8, out var status, out var stage);
        if (reason is not null)
        {
            return false;
        }

        var draft = new ContactDraft
        {
            Name = Cell(values, _name) ?? CombinedName(values),
            Email = Cell(values, _email) ?? "",
            Phone = Cell(values, _phone),
            Company = Cell(values, _company),
            // An empty status takes the least one the row's stage allows (ContactFunnelRules), as a new contact does.
            Status = status ?? ContactFunnelRules.StatusAt(ContactStatus.Lead, stage ?? FunnelStage.NeedsOutreach),
            FunnelStage = stage ?? FunnelStage.NeedsOutreach,
        };
        var result = _validator.Validate(draft);
        if (!result.IsValid)
        {
            reason = string.Join(" ", result.Errors.Select(e => e.ErrorMessage).Distinct());
            return false;
        }

        row = new ContactImportRow(lineNumber, draft.Name, draft.Email, draft.Phone, draft.Company, status, stage);
        return true;
    }

    private string? Check(IReadOnlyList<string> values, bool validUtf8, out ContactStatus? status, out FunnelStage? stage)
    {
        status = null;
        stage = null;
        if (values.Count != _columns)
        {
            return ContactImportMessages.WrongColumnCount(values.Count, _columns);
        }

        if (!validUtf8)
        {
            return ContactImportMessages.InvalidUtf8;
        }

        if (Cell(values, _status) is { } statusText)
        {
            if (!ContactImportValues.TryParseStatus(statusText, out var parsed))
            {
                return ContactImportMessages.UnknownStatus(statusText);
            }

            status = parsed;
        }

        if (Cell(values, _stage) is { } stageText)
        {
            if (!ContactImportValues.TryParseFunnelStage(stageText, out var parsed))
            {
                return ContactImportMessages.UnknownFunnelStage(stageText);
            }

            stage = parsed;
        }

        return null;
    }

    private string CombinedName(IReadOnlyList<string> values) =>
        string.Join(' ', new[] { Cell(values, _firstName), Cell(values, _lastName) }.OfType<string>());

    // Unguarded, trimmed, and null for an empty cell or an unmapped field.
    private static string? Cell(IReadOnlyList<string> values, int column)
    {
        if (column < 0)
        {
            return null;
        }

        var text = SpreadsheetFormulaGuard.Unguard(values[column]).Trim();
        return text.Length == 0 ? null : text;
    }
}
