using DealDesk.Core.Accounts;
using DealDesk.Core.Contacts;
using DealDesk.Core.Contacts.Import;
using DealDesk.Core.Deals;
using DealDesk.Data.Deals;

namespace DealDesk.Tests.Core.Contacts.Import;

/// <summary>Files from other products: split names joined, their column names recognised, phone extensions accepted,
/// and the apostrophe DealDesk's own export puts in front of formula-looking cells read back.</summary>
public sealed class ContactImportRecognitionTests
{
    [Fact]
    public void Propose_FirstAndLastNameColumns_MakeTheName_AsOneCombinedSource()
    {
        var mapping = ContactColumnMapping.Propose(
            ["Index", "Customer Id", "First Name", "Last Name", "Company", "City", "Country", "Phone 1", "Phone 2", "Email",
                "Subscription Date", "Website"]);

        Assert.True(mapping.CombinesName);
        Assert.Equal(["First Name", "Last Name"], mapping.SourcesOf(ContactField.Name));
        Assert.Equal(["Phone 1"], mapping.SourcesOf(ContactField.Phone));
        Assert.Equal(["Email"], mapping.SourcesOf(ContactField.Email));
        Assert.Equal(["Company"], mapping.SourcesOf(ContactField.Company));
        Assert.Equal(["Index", "Customer Id", "City", "Country", "Phone 2", "Subscription Date", "Website"],
            mapping.IgnoredColumns().Select(i => mapping.Headers[i]));
        Assert.Empty(mapping.Problems());
    }

    [Fact]
    public void Propose_AFullNameColumnBesideItsParts_IsTheOnlySourceOfTheName()
    {
        var mapping = ContactColumnMapping.Propose(
            ["Person - ID", "Person - Name", "Person - First name", "Person - Last name", "Person - Organization",
                "Person - Email - Work", "Person - Phone - Work"]);

        Assert.False(mapping.CombinesName);
        Assert.Equal(["Person - Name"], mapping.SourcesOf(ContactField.Name));
        Assert.Equal(["Person - Email - Work"], mapping.SourcesOf(ContactField.Email));
        Assert.Equal(["Person - Phone - Work"], mapping.SourcesOf(ContactField.Phone));
        Assert.Equal(["Person - Organization"], mapping.SourcesOf(ContactField.Company));
        Assert.Empty(mapping.Problems());
    }

    [Theory]
    [InlineData("Given Name", "Family Name", "E-mail 1 - Value", "Phone 1 - Value", "Organization 1 - Name")]
    [InlineData("First Name", "Last Name", "E-mail Address", "Business Phone", "Company")]
    [InlineData("First Name", "Last Name", "Email Address", "Mobile Phone", "Company Name")]
    [InlineData("First Name", "Last Name", "Email", "Phone", "Account Name")]
    [InlineData("first_name", "last_name", "email", "mobile phone number", "organization")]
    public void Propose_RecognisesTheColumnsOfCommonExports(string first, string last, string email, string phone, string company)
    {
        var mapping = ContactColumnMapping.Propose(["Notes", company, phone, email, last, first]);

        Assert.Equal([ContactField.Ignore, ContactField.Company, ContactField.Phone, ContactField.Email, ContactField.LastName,
            ContactField.FirstName], mapping.Fields);
        Assert.Equal([first, last], mapping.SourcesOf(ContactField.Name));
    }

    [Fact]
    public void Problems_NameFromOneColumnAndFromItsParts_AsksToChooseOne()
    {
        var mapping = new ContactColumnMapping(["Name", "First", "Email"],
            [ContactField.Name, ContactField.FirstName, ContactField.Email]);

        Assert.Equal([ContactImportMessages.NameTwice], mapping.Problems());
    }

    [Fact]
    public void Problems_NoNameAtAll_AsksForTheNameOrItsParts()
    {
        var mapping = new ContactColumnMapping(["Email"], [ContactField.Email]);

        Assert.Equal([ContactImportMessages.MissingColumn(ContactField.Name)], mapping.Problems());
        Assert.Contains("first and last name", ContactImportMessages.MissingColumn(ContactField.Name), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" Ada ", " Lovelace ", "Ada Lovelace")]
    [InlineData("Cher", "", "Cher")]
    [InlineData("", "Nakamura", "Nakamura")]
    public void TryRead_FirstAndLastName_AreJoinedWithASpace(string first, string last, string expected)
    {
        var reader = new ContactRowReader(ContactColumnMapping.Propose(["First Name", "Last Name", "Email"]));

        Assert.True(reader.TryRead(2, [first, last, "a@example.com"], true, out var row, out var reason), reason);
        Assert.Equal(expected, row!.Name);
    }

    [Fact]
    public void TryRead_NeitherFirstNorLastName_IsRefusedAsWithoutName()
    {
        var reader = new ContactRowReader(ContactColumnMapping.Propose(["First Name", "Last Name", "Email"]));

        Assert.False(reader.TryRead(2, ["", " ", "a@example.com"], true, out _, out var reason));
        Assert.Equal("Name is required.", reason);
    }

    [Theory]
    [InlineData("397.884.0519x718")]
    [InlineData("+1 555 010 2000 ext. 12")]
    [InlineData("+1-376-889-6393x1234")]
    [InlineData("001-342-556-2133x80186")]
    [InlineData("(283)437-3886x88321")]
    [InlineData("555 0100 extension 3")]
    [InlineData("555 0100 #4")]
    [InlineData("555 0100 EXT 4")]
    public void Validator_PhoneWithAnExtension_IsAccepted(string phone)
    {
        var result = new ContactDraftValidator().Validate(new ContactDraft { Name = "A", Email = "a@example.com", Phone = phone });

        Assert.True(result.IsValid, string.Join(" ", result.Errors));
    }

    [Theory]
    [InlineData("x718")]
    [InlineData("555 0100 x")]
    [InlineData("555 0100 x123456789")]
    [InlineData("1234 x5678")]
    [InlineData("call me")]
    public void Validator_ExtensionWithoutANumber_OrOtherText_IsRefused(string phone)
    {
        var result = new ContactDraftValidator().Validate(new ContactDraft { Name = "A", Email = "a@example.com", Phone = phone });

        Assert.Equal([ContactDraftValidator.PhoneRule], result.Errors.Select(e => e.ErrorMessage));
    }

    [Theory]
    [InlineData("'+1 169-454-5293", "+1 169-454-5293")]
    [InlineData("'=f9@example.com", "=f9@example.com")]
    [InlineData("'-2", "-2")]
    [InlineData("'@home", "@home")]
    [InlineData("'\tTabbed", "\tTabbed")]
    [InlineData("''Tis", "'Tis")]
    [InlineData("'Tis", "'Tis")]
    [InlineData("'", "'")]
    [InlineData("O'Brien", "O'Brien")]
    [InlineData("=1+2", "=1+2")]
    public void Unguard_RemovesOnlyTheApostropheTheWriterAdds(string cell, string expected)
    {
        Assert.Equal(expected, SpreadsheetFormulaGuard.Unguard(cell));
    }

    [Fact]
    public void TryRead_GuardedCells_ReadAsTheValuesTheyGuard()
    {
        var reader = new ContactRowReader(ContactColumnMapping.Propose(["Name", "Email", "Phone", "Company"]));

        Assert.True(reader.TryRead(2, ["'=Ann", "'=f9@example.com", "'+1 169-454-5293", "''Tis Co"], true, out var row,
            out var reason), reason);
        Assert.Equal(("=Ann", "=f9@example.com", "+1 169-454-5293", "'Tis Co"), (row!.Name, row.Email, row.Phone, row.Company));
    }

    [Theory]
    [InlineData("New", FunnelStage.NeedsOutreach)]
    [InlineData("Attempted to contact", FunnelStage.Contacted)]
    [InlineData("In Progress", FunnelStage.Contacted)]
    [InlineData("Open Deal", FunnelStage.Negotiation)]
    [InlineData("Bad Timing", FunnelStage.Blocked)]
    [InlineData("Unqualified", FunnelStage.ClosedLost)]
    public void LeadStatusColumn_IsReadAsTheFunnelStage(string leadStatus, FunnelStage expected)
    {
        var reader = new ContactRowReader(ContactColumnMapping.Propose(["Name", "Email", "Lead Status"]));

        Assert.True(reader.TryRead(2, ["A", "a@example.com", leadStatus], true, out var row, out var reason), reason);
        Assert.Equal(expected, row!.FunnelStage);
    }
}
