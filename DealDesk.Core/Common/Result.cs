namespace DealDesk.Core.Common;

/// <summary>How an operation ended, for failures a user can cause and be told about.</summary>
public enum ResultStatus
{
    /// <summary>It worked.</summary>
    Ok,

    /// <summary>The input broke a rule; <see cref="Result.FieldErrors"/> says which.</summary>
    Invalid,

    /// <summary>The target does not exist, or the user cannot see it.</summary>
    NotFound,

    /// <summary>Someone else changed the target first; nothing was written.</summary>
    Conflict,

    /// <summary>The user may see the target but not do this to it.</summary>
    Forbidden,
}

/// <summary>The outcome of a command. Expected failures travel as values the UI can show; exceptions are for bugs.</summary>
public sealed class Result
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private Result(ResultStatus status, string? message, IReadOnlyDictionary<string, string[]>? fieldErrors)
    {
        Status = status;
        Message = message;
        FieldErrors = fieldErrors ?? NoErrors;
    }

    /// <summary>How it ended.</summary>
    public ResultStatus Status { get; }

    /// <summary>What to tell the user when it failed.</summary>
    public string? Message { get; }

    /// <summary>Messages per input field (the property name of the request), when <see cref="Status"/> is
    /// <see cref="ResultStatus.Invalid"/>.</summary>
    public IReadOnlyDictionary<string, string[]> FieldErrors { get; }

    /// <summary>It worked.</summary>
    public bool Succeeded => Status == ResultStatus.Ok;

    /// <summary>Success without a value.</summary>
    public static Result Ok() => new(ResultStatus.Ok, null, null);

    /// <summary>One field broke a rule.</summary>
    public static Result Invalid(string field, string message) =>
        new(ResultStatus.Invalid, message, new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>Several fields broke rules.</summary>
    public static Result Invalid(IReadOnlyDictionary<string, string[]> fieldErrors) =>
        new(ResultStatus.Invalid, fieldErrors.SelectMany(e => e.Value).FirstOrDefault(), fieldErrors);

    /// <summary>The target is missing or hidden from the user.</summary>
    public static Result NotFound(string message) => new(ResultStatus.NotFound, message, null);

    /// <summary>Someone else changed the target first.</summary>
    public static Result Conflict(string message) => new(ResultStatus.Conflict, message, null);

    /// <summary>The user may not do this.</summary>
    public static Result Forbidden(string message) => new(ResultStatus.Forbidden, message, null);

    /// <summary>The field errors as one line each, for a summary.</summary>
    public IEnumerable<string> AllMessages() =>
        FieldErrors.Count > 0 ? FieldErrors.SelectMany(e => e.Value) : Message is null ? [] : [Message];
}

/// <summary>The outcome of a command that produces a value. A failed <see cref="Result"/> converts to it implicitly,
/// so a service returns its guard's failure as is; it converts back to a <see cref="Result"/> (dropping the value) for
/// code that only shows how a command ended.</summary>
/// <remarks>Not a subclass of <see cref="Result"/>: C# allows no user-defined conversion from a base class, and the
/// conversion from a failure is the point of this type.</remarks>
/// <typeparam name="T">The value on success.</typeparam>
public sealed class Result<T>
{
    private readonly Result _outcome;

    private Result(Result outcome, T? value)
    {
        _outcome = outcome;
        Value = value;
    }

    /// <summary>How it ended.</summary>
    public ResultStatus Status => _outcome.Status;

    /// <summary>What to tell the user when it failed.</summary>
    public string? Message => _outcome.Message;

    /// <summary>Messages per input field, when <see cref="Status"/> is <see cref="ResultStatus.Invalid"/>.</summary>
    public IReadOnlyDictionary<string, string[]> FieldErrors => _outcome.FieldErrors;

    /// <summary>It worked.</summary>
    public bool Succeeded => _outcome.Succeeded;

    /// <summary>The value, when <see cref="Succeeded"/>.</summary>
    public T? Value { get; }

    /// <summary>Success with <paramref name="value"/>.</summary>
    public static Result<T> Ok(T value) => new(Result.Ok(), value);

    /// <summary>Carries a failure over; a success has no value to carry, so it is refused.</summary>
    /// <exception cref="ArgumentException"><paramref name="failure"/> succeeded.</exception>
    public static implicit operator Result<T>(Result failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Succeeded
            ? throw new ArgumentException("Only a failure can be carried over.", nameof(failure))
            : new Result<T>(failure, default);
    }

    /// <summary>How it ended, without the value.</summary>
    public static implicit operator Result(Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result._outcome;
    }

    /// <summary>The field errors as one line each, for a summary.</summary>
    public IEnumerable<string> AllMessages() => _outcome.AllMessages();
}
