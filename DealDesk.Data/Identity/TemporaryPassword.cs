using System.Security.Cryptography;

namespace DealDesk.Data.Identity;

/// <summary>Passwords for newly invited people: 16 characters (about 92 bits) from an alphabet without look-alikes
/// (0/O, 1/l/I), in four groups so that they can be read out or typed from a screen.</summary>
internal static class TemporaryPassword
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int Groups = 4;
    private const int GroupLength = 4;

    public static string Generate()
    {
        while (true)
        {
            var characters = Enumerable.Range(0, Groups * GroupLength)
                .Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)])
                .ToArray();
            // Every kind of character, so that the password passes composition rules should they ever be switched on.
            if (characters.Any(char.IsAsciiLetterLower) && characters.Any(char.IsAsciiLetterUpper)
                && characters.Any(char.IsAsciiDigit))
            {
                return string.Join('-', characters.Chunk(GroupLength).Select(group => new string(group)));
            }
        }
    }
}
