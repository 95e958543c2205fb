using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DealDesk.Web.Identity;

/// <summary>Failed sign-ins with emails that belong to nobody, counted and locked out like a user's
/// (<see cref="LockoutOptions"/>). Kept in memory: there is no row to keep them in, and losing them on a restart
/// gives an attacker nothing that a known email's lockout would not (that one ends after its five minutes too).</summary>
public sealed class UnknownEmailSignIns(IOptions<IdentityOptions> options, TimeProvider clock)
{
    /// <summary>Emails tracked at most; past that the least recently tried are forgotten, so random emails cannot
    /// grow the server's memory without end.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Attempts> _byEmail = new(StringComparer.OrdinalIgnoreCase);
    private string? _hashOfNoPassword;

    /// <summary>A password hash of nobody's password, made once with the app's hasher: checking a password against
    /// it costs what checking a user's does.</summary>
    public string HashOfNoPassword(Func<string, string> hash) =>
        LazyInitializer.EnsureInitialized(ref _hashOfNoPassword, () => hash(Guid.NewGuid().ToString()));

    /// <summary>Whether the email is locked out now, after too many wrong passwords.</summary>
    public bool IsLockedOut(string email) =>
        _byEmail.TryGetValue(email.Trim(), out var attempts) && attempts.LockedUntil > clock.GetUtcNow();

    /// <summary>Counts a wrong password for the email; true when this one locks it out.</summary>
    public bool Fail(string email)
    {
        var lockout = options.Value.Lockout;
        var now = clock.GetUtcNow();
        var attempts = _byEmail.GetOrAdd(email.Trim(), _ => new Attempts());
        bool lockedOut;
        lock (attempts)
        {
            attempts.Failures++;
            attempts.LastAt = now;
            lockedOut = attempts.Failures >= lockout.MaxFailedAccessAttempts;
            if (lockedOut)
            {
                attempts.Failures = 0;
                attempts.LockedUntil = now + lockout.DefaultLockoutTimeSpan;
            }
        }

        ForgetTheOldestPastCapacity();
        return lockedOut;
    }

    private void ForgetTheOldestPastCapacity()
    {
        if (_byEmail.Count <= Capacity)
        {
            return;
        }

        foreach (var (email, _) in _byEmail.OrderBy(e => e.Value.LastAt).Take(_byEmail.Count - Capacity / 2).ToList())
        {
            _byEmail.TryRemove(email, out _);
        }
    }

    private sealed class Attempts
    {
        public int Failures { get; set; }

        public DateTimeOffset? LockedUntil { get; set; }

        public DateTimeOffset LastAt { get; set; }
    }
}
