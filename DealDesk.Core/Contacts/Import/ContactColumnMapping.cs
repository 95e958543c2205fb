namespace DealDesk.Core.Contacts.Import;

/// <summary>Which contact field each CSV column goes to, by position (two columns may share a header).</summary>
public sealed class ContactColumnMapping
{
    // Header spellings met in exports of spreadsheets and other CRMs, compared without case, spaces, dashes,
    // underscores or dots.
    private static readonly (ContactField Field, string[] Names)[] KnownHeaders =
    [
        (ContactField.Name, ["name", "fullname", "contactname", "contact", "person"]),
        (ContactField.Email, ["email", "emailaddress", "mail", "e-mail"]),
        (ContactField.Phone, ["phone", "phonenumber", "telephone", "tel", "mobile", "mobilephone"]),
        (ContactField.Company, ["company", "companyname", "organization", "organisation", "account", "accountname"]),
        (ContactField.Status, ["status", "contactstatus"]),
        (ContactField.FunnelStage, ["funnelstage", "funnel", "stage"]),
    ];

    /// <summary>Creates a mapping of <paramref name="headers"/> to <paramref name="fields"/>, one field per header.</summary>
    public ContactColumnMapping(IReadOnlyList<string> headers, IReadOnlyList<ContactField> fields)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(fields);
        if (headers.Count != fields.Count)
        {
            throw new ArgumentException("Give one field per header.", nameof(fields));
        }

        Headers = headers;
        Fields = fields;
    }

    /// <summary>The file's header cells, in order.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The field each column goes to, in the order of <see cref="Headers"/>.</summary>
    public IReadOnlyList<ContactField> Fields { get; }

    /// <summary>The mapping suggested for <paramref name="headers"/>: "Full name" → name, "E-mail" → email and so on;
    /// each field goes to the first column that names it, unknown columns are ignored.</summary>
    public static ContactColumnMapping Propose(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var taken = new HashSet<ContactField>();
        var fields = headers.Select(header =>
        {
            var key = Normalize(header);
            var match = KnownHeaders.FirstOrDefault(k => k.Names.Any(n => Normalize(n) == key)).Field;
            return match != ContactField.Ignore && taken.Add(match) ? match : ContactField.Ignore;
        }).ToList();
        return new ContactColumnMapping(headers, fields);
    }

    /// <summary>The same headers with column <paramref name="column"/> mapped to <paramref name="field"/>.</summary>
    public ContactColumnMapping With(int column, ContactField field)
    {
        var fields = Fields.ToArray();
        fields[column] = field;
        return new ContactColumnMapping(Headers, fields);
    }

    /// <summary>The column index of <paramref name="field"/>, or -1 when no column is mapped to it.</summary>
    public int ColumnOf(ContactField field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>What is wrong with the mapping: name and email must each come from exactly one column, and no field
    /// from two. Empty when it can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var required in new[] { ContactField.Name, ContactField.Email })
        {
            if (!Fields.Contains(required))
            {
                problems.Add(ContactImportMessages.MissingColumn(required));
            }
        }

        problems.AddRange(Fields
            .Where(f => f != ContactField.Ignore)
            .GroupBy(f => f)
            .Where(g => g.Count() > 1)
            .Select(g => ContactImportMessages.MappedTwice(g.Key)));
        return problems;
    }

    internal static string Normalize(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '_' or '.' or '\uFEFF'))
            .Select(char.ToLowerInvariant)
            .ToArray());
}
