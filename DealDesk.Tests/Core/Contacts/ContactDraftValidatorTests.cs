using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Core.Pipeline;

namespace DealDesk.Tests.Core.Contacts;

/// <summary>The contact rules the form, the import and the service share: email shapes, phone shapes, lengths.</summary>
public sealed class ContactDraftValidatorTests
{
    private static readonly ContactDraftValidator Validator = new();

    [Theory]
    [InlineData("ann@example.com")]
    [InlineData("Ann.Lee+crm@sub.example.co.uk")]
    [InlineData("  ann@example.com  ")]
    [InlineData("o'brien@example.ie")]
    public void Email_WellFormed_IsAccepted(string email) => Assert.Empty(Errors(Draft(email: email), nameof(ContactDraft.Email)));

    [Theory]
    [InlineData("")]
    [InlineData("ann")]
    [InlineData("ann@")]
    [InlineData("@example.com")]
    [InlineData("ann@localhost")]
    [InlineData("ann@example.")]
    [InlineData("ann@.example.com")]
    [InlineData("Ann Lee <ann@example.com>")]
    [InlineData("ann@example.com, bob@example.com")]
    [InlineData("ann example@example.com")]
    public void Email_Malformed_IsRefused(string email) => Assert.NotEmpty(Errors(Draft(email: email), nameof(ContactDraft.Email)));

    [Fact]
    public void Email_LongerThanTheLimit_IsRefused()
    {
        var email = new string('a', Contact.EmailMaxLength - "@example.com".Length + 1) + "@example.com";

        Assert.Contains($"Email must be at most {Contact.EmailMaxLength} characters.", Errors(Draft(email: email), nameof(ContactDraft.Email)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("+1 (555) 010-0199")]
    [InlineData("020 7946 0958")]
    [InlineData("+44.20.7946.0958")]
    [InlineData("12345")]
    public void Phone_EmptyOrUsualShapes_IsAccepted(string? phone) =>
        Assert.Empty(Errors(Draft(phone: phone), nameof(ContactDraft.Phone)));

    [Theory]
    [InlineData("1234")]
    [InlineData("call me")]
    [InlineData("555-CALL-NOW")]
    [InlineData("1+555")]
    [InlineData("123456789012345678901")]
    [InlineData("=1+2")]
    public void Phone_NotANumber_OrTooFewOrManyDigits_IsRefused(string phone) =>
        Assert.NotEmpty(Errors(Draft(phone: phone), nameof(ContactDraft.Phone)));

    [Fact]
    public void Name_Required_AndAtMost255Characters()
    {
        Assert.Contains("Name is required.", Errors(Draft(name: " "), nameof(ContactDraft.Name)));
        Assert.Empty(Errors(Draft(name: new string('n', Contact.NameMaxLength)), nameof(ContactDraft.Name)));
        Assert.Contains("Name must be at most 255 characters.",
            Errors(Draft(name: new string('n', Contact.NameMaxLength + 1)), nameof(ContactDraft.Name)));
    }

    [Fact]
    public void Company_AtMost255Characters()
    {
        Assert.Empty(Errors(Draft(company: new string('c', Contact.NameMaxLength)), nameof(ContactDraft.Company)));
        Assert.NotEmpty(Errors(Draft(company: new string('c', Contact.NameMaxLength + 1)), nameof(ContactDraft.Company)));
    }

    [Fact]
    public void StatusAndFunnelStage_OutsideTheirValues_AreRefused()
    {
        var draft = Draft();
        draft.Status = (ContactStatus)42;
        draft.FunnelStage = (FunnelStage)42;

        Assert.NotEmpty(Errors(draft, nameof(ContactDraft.Status)));
        Assert.NotEmpty(Errors(draft, nameof(ContactDraft.FunnelStage)));
    }

    [Fact]
    public void DealName_UsesAnEnDash()
    {
        Assert.Equal("Dana Lee \u2013 Opportunity", LeadConversion.DealName(" Dana Lee "));
    }

    [Fact]
    public void PickStage_PrefersQualified_ThenTheOpenStageAfterTheFirst_ThenTheOnlyOne()
    {
        StageOption Stage(string name, int order, StageKind kind = StageKind.Open) =>
            new(Guid.NewGuid(), name, kind, order, 10, null);
        var defaults = new[] { Stage("New", 0), Stage("Contacted", 1), Stage("qualified ", 2), Stage("Won", 3, StageKind.Won) };
        var renamed = new[] { Stage("Lost", 9, StageKind.Lost), Stage("Intake", 0), Stage("Discovery", 1), Stage("Demo", 2) };
        var single = new[] { Stage("Open", 0), Stage("Won", 1, StageKind.Won) };

        Assert.Equal("qualified ", LeadConversion.PickStage(defaults)!.Name);
        Assert.Equal("Discovery", LeadConversion.PickStage(renamed)!.Name);
        Assert.Equal("Open", LeadConversion.PickStage(single)!.Name);
        Assert.Null(LeadConversion.PickStage([Stage("Won", 0, StageKind.Won)]));
    }

    [Theory]
    [InlineData(ContactStatus.Lead, FunnelStage.ClosedWon, false)]
    [InlineData(ContactStatus.Prospect, FunnelStage.ClosedWon, false)]
    [InlineData(ContactStatus.Customer, FunnelStage.ClosedWon, true)]
    [InlineData(ContactStatus.Partner, FunnelStage.ClosedWon, true)]
    [InlineData(ContactStatus.Lead, FunnelStage.ProposalSent, false)]
    [InlineData(ContactStatus.Lead, FunnelStage.Negotiation, false)]
    [InlineData(ContactStatus.Lead, FunnelStage.MeetingSet, true)]
    [InlineData(ContactStatus.Lead, FunnelStage.ClosedLost, true)]
    [InlineData(ContactStatus.Customer, FunnelStage.NeedsOutreach, true)]
    public void StatusAndFunnelStage_MayNotContradictEachOther(ContactStatus status, FunnelStage stage, bool allowed)
    {
        var draft = Draft();
        draft.Status = status;
        draft.FunnelStage = stage;

        Assert.Equal(allowed, Errors(draft, nameof(ContactDraft.Status)).Count == 0);
        Assert.Equal(allowed, ContactFunnelRules.Allows(status, stage));
        if (!allowed)
        {
            Assert.Throws<DealDesk.Core.Common.DomainException>(() => new Contact(Guid.NewGuid(), "Ann Lee",
                "ann@example.com", null, DateTime.UtcNow, status: status, funnelStage: stage));
        }
    }

    [Fact]
    public void MovingOnTheFunnel_RaisesTheStatusTheStageNeeds_AndLeavesLastContact()
    {
        var then = new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);
        var contact = new Contact(Guid.NewGuid(), "Ann Lee", "ann@example.com", null, then);

        contact.MoveToFunnelStage(FunnelStage.Negotiation);
        Assert.Equal(ContactStatus.Prospect, contact.Status);
        contact.MoveToFunnelStage(FunnelStage.ClosedWon);
        Assert.Equal(ContactStatus.Customer, contact.Status);
        contact.MoveToFunnelStage(FunnelStage.ClosedLost);
        Assert.Equal(ContactStatus.Customer, contact.Status);
        Assert.Equal(then, contact.LastContactAt);
    }

    private static ContactDraft Draft(string name = "Ann Lee", string email = "ann@example.com", string? phone = null,
        string? company = null) => new() { Name = name, Email = email, Phone = phone, Company = company };

    private static List<string> Errors(ContactDraft draft, string property) =>
        Validator.Validate(draft).Errors.Where(e => e.PropertyName == property).Select(e => e.ErrorMessage).ToList();
}
