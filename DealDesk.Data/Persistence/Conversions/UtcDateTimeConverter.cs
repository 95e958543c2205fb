using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DealDesk.Data.Persistence.Conversions;

/// <summary>Every timestamp is stored in UTC; this marks values read back as UTC so that they are not
/// mistaken for local time when displayed or compared.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
