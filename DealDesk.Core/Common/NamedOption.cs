namespace DealDesk.Core.Common;

/// <summary>Anything chosen by name: a circle, a user, an account.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">What the user sees.</param>
public sealed record NamedOption(Guid Id, string Name);
