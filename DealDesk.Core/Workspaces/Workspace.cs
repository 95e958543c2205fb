using DealDesk.Core.Common;

namespace DealDesk.Core.Workspaces;

/// <summary>The tenant: one company's sales organisation. No data crosses workspaces.</summary>
public sealed class Workspace : Entity, IAuditable
{
    /// <summary>Longest allowed workspace name.</summary>
    public const int NameMaxLength = 200;

    private Workspace()
    {
    }

    /// <summary>Creates a workspace whose money figures are in <paramref name="currency"/>.</summary>
    public Workspace(string name, string currency)
    {
        Name = Guard.Text(name, NameMaxLength, "Workspace name");
        Currency = Money.NormalizeCurrency(currency);
    }

    /// <summary>Display name shown in the app bar.</summary>
    public string Name { get; private set; } = "";

    /// <summary>ISO 4217 code used for pipeline totals and new deals.</summary>
    public string Currency { get; private set; } = Money.DefaultCurrency;

    /// <inheritdoc />
    public DateTime CreatedAt { get; private set; }

    /// <inheritdoc />
    public DateTime UpdatedAt { get; private set; }
}
