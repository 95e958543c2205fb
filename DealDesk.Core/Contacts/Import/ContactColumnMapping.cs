namespace DealDesk.Core.Contacts.Import;

/// <summary>Which contact field each CSV column goes to, by position (two columns may share a header).</summary>
public sealed class ContactColumnMapping
{
    // Header spellings met in exports of spreadsheets, address books and CRMs, compared without case, spaces, dashes,
    // underscores or dots: "E-mail 1 - Value" is email1value. Written as each product writes its contacts' columns:
    // Outlook ("E-mail Address", "Business Phone", "Mobile Phone"), Google Contacts ("Given Name", "Family Name",
    // "E-mail 1 - Value", "Phone 1 - Value", "Organization 1 - Name"), HubSpot ("Phone Number", "Company Name",
    // "Lead Status"), Salesforce ("Account Name", "Mobile"), Pipedrive ("Person - Name", "Person - Email - Work",
    // "Person - Organization") and the common customers samples ("Phone 1"). Where a file has several phone or email
    // columns, the first one wins, as the exports put the main one first.
    private static readonly (ContactField Field, string[] Names)[] KnownHeaders =
    [
        (ContactField.Name, ["name", "fullname", "contactname", "contact", "person", "personname", "displayname"]),
        (ContactField.FirstName, ["firstname", "givenname", "first", "forename", "personfirstname"]),
        (ContactField.LastName, ["lastname", "familyname", "surname", "last", "personlastname"]),
        (ContactField.Email, ["email", "emailaddress", "mail", "email1value", "email1", "emailwork", "workemail",
            "personemail", "personemailwork", "primaryemail"]),
        (ContactField.Phone, ["phone", "phonenumber", "telephone", "tel", "mobile", "mobilephone", "mobilephonenumber",
            "phone1", "phone1value", "businessphone", "primaryphone", "workphone", "phonework", "phonemobile",
            "personphone", "personphonework", "personphonemobile"]),
        (ContactField.Company, ["company", "companyname", "organization", "organisation", "organizationname",
            "organization1name", "account", "accountname", "personorganization"]),
        (ContactField.Status, ["status", "contactstatus"]),
        (ContactField.FunnelStage, ["funnelstage", "funnel", "stage", "leadstatus"]),
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
    /// each field goes to the first column that names it, unknown columns are ignored. First and last name columns
    /// make the name only when no column holds the full name.</summary>
    public static ContactColumnMapping Propose(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var taken = new HashSet<ContactField>();
        var fields = headers.Select(header =>
        {
            var key = Normalize(header);
            var match = KnownHeaders.FirstOrDefault(k => k.Names.Contains(key)).Field;
            return match != ContactField.Ignore && taken.Add(match) ? match : ContactField.Ignore;
        }).ToArray();
        if (taken.Contains(ContactField.Name))
        {
            // Salesforce and Google write the full name beside its parts: one source of the name is enough.
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i] is ContactField.FirstName or ContactField.LastName ? ContactField.Ignore : fields[i];
            }
        }

        return new ContactColumnMapping(headers, fields);
    }

    /// <summary>Whether the name is made of first and last name columns rather than read from one column.</summary>
    public bool CombinesName => !Fields.Contains(ContactField.Name)
        && (Fields.Contains(ContactField.FirstName) || Fields.Contains(ContactField.LastName));

    /// <summary>The headers of the columns a contact field is read from, in file order: one column, or for the name
    /// the first and last name columns it is combined from. Empty when nothing is mapped to it.</summary>
    public IReadOnlyList<string> SourcesOf(ContactField field)
    {
        var sources = field == ContactField.Name && CombinesName
            ? new[] { ColumnOf(ContactField.FirstName), ColumnOf(ContactField.LastName) }
            : [ColumnOf(field)];
        return sources.Where(i => i >= 0).Select(i => Headers[i]).ToList();
    }

    /// <summary>The indexes of the columns that are not imported.</summary>
    public IReadOnlyList<int> IgnoredColumns() =>
        Enumerable.Range(0, Fields.Count).Where(i => Fields[i] == ContactField.Ignore).ToList();

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

    /// <summary>What is wrong with the mapping: name (one column, or first and last name) and email are required, and no
    /// field comes from two columns. Empty when it can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Fields.Contains(ContactField.Name) && !CombinesName)
        {
            problems.Add(ContactImportMessages.MissingColumn(ContactField.Name));
        }

        if (!Fields.Contains(ContactField.Email))
        {
            problems.Add(ContactImportMessages.MissingColumn(ContactField.Email));
        }

        if (Fields.Contains(ContactField.Name) && (Fields.Contains(ContactField.FirstName) || Fields.Contains(ContactField.LastName)))
        {
            problems.Add(ContactImportMessages.NameTwice);
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
