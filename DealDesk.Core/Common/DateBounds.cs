namespace DealDesk.Core.Common;

/// <summary>The range every date a person enters must fall in: close dates, due dates, plan dates, evidence dates.
/// A year 1 or 9999 is always a slip (or a probe), and it breaks sorting, "days until close" and the health score;
/// 2000 to 2099 holds every real sales date with room to spare. The date pickers use the same bounds.</summary>
public static class DateBounds
{
    /// <summary>Earliest date accepted.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>Latest date accepted.</summary>
    public static readonly DateOnly Latest = new(2099, 12, 31);

    /// <summary>Whether <paramref name="date"/> is missing or within <see cref="Earliest"/>–<see cref="Latest"/>.</summary>
    public static bool Contains(DateOnly? date) => date is null || (date >= Earliest && date <= Latest);

    /// <summary>What a person is told about a date out of range, e.g. "Close date must be between 2000 and 2099."</summary>
    public static string Message(string field) => $"{field} must be between {Earliest.Year} and {Latest.Year}.";

    /// <summary><paramref name="date"/>, or a <see cref="DomainException"/> when it is out of range.</summary>
    public static DateOnly? Check(DateOnly? date, string field) =>
        Contains(date) ? date : throw new DomainException(Message(field));
}
