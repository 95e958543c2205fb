namespace DealDesk.Data.Persistence.Tenancy;

/// <summary>A write tried to touch another workspace's data, or a circle the user cannot see.</summary>
/// <remarks>Services only write what they read through the filtered context, so this signals a bug or
/// tampering; it is thrown before anything reaches the database.</remarks>
public sealed class TenantIsolationException(string message) : InvalidOperationException(message);
