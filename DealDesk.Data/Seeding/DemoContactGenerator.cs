using Bogus;
using DealDesk.Core.Accounts;
using DealDesk.Core.Contacts;

namespace DealDesk.Data.Seeding;

/// <summary>Makes contacts at the workspace's accounts, each with a short notes history.</summary>
internal sealed class DemoContactGenerator(Faker faker, Account[] accounts, DateTime now)
{
    private static readonly string[] NoteTexts =
    [
        "Intro call went well, wants a follow-up next week.",
        "Asked for pricing for the larger tier.",
        "Forwarded our deck to their CFO.",
        "Left a voicemail, will try again Thursday.",
        "Met at the conference booth; interested in the analytics add-on.",
        "Needs security review documents before moving on.",
        "Champion is changing roles; find a new sponsor.",
        "Demo booked with their operations team.",
    ];

    private readonly HashSet<(Guid Circle, string Email)> _emails = [];

    public (Contact Contact, DateTime CreatedAt) Create(Guid circleId, Guid createdBy)
    {
        var account = faker.PickRandom(accounts);
        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        var domain = new string(account.Name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray()) + ".example";
        var email = $"{first}.{last}@{domain}".ToLowerInvariant();
        for (var n = 2; !_emails.Add((circleId, email)); n++)
        {
            email = $"{first}.{last}{n}@{domain}".ToLowerInvariant();
        }

        var createdAt = now.AddDays(-faker.Random.Double(1, 365));
        var phone = faker.Phone.PhoneNumber("+1 ###-###-####");
        var status = faker.PickRandom<ContactStatus>();
        var stage = faker.PickRandom<FunnelStage>();
        var contact = new Contact(
            circleId,
            $"{first} {last}",
            email,
            createdBy,
            createdAt,
            phone,
            account.Name,
            // Random, then made to agree with the stage: no "Lead" in "Closed won" (ContactFunnelRules).
            ContactFunnelRules.StatusAt(status, stage),
            stage);

        var noteCount = faker.Random.Int(0, 4);
        var noteTimes = Enumerable.Range(0, noteCount)
            .Select(_ => createdAt + ((now - createdAt) * faker.Random.Double()))
            .Order();
        foreach (var at in noteTimes)
        {
            contact.AddNote(faker.PickRandom(NoteTexts), createdBy, at);
        }

        return (contact, createdAt);
    }
}
