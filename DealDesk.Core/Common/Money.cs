namespace DealDesk.Core.Common;

/// <summary>Rules shared by every money amount: two decimals, an ISO 4217 currency.</summary>
public static class Money
{
    /// <summary>Currency used when none is given.</summary>
    public const string DefaultCurrency = "USD";

    /// <summary>Largest amount a decimal(15,2) column holds.</summary>
    public const decimal MaxAmount = 9_999_999_999_999.99m;

    /// <summary>Upper-cases and checks a three-letter currency code.</summary>
    public static string NormalizeCurrency(string? currency)
    {
        var code = currency?.Trim().ToUpperInvariant();
        if (code is null || code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new DomainException("Currency must be a three-letter ISO code such as USD.");
        }

        return code;
    }

    /// <summary>Rounds to cents and checks the amount is within 0 and <see cref="MaxAmount"/>.</summary>
    public static decimal Amount(decimal value, string field)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded is < 0 or > MaxAmount
            ? throw new DomainException($"{field} must be between 0 and {MaxAmount:N2}.")
            : rounded;
    }
}
