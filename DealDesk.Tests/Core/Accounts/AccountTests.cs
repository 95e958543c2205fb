using DealDesk.Core.Accounts;
using DealDesk.Core.Common;

namespace DealDesk.Tests.Core.Accounts;

public sealed class AccountTests
{
    [Fact]
    public void Describe_TrimsTexts_AndTurnsBlanksIntoNothing()
    {
        var account = new Account("Initech", "Software", AccountSize.Smb, Region.Americas, "initech.example", "51-200");

        account.Describe("  Robotics ", AccountSize.Enterprise, null, "   ", " 201-1000 ");

        Assert.Equal(("Robotics", AccountSize.Enterprise, (Region?)null, (string?)null, "201-1000"),
            (account.Industry, account.Size, account.Region, account.Website, account.CompanySizeBand));
    }

    [Fact]
    public void Describe_WithATooLongText_Throws_AndLeavesTheAccountAsItWas()
    {
        var account = new Account("Initech", "Software", AccountSize.Smb, Region.Americas, "initech.example", "51-200");

        var error = Assert.Throws<DomainException>(() => account.Describe("Robotics", AccountSize.Enterprise, Region.Emea,
            new string('w', Account.ShortTextMaxLength + 1), "201-1000"));

        Assert.Equal($"Website must be at most {Account.ShortTextMaxLength} characters.", error.Message);
        Assert.Equal(("Software", AccountSize.Smb, (Region?)Region.Americas, "initech.example", "51-200"),
            (account.Industry, account.Size, account.Region, account.Website, account.CompanySizeBand));
    }

    [Fact]
    public void Describe_WithAnUndefinedSizeOrRegion_Throws()
    {
        var account = new Account("Initech");

        Assert.Throws<DomainException>(() => account.Describe(null, (AccountSize)42, null, null, null));
        Assert.Throws<DomainException>(() => account.Describe(null, AccountSize.Smb, (Region)42, null, null));
    }

    [Fact]
    public void Rename_KeepsTheUpperCaseFormForTheUniqueIndex()
    {
        var account = new Account("Initech");

        account.Rename("  initech Europe ");

        Assert.Equal(("initech Europe", "INITECH EUROPE"), (account.Name, account.NormalizedName));
    }
}
