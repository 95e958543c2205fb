using DealDesk.Core.Notifications;

namespace DealDesk.Tests.Core.Notifications;

public sealed class OwnerNoticesTests
{
    private static readonly DateTime At = new(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly Guid Other = Guid.CreateVersion7();

    [Fact]
    public void NobodyIsToldOfTheirOwnAction()
    {
        var deal = Guid.CreateVersion7();

        Assert.Null(OwnerNotices.DealCreated(deal, "Acme", Owner, Owner, "Olga", At));
        Assert.Null(OwnerNotices.DealMoved(deal, "Acme", Owner, Owner, "Olga", "Won", At));
        Assert.Null(OwnerNotices.DealHandedOver(deal, "Acme", Owner, Owner, "Olga", At));
        Assert.Null(OwnerNotices.TaskAssigned(deal, "Acme", "Call", Owner, Owner, "Olga", At));
        Assert.Null(OwnerNotices.DealMoved(deal, "Acme", ownerId: null, Other, "Otto", "Won", At));
    }

    [Fact]
    public void TheOwnerIsToldOfSomeoneElsesAction_AndOfAutomation()
    {
        var moved = OwnerNotices.DealMoved(Guid.CreateVersion7(), "Acme renewal", Owner, Other, "Otto", "Proposal", At)!;
        var automated = OwnerNotices.DealCreated(Guid.CreateVersion7(), "Acme", Owner, actorId: null, "DealDesk", At)!;

        Assert.Equal(Owner, moved.RecipientId);
        Assert.Equal("Otto moved “Acme renewal” to Proposal", moved.Message);
        Assert.Equal(Owner, automated.RecipientId);
    }

    [Fact]
    public void TaskDue_GoesToTheAssignee_ElseTheDealsOwner_AndSaysSinceWhenWhenLate()
    {
        var deal = Guid.CreateVersion7();
        var task = Guid.CreateVersion7();
        var today = new DateOnly(2026, 12, 3);

        var assigned = OwnerNotices.TaskDue(deal, "Acme", task, "Call", today, Other, Owner, today, At)!;
        var unassigned = OwnerNotices.TaskDue(deal, "Acme", task, "Call", today.AddDays(-1), null, Owner, today, At)!;

        Assert.Equal(Other, assigned.RecipientId);
        Assert.Equal("“Call” on Acme is due today", assigned.Message);
        Assert.Equal(Owner, unassigned.RecipientId);
        Assert.Equal("“Call” on Acme is due since 2 Dec 2026", unassigned.Message);
        Assert.Equal($"/deals/{deal}?tab=tasks&task={task}&due=2026-12-02", unassigned.Link);
        Assert.Null(OwnerNotices.TaskDue(deal, "Acme", task, "Call", today, null, null, today, At));
    }

    [Fact]
    public void TheLongestNames_StillMakeAValidNotification()
    {
        var longest = new string('x', 500);

        var notice = OwnerNotices.TaskAssigned(Guid.CreateVersion7(), longest, new string('y', 300), Owner, Other,
            new string('z', 256), At)!;

        Assert.True(notice.Message.Length <= Notification.MessageMaxLength);
        Assert.Contains("x…", notice.Message, StringComparison.Ordinal);
    }
}
