using System.Linq.Expressions;
using DealDesk.Core.Contacts;
using DealDesk.Data.Deals;
using DealDesk.Data.Persistence;
using DealDesk.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Contacts;

/// <summary>The contact list's search, filters and sort orders as SQL, shared by the list, the funnel board and the
/// export so that all three show the same contacts in the same order.</summary>
internal static class ContactFilters
{
    /// <summary>The circle's contacts matching the text, statuses and (unless <paramref name="withFunnelStages"/> is
    /// false) funnel stages of <paramref name="search"/>.</summary>
    public static IQueryable<Contact> Filter(DealDeskDbContext db, ContactSearch search, bool withFunnelStages = true)
    {
        var circleId = search.CircleId;
        var text = search.Text?.Trim();
        var bounded = string.IsNullOrEmpty(text) ? null : text[..Math.Min(text.Length, ContactSearch.MaxTextLength)];
        // With the index (ADR 0011) the LIKE below reads only the contacts the index found and keeps today's exact
        // answer; shorter texts (no trigram to look up) and SQL Server read every contact of the circle.
        var contacts = (bounded is not null && SearchIndex.Covers(db, bounded)
                ? SearchIndex.ContactsContaining(db, bounded)
                : db.Contacts)
            .Where(c => c.CircleId == circleId);
        if (bounded is not null)
        {
            // LIKE ignores case for ASCII on SQLite and under SQL Server's default collation; the wildcards in the
            // user's text are taken literally.
            var pattern = "%" + DealFilters.EscapeLike(bounded) + "%";
            contacts = contacts.Where(c => EF.Functions.Like(c.Name, pattern, DealFilters.LikeEscape)
                || EF.Functions.Like(c.Email, pattern, DealFilters.LikeEscape)
                || EF.Functions.Like(c.Company!, pattern, DealFilters.LikeEscape));
        }

        if (search.Statuses.Count > 0)
        {
            var statuses = search.Statuses.Distinct().ToList();
            contacts = contacts.Where(c => statuses.Contains(c.Status));
        }

        if (withFunnelStages && search.FunnelStages.Count > 0)
        {
            var stages = search.FunnelStages.Distinct().ToList();
            contacts = contacts.Where(c => stages.Contains(c.FunnelStage));
        }

        return contacts;
    }

    /// <summary><paramref name="contacts"/> in the order of <paramref name="field"/>, ending on the id so that a row
    /// never shows on two pages or on none.</summary>
    public static IOrderedQueryable<Contact> Sort(IQueryable<Contact> contacts, ContactSortField field, bool descending) =>
        field switch
        {
            ContactSortField.Name => By(contacts, c => c.Name, descending),
            // The upper-case email: "ann@" and "Ann@" sort together, and the circle's unique index serves it.
            ContactSortField.Email => By(contacts, c => c.NormalizedEmail, descending),
            ContactSortField.Phone => By(contacts, c => c.Phone, descending),
            ContactSortField.Company => By(contacts, c => c.Company, descending),
            ContactSortField.Status => By(contacts, c => c.Status, descending),
            ContactSortField.FunnelStage => By(contacts, c => c.FunnelStage, descending),
            ContactSortField.Created => By(contacts, c => c.CreatedAt, descending),
            _ => By(contacts, c => c.LastContactAt, descending),
        };

    /// <summary>Contacts as rows.</summary>
    public static IQueryable<ContactRow> Rows(IQueryable<Contact> contacts) =>
        contacts.Select(c => new ContactRow(c.Id, c.Name, c.Email, c.Phone, c.Company, c.Status, c.FunnelStage,
            c.LatestNote, c.LastContactAt, c.CreatedAt, c.Version));

    private static IOrderedQueryable<Contact> By<TKey>(IQueryable<Contact> contacts,
        Expression<Func<Contact, TKey>> key, bool descending) =>
        descending
            ? contacts.OrderByDescending(key).ThenByDescending(c => c.Id)
            : contacts.OrderBy(key).ThenBy(c => c.Id);
}
