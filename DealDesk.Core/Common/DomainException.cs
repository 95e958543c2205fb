namespace DealDesk.Core.Common;

/// <summary>An entity refused an operation that would break one of its rules.</summary>
/// <remarks>Services validate input before calling entities, so reaching this exception means a
/// caller skipped validation: it is a bug, not an expected failure.</remarks>
public sealed class DomainException(string message) : Exception(message);
