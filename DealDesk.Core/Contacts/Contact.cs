using DealDesk.Core.Common;

namespace DealDesk.Core.Contacts;

/// <summary>A person the circle sells to or works with. The email is unique in the circle, ignoring case.</summary>
public sealed class Contact : Entity, ICircleOwned, IAuditable, IConcurrencyVersioned
{
    /// <summary>Longest allowed name or company.</summary>
    public const int NameMaxLength = 255;

    /// <summary>Longest allowed email (RFC 5321 path limit).</summary>
    public const int EmailMaxLength = 254;

    /// <summary>Longest allowed phone number.</summary>
    public const int PhoneMaxLength = 40;

    private readonly List<ContactNote> _notes = [];

    private Contact()
    {
    }

    /// <summary>Creates a contact in <paramref name="circleId"/>.</summary>
    public Contact(Guid circleId, string name, string email, Guid? createdBy, DateTime createdAt,
        string? phone = null, string? company = null,
        ContactStatus status = ContactStatus.Lead, FunnelStage funnelStage = FunnelStage.NeedsOutreach)
    {
        CircleId = Guard.Id(circleId, "Circle");
        CreatedBy = createdBy;
        Update(name, email, phone, company, status, funnelStage, createdAt);
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <inheritdoc />
    public Guid CircleId { get; private set; }

    /// <summary>Full name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Email as entered.</summary>
    public string Email { get; private set; } = "";

    /// <summary>Upper-case email, indexed unique per circle.</summary>
    public string NormalizedEmail { get; private set; } = "";

    /// <summary>Phone number.</summary>
    public string? Phone { get; private set; }

    /// <summary>The company the contact works for.</summary>
    public string? Company { get; private set; }

    /// <summary>Relationship status.</summary>
    public ContactStatus Status { get; private set; }

    /// <summary>Funnel stage.</summary>
    public FunnelStage FunnelStage { get; private set; }

    /// <summary>The newest note's text, kept here for lists.</summary>
    public string? LatestNote { get; private set; }

    /// <summary>Last time anyone updated the contact's details or added a note (UTC). Seed 003's rule "every update
    /// moves last contact" covers those, which mean someone was in touch; a move on the funnel board does not (nobody
    /// was contacted), though it still changes <see cref="UpdatedAt"/>.</summary>
    public DateTime? LastContactAt { get; private set; }

    /// <summary>Who created the contact.</summary>
    public Guid? CreatedBy { get; private set; }

    /// <inheritdoc />
    public DateTime CreatedAt { get; private set; }

    /// <inheritdoc />
    public DateTime UpdatedAt { get; private set; }

    /// <inheritdoc />
    public byte[] Version { get; private set; } = null!;

    /// <summary>Notes added through this instance (the history is read through a query).</summary>
    public IReadOnlyList<ContactNote> Notes => _notes;

    /// <summary>The normal form used for the uniqueness check.</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToUpperInvariant();

    /// <summary>Replaces the contact's fields; any update counts as contact and refreshes <see cref="LastContactAt"/>.
    /// Throws <see cref="DomainException"/> when the status contradicts the funnel stage
    /// (<see cref="ContactFunnelRules"/>).</summary>
    public void Update(string name, string email, string? phone, string? company, ContactStatus status,
        FunnelStage funnelStage, DateTime at)
    {
        if (!ContactFunnelRules.Allows(status, funnelStage))
        {
            throw new DomainException(ContactFunnelRules.Contradiction(status, funnelStage));
        }

        Name = Guard.Text(name, NameMaxLength, "Name");
        Email = Guard.Text(email, EmailMaxLength, "Email");
        NormalizedEmail = NormalizeEmail(Email);
        Phone = Guard.OptionalText(phone, PhoneMaxLength, "Phone");
        Company = Guard.OptionalText(company, NameMaxLength, "Company");
        Status = status;
        FunnelStage = funnelStage;
        LastContactAt = at;
    }

    /// <summary>Moves the contact to another funnel stage (the funnel board's drag). The status follows the stage
    /// (<see cref="ContactFunnelRules.StatusAt"/>: a lead dragged to Closed won becomes a customer). Not a contact:
    /// <see cref="LastContactAt"/> stays, since moving a card reaches nobody.</summary>
    public void MoveToFunnelStage(FunnelStage stage)
    {
        FunnelStage = stage;
        Status = ContactFunnelRules.StatusAt(Status, stage);
    }

    /// <summary>Appends a note and makes it the latest note.</summary>
    public ContactNote AddNote(string text, Guid? by, DateTime at)
    {
        var note = new ContactNote(Id, text, by, at);
        _notes.Add(note);
        LatestNote = note.Text;
        LastContactAt = at;
        return note;
    }
}
