namespace DealDesk.Core.Contacts.Import;

/// <summary>What the import tells the user, shared by the importer, the page and the tests.</summary>
public static class ContactImportMessages
{
    /// <summary>The upload is bigger than <see cref="ContactImportLimits.MaxFileBytes"/>.</summary>
    public static readonly string FileTooLarge =
        $"The file is larger than {ContactImportLimits.MaxFileBytes / (1024 * 1024)} MB. Split it into smaller files and import them one by one.";

    /// <summary>The upload has no header row.</summary>
    public const string EmptyFile = "The file is empty: the first line must name the columns (for example name,email,phone).";

    /// <summary>The upload or job is gone (finished long ago, the server restarted) or belongs to someone else.</summary>
    public const string UploadNotFound = "This upload is no longer available. Choose the file again.";

    /// <summary>The job is unknown to this user.</summary>
    public const string JobNotFound = "This import does not exist or was started by someone else.";

    /// <summary>A row with bytes that do not decode as UTF-8.</summary>
    public const string InvalidUtf8 =
        "This row contains bytes that are not valid UTF-8 text. Save the file as UTF-8 (\"CSV UTF-8\" in Excel) and import it again.";

    /// <summary>A row with a quote in the wrong place.</summary>
    public const string BadQuotes =
        "This row has a quote character in the wrong place. Put fields that hold commas, quotes or line breaks in double quotes, and double any quote inside them.";

    /// <summary>All or nothing, and some rows were invalid.</summary>
    public static string NothingImported(long rejected) =>
        $"Nothing was imported: {rejected:N0} {(rejected == 1 ? "row is" : "rows are")} invalid and the import was set to all or nothing. Download the rejected rows, fix them and import the file again.";

    /// <summary>The row's cell count differs from the header's.</summary>
    public static string WrongColumnCount(int values, int columns) =>
        $"This row has {values} {(values == 1 ? "value" : "values")} but the header has {columns} columns.";

    /// <summary>A status cell that is not one of the statuses.</summary>
    public static string UnknownStatus(string value) =>
        $"Status “{Shorten(value)}” is not one of: {string.Join(", ", Enum.GetValues<ContactStatus>().Select(ContactImportValues.Spell))}.";

    /// <summary>A funnel stage cell that is not one of the stages.</summary>
    public static string UnknownFunnelStage(string value) =>
        $"Funnel stage “{Shorten(value)}” is not one of: {string.Join(", ", Enum.GetValues<FunnelStage>().Select(ContactImportValues.Spell))}.";

    /// <summary>A required field has no column.</summary>
    public static string MissingColumn(ContactField field) => field == ContactField.Name
        ? "Choose the column that holds the name, or the columns of the first and last name."
        : $"Choose the column that holds the {Describe(field)}.";

    /// <summary>The name is mapped both from one column and from first and last name columns.</summary>
    public const string NameTwice =
        "The name comes either from one column or from the first and last name columns: set the others to \"Not imported\".";

    /// <summary>The header has more columns than <see cref="ContactImportLimits.MaxColumns"/>.</summary>
    public static string TooManyColumns(int columns) =>
        $"The file has {columns:N0} columns; an import reads at most {ContactImportLimits.MaxColumns:N0}. Keep the columns with the contacts' names, emails, phones and companies (delete the others in your spreadsheet) and choose the file again.";

    /// <summary>An unclosed quote made one row of several lines (a quote opened and not closed where the row ends).</summary>
    public static string SwallowedLines(long first, long last) =>
        $"Lines {first:N0} to {last:N0} were read as one row: a quote opened on line {first:N0} is not closed where that row ends, so none of these lines was imported. Close the quote (or double a quote inside the text) and import these lines again.";

    /// <summary>Two columns go to one field.</summary>
    public static string MappedTwice(ContactField field) => $"Only one column can hold the {Describe(field)}.";

    /// <summary>The import stopped on something it could not read past.</summary>
    public static string Unreadable(long line) =>
        $"The file could not be read past line {line:N0} (a quote that is never closed, or a row longer than {ContactImportLimits.MaxRowBytes / 1024:N0} KB). Rows before it were handled as reported.";

    /// <summary>The field in words.</summary>
    public static string Describe(ContactField field) => field switch
    {
        ContactField.Name => "name",
        ContactField.Email => "email",
        ContactField.Phone => "phone",
        ContactField.Company => "company",
        ContactField.Status => "status",
        ContactField.FunnelStage => "funnel stage",
        ContactField.FirstName => "first name",
        ContactField.LastName => "last name",
        _ => "not imported",
    };

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
