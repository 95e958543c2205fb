using DealDesk.Core.Contacts;
using DealDesk.Core.Contacts.Import;
using DealDesk.Data.Deals;

namespace DealDesk.Tests.Core.Contacts.Import;

public sealed class ContactRowReaderTests
{
    private static readonly string[] Headers = ["Full Name", "E-mail", "Phone", "Company", "Status", "Funnel stage"];

    private static readonly ContactRowReader Reader = new(ContactColumnMapping.Propose(Headers));

    [Fact]
    public void Propose_MatchesCommonHeaderSpellings_IgnoringCaseSpacesAndDashes_AndIgnoresTheRest()
    {
        var mapping = ContactColumnMapping.Propose(["  EMAIL address", "Notes", "full_name", "Mobile", "organisation",
            "STATUS", "funnelStage", "Name"]);

        Assert.Equal(
            [ContactField.Email, ContactField.Ignore, ContactField.Name, ContactField.Phone, ContactField.Company,
                ContactField.Status, ContactField.FunnelStage, ContactField.Ignore],
            mapping.Fields);
        Assert.Empty(mapping.Problems());
    }

    [Fact]
    public void Problems_NameTheMissingRequiredColumnsAndFieldsMappedTwice()
    {
        var mapping = new ContactColumnMapping(["a", "b", "c"], [ContactField.Phone, ContactField.Phone, ContactField.Ignore]);

        Assert.Equal(
            [ContactImportMessages.MissingColumn(ContactField.Name), ContactImportMessages.MissingColumn(ContactField.Email),
                ContactImportMessages.MappedTwice(ContactField.Phone)],
            mapping.Problems());
    }

    [Fact]
    public void TryRead_ValidRow_ReadsEveryMappedField()
    {
        var ok = Reader.TryRead(2, [" Ada Lovelace ", "ada@example.com", "+44 20 7946 0000", "Analytical", "Customer", "meeting set"],
            true, out var row, out var reason);

        Assert.True(ok, reason);
        Assert.Equal(new ContactImportRow(2, "Ada Lovelace", "ada@example.com", "+44 20 7946 0000", "Analytical",
            ContactStatus.Customer, FunnelStage.MeetingSet), row);
        Assert.Equal("ADA@EXAMPLE.COM", row!.NormalizedEmail);
    }

    [Theory]
    [InlineData("closed_won", FunnelStage.ClosedWon)]
    [InlineData("Closed won", FunnelStage.ClosedWon)]
    [InlineData("closed-won", FunnelStage.ClosedWon)]
    [InlineData("NEEDS_OUTREACH", FunnelStage.NeedsOutreach)]
    public void TryRead_FunnelStage_AcceptsTheUsualSpellings(string text, FunnelStage expected)
    {
        Assert.True(Reader.TryRead(2, ["A", "a@example.com", "", "", "", text], true, out var row, out _));
        Assert.Equal(expected, row!.FunnelStage);
    }

    [Fact]
    public void TryRead_EmptyOptionalCells_AreNull_SoUpdatesKeepWhatTheContactHas()
    {
        Assert.True(Reader.TryRead(2, ["A", "a@example.com", " ", "", "", ""], true, out var row, out _));
        Assert.Equal(new ContactImportRow(2, "A", "a@example.com", null, null, null, null), row);
    }

    [Theory]
    [InlineData("vip", "Status “vip” is not one of: lead, prospect, customer, partner.")]
    [InlineData("2", "Status “2” is not one of: lead, prospect, customer, partner.")]
    public void TryRead_UnknownOrNumericStatus_IsRefused(string status, string expected)
    {
        Assert.False(Reader.TryRead(2, ["A", "a@example.com", "", "", status, ""], true, out _, out var reason));
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void TryRead_UnknownFunnelStage_ListsTheStages()
    {
        Assert.False(Reader.TryRead(2, ["A", "a@example.com", "", "", "", "won"], true, out _, out var reason));
        Assert.Equal("Funnel stage “won” is not one of: needs_outreach, contacted, meeting_set, proposal_sent, " +
            "negotiation, blocked, closed_won, closed_lost.", reason);
    }

    [Fact]
    public void TryRead_WrongColumnCount_IsRefusedBeforeAnythingElse()
    {
        Assert.False(Reader.TryRead(2, ["A", "a@example.com"], true, out _, out var reason));
        Assert.Equal(ContactImportMessages.WrongColumnCount(2, 6), reason);
        Assert.False(Reader.TryRead(2, ["A", "a@example.com", "", "", "", "", "extra"], true, out _, out reason));
        Assert.Equal("This row has 7 values but the header has 6 columns.", reason);
    }

    [Fact]
    public void TryRead_InvalidUtf8_IsRefusedWithAClearReason()
    {
        Assert.False(Reader.TryRead(2, ["Bad \uFFFD", "a@example.com", "", "", "", ""], false, out _, out var reason));
        Assert.Equal(ContactImportMessages.InvalidUtf8, reason);
    }

    [Fact]
    public void TryRead_TenThousandCharacterName_IsRefusedByTheContactRules()
    {
        Assert.False(Reader.TryRead(2, [new string('x', 10_000), "a@example.com", "", "", "", ""], true, out _, out var reason));
        Assert.Equal("Name must be at most 255 characters.", reason);
    }

    [Fact]
    public void TryRead_MissingNameAndBadEmail_GiveEveryMessage()
    {
        Assert.False(Reader.TryRead(2, ["", "not-an-email", "12", "", "", ""], true, out _, out var reason));
        Assert.Equal("Name is required. Email must be a valid address such as name@example.com. " +
            ContactDraftValidator.PhoneRule, reason);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+1+1")]
    [InlineData("-2")]
    [InlineData("@SUM(A1)")]
    public void TryRead_FormulaLookingValues_AreDataAndPassUnchanged(string value)
    {
        Assert.True(Reader.TryRead(2, [value, "f@example.com", "", value, "", ""], true, out var row, out var reason), reason);
        Assert.Equal(value, row!.Name);
        Assert.Equal(value, row.Company);
    }
}
