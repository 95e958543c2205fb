using DealDesk.Core.Common;

namespace DealDesk.Core.Accounts;

/// <summary>A customer company. Its name is unique in the workspace, ignoring case.</summary>
public sealed class Account : Entity, ITenantOwned, IAuditable, IConcurrencyVersioned
{
    /// <summary>Longest allowed account name.</summary>
    public const int NameMaxLength = 255;

    /// <summary>Longest allowed industry, company size band or website.</summary>
    public const int ShortTextMaxLength = 255;

    private Account()
    {
    }

    /// <summary>Creates an account.</summary>
    public Account(string name, string? industry = null, AccountSize size = AccountSize.Smb,
        Region? region = null, string? website = null, string? companySizeBand = null)
    {
        Rename(name);
        Describe(industry, size, region, website, companySizeBand);
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <inheritdoc />
    public byte[] Version { get; private set; } = null!;

    /// <summary>Company name as entered.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Upper-case form of <see cref="Name"/>, indexed unique per workspace so that
    /// "Acme" and "ACME" cannot both exist on any database collation.</summary>
    public string NormalizedName { get; private set; } = "";

    /// <summary>Industry, free text.</summary>
    public string? Industry { get; private set; }

    /// <summary>Segment.</summary>
    public AccountSize Size { get; private set; }

    /// <summary>Employee band, e.g. "201-500".</summary>
    public string? CompanySizeBand { get; private set; }

    /// <summary>Company website.</summary>
    public string? Website { get; private set; }

    /// <summary>Sales region.</summary>
    public Region? Region { get; private set; }

    /// <inheritdoc />
    public DateTime CreatedAt { get; private set; }

    /// <inheritdoc />
    public DateTime UpdatedAt { get; private set; }

    /// <summary>The normal form used for the uniqueness check.</summary>
    public static string Normalize(string name) => name.Trim().ToUpperInvariant();

    /// <summary>Renames the account.</summary>
    public void Rename(string name)
    {
        Name = Guard.Text(name, NameMaxLength, "Account name");
        NormalizedName = Normalize(Name);
    }

    /// <summary>Sets what the account is: industry, segment, region, website and employee band. Blank texts
    /// become <c>null</c>; texts are trimmed.</summary>
    public void Describe(string? industry, AccountSize size, Region? region, string? website, string? companySizeBand)
    {
        if (!Enum.IsDefined(size))
        {
            throw new DomainException("Choose a size.");
        }

        if (region is { } chosen && !Enum.IsDefined(chosen))
        {
            throw new DomainException("Choose a region.");
        }

        // Checked all before any is set, so a refused change leaves the account as it was.
        var checkedIndustry = Guard.OptionalText(industry, ShortTextMaxLength, "Industry");
        var checkedWebsite = Guard.OptionalText(website, ShortTextMaxLength, "Website");
        var checkedBand = Guard.OptionalText(companySizeBand, ShortTextMaxLength, "Company size band");
        Industry = checkedIndustry;
        Size = size;
        Region = region;
        Website = checkedWebsite;
        CompanySizeBand = checkedBand;
    }
}
