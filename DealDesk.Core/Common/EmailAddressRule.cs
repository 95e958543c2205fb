using System.Net.Mail;

namespace DealDesk.Core.Common;

/// <summary>The one rule for an email address anywhere in DealDesk (contacts, stakeholders, invitations), so an
/// address accepted in one form is accepted in every other.</summary>
public static class EmailAddressRule
{
    /// <summary>What a person is told when an address breaks the rule.</summary>
    public const string Message = "Email must be a valid address such as name@example.com.";

    /// <summary>Whether <paramref name="email"/> (trimmed) is one plain address: no display name, no angle
    /// brackets or anything after the address, and a domain with a dot inside it (<c>a@b</c> is refused).</summary>
    public static bool IsValid(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        var trimmed = email.Trim();
        return !trimmed.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '<' or '>')
            && MailAddress.TryCreate(trimmed, out var address)
            && address.Address == trimmed
            && address.Host.Contains('.', StringComparison.Ordinal)
            && !address.Host.StartsWith('.')
            && !address.Host.EndsWith('.');
    }
}
