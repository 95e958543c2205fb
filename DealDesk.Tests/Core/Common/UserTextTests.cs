using DealDesk.Core.Accounts;
using DealDesk.Core.Common;
using DealDesk.Core.Deals.Notes;
using DealDesk.Core.Intelligence.Stakeholders;
namespace DealDesk.Tests.Core.Common;

/// <summary>Hidden characters (controls, bidirectional overrides) never reach a stored text.</summary>
public sealed class UserTextTests
{
    [Theory]
    [InlineData("Acme\0 Corp", "Acme Corp")]
    [InlineData("evil\u202Egpj.exe", "evilgpj.exe")]
    [InlineData("\u2066Isolated\u2069 \u202ALTR\u202C", "Isolated LTR")]
    [InlineData("Bell\u0007 and\u001B escape\u007F", "Bell and escape")]
    [InlineData("Jane\r\nDoe", "Jane Doe")]
    [InlineData("Tab\there", "Tab here")]
    [InlineData("Ünïcödé 日本 עברית", "Ünïcödé 日本 עברית")]
    public void SingleLine_StripsHiddenCharactersAndJoinsLines(string typed, string stored) =>
        Assert.Equal(stored, UserText.SingleLine(typed));

    [Fact]
    public void Multiline_KeepsLineBreaksAndTabs_ButStripsHazards() =>
        Assert.Equal("First line\r\n\tindented\nlast", UserText.Multiline("First\0 line\r\n\tindented\u202E\nlast"));

    [Fact]
    public void SingleLine_LeavesNullAndCleanTextAlone()
    {
        const string clean = "Plain name";

        Assert.Null(UserText.SingleLine(null));
        Assert.Same(clean, UserText.SingleLine(clean));
    }

    [Fact]
    public void Account_StoresItsNameWithoutHiddenCharacters()
    {
        var account = new Account("Acme\u202E\0 Corp");

        Assert.Equal("Acme Corp", account.Name);
    }

    [Fact]
    public void Note_KeepsItsLinesButNotItsControlCharacters()
    {
        var note = new DealNote(Guid.CreateVersion7(), "Called\u0000 them.\nThey\u202E agreed.", null, DateTime.UtcNow);

        Assert.Equal("Called them.\nThey agreed.", note.Text);
    }

    [Fact]
    public void Stakeholder_StoresNameTitleAndNotesClean()
    {
        var person = new Stakeholder(Guid.CreateVersion7(), "Ada\0 Lovelace", "ada@example.com", "VP\u202E Sales");
        person.Note("Met\u0007 twice.\nLikes us.");

        Assert.Equal(("Ada Lovelace", "VP Sales", "Met twice.\nLikes us."), (person.Name, person.Title, person.Notes));
    }

    [Fact]
    public void Name_MadeOnlyOfHiddenCharacters_IsRequired() =>
        Assert.Throws<DomainException>(() => new Account("\0\u202E"));
}
