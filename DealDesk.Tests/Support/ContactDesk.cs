using DealDesk.Core.Common;
using DealDesk.Core.Contacts;

namespace DealDesk.Tests.Support;

/// <summary>The four contact services of one user side by side (reads, writes, notes, lead to deal), as the contact
/// pages use them together, so a test can act as one person across them.</summary>
public sealed class ContactDesk(IContactQueries queries, IContactService writes, IContactNoteService notes,
    ILeadConversionService leads)
{
    public IContactQueries Queries { get; } = queries;

    public IContactService Writes { get; } = writes;

    public IContactNoteService Notes { get; } = notes;

    public ILeadConversionService Leads { get; } = leads;

    public Task<ContactPage> SearchAsync(ContactSearch search) => Queries.SearchAsync(search);

    public Task<IReadOnlyList<FunnelColumn>> GetFunnelAsync(ContactSearch search, int perStage) =>
        Queries.GetFunnelAsync(search, perStage);

    public Task<IReadOnlyList<ContactRow>> GetFunnelCardsAsync(ContactSearch search, FunnelStage stage, int skip,
        int take) => Queries.GetFunnelCardsAsync(search, stage, skip, take);

    public Task<Result<IAsyncEnumerable<ContactRow>>> ExportAsync(ContactSearch search) => Queries.ExportAsync(search);

    public Task<ContactDetail?> GetAsync(Guid contactId) => Queries.GetAsync(contactId);

    public Task<Result<Guid>> CreateAsync(Guid circleId, ContactDraft draft) => Writes.CreateAsync(circleId, draft);

    public Task<Result> UpdateAsync(Guid contactId, ContactDraft draft) => Writes.UpdateAsync(contactId, draft);

    public Task<Result> MoveAsync(Guid contactId, FunnelStage stage, byte[] version) =>
        Writes.MoveAsync(contactId, stage, version);

    public Task<Result> DeleteAsync(Guid contactId) => Writes.DeleteAsync(contactId);

    public Task<ContactNotePage?> ListNotesAsync(Guid contactId, int skip, int take) =>
        Notes.ListNotesAsync(contactId, skip, take);

    public Task<Result<ContactNoteItem>> AddNoteAsync(Guid contactId, string text) => Notes.AddNoteAsync(contactId, text);

    public Task<Result<Guid>> CreateDealAsync(Guid contactId) => Leads.CreateDealAsync(contactId);
}
