using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Tests.Support;

namespace DealDesk.Tests.Data.Contacts;

/// <summary>Seed 003's rules for every contact action and role in the Enterprise Team, through the service (not the
/// buttons): members view, update, move, add notes and work leads into deals; only moderators and admins create and
/// delete; someone outside the circle is told the contact does not exist, and nothing is written for a refusal.</summary>
public sealed class ContactPermissionTests(ContactBench bench) : IClassFixture<ContactBench>
{
    public enum Act
    {
        View,
        Export,
        Create,
        Update,
        Move,
        AddNote,
        CreateDeal,
        Delete,
    }

    public static TheoryData<string, Act, ResultStatus> Matrix()
    {
        var data = new TheoryData<string, Act, ResultStatus>();
        var roles = new (string Email, bool Manages, bool Member)[]
        {
            ("rep@dealdesk.demo", false, true),
            ("moderator@dealdesk.demo", true, true),
            (ContactBench.CircleAdminEmail, true, true),
            ("admin@dealdesk.demo", true, true),
            (ContactBench.NonMemberEmail, false, false),
        };
        foreach (var (email, manages, member) in roles)
        {
            foreach (var act in Enum.GetValues<Act>())
            {
                var managing = act is Act.Create or Act.Delete;
                data.Add(email, act, !member ? ResultStatus.NotFound
                    : managing && !manages ? ResultStatus.Forbidden
                    : ResultStatus.Ok);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EveryRoleAndAction_IsAllowedOrRefusedAsSeed003Says(string email, Act act, ResultStatus expected)
    {
        var circle = await bench.CircleIdAsync(ContactBench.Enterprise);
        var contact = await bench.AddContactAsync(circle, "Matrix " + act, company: "Matrix Co " + Guid.NewGuid().ToString("N")[..6]);
        var service = await bench.AsAsync(email);

        var status = await DoAsync(service, act, circle, contact);

        Assert.Equal(expected, status);
        var stored = await bench.StoredAsync(contact.Id);
        if (expected != ResultStatus.Ok)
        {
            // A refusal writes nothing.
            Assert.NotNull(stored);
            Assert.Equal(contact.Name, stored.Name);
            Assert.Equal(contact.FunnelStage, stored.FunnelStage);
            Assert.Empty(await bench.StoredNotesAsync(contact.Id));
        }
    }

    private static async Task<ResultStatus> DoAsync(ContactDesk service, Act act, Guid circle, Contact contact)
    {
        var draft = new ContactDraft
        {
            Name = "Changed " + act, Email = $"{Guid.NewGuid():N}@matrix.example", Version = contact.Version,
        };
        return act switch
        {
            Act.View => await service.GetAsync(contact.Id) is null ? ResultStatus.NotFound : ResultStatus.Ok,
            Act.Export => (await service.ExportAsync(new ContactSearch { CircleId = circle })).Status,
            Act.Create => (await service.CreateAsync(circle, draft)).Status,
            Act.Update => (await service.UpdateAsync(contact.Id, draft)).Status,
            Act.Move => (await service.MoveAsync(contact.Id, FunnelStage.Negotiation, contact.Version)).Status,
            Act.AddNote => (await service.AddNoteAsync(contact.Id, "A note")).Status,
            Act.CreateDeal => (await service.CreateDealAsync(contact.Id)).Status,
            _ => (await service.DeleteAsync(contact.Id)).Status,
        };
    }
}
