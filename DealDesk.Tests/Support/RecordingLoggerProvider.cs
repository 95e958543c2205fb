using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DealDesk.Tests.Support;

/// <summary>One line a service logged: its level, the rendered message, the template's named values and the
/// exception logged with it, if any.</summary>
public sealed record LoggedEntry(string Category, LogLevel Level, string Message,
    IReadOnlyDictionary<string, object?> Values, Exception? Exception = null);

/// <summary>Keeps every log line written through it, so a test can assert what was (and was not) logged.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LoggedEntry> _entries = new();

    public IReadOnlyList<LoggedEntry> Entries => [.. _entries];

    /// <summary>A typed logger writing here, for a service built by hand.</summary>
    public ILogger<T> For<T>() => new Logger<T>(new LoggerFactory([this]));

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Recorder(RecordingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value)
                : new Dictionary<string, object?>();
            owner._entries.Enqueue(new LoggedEntry(category, logLevel, formatter(state, exception), values, exception));
        }
    }
}
