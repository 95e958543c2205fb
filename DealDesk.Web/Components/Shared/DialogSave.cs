using DealDesk.Core.Common;
using FluentValidation;
using MudBlazor;

namespace DealDesk.Web.Components.Shared;

/// <summary>The save of a dialog or inline editor: <see cref="Saving"/> is set while the service works and reset in
/// every case, also when the call throws, so a failure never leaves the Save button disabled.</summary>
public class DialogSave
{
    /// <summary>A save is on its way; the Save button is disabled.</summary>
    public bool Saving { get; private set; }

    /// <summary>Runs <paramref name="save"/> with <see cref="Saving"/> set.</summary>
    public async Task<TResult> RunAsync<TResult>(Func<Task<TResult>> save)
    {
        ArgumentNullException.ThrowIfNull(save);
        Saving = true;
        try
        {
            return await save();
        }
        finally
        {
            Saving = false;
        }
    }
}

/// <summary>The save tail every create-or-edit dialog shares: the form is validated with the Core rules, the service
/// is called, and a failure is kept for the form to show: a conflict (someone else saved first) as
/// <see cref="Conflict"/>, field messages under their fields and anything else above the buttons (<see cref="Errors"/>).
/// </summary>
/// <typeparam name="T">The form model.</typeparam>
/// <param name="validator">The Core validator of the model, run as the user types and before saving.</param>
/// <param name="conflictAsNotice">The dialog shows a conflict in its own notice (<c>ConflictNotice</c>) rather than
/// among the general messages of <see cref="Errors"/>.</param>
public sealed class DialogSave<T>(IValidator<T> validator, bool conflictAsNotice = false) : DialogSave
    where T : class
{
    /// <summary>The form's validation, including what the service said about single fields.</summary>
    public FormErrors<T> Errors { get; } = new(validator);

    /// <summary>The conflict message of the last save; <c>null</c> unless someone else saved first.</summary>
    public string? Conflict { get; private set; }

    /// <summary>The record asked for by the last <see cref="LoadAsync"/> is gone (or was never visible).</summary>
    public bool Missing { get; private set; }

    /// <summary>The form's model: a new one from <paramref name="create"/> when <paramref name="id"/> is <c>null</c>,
    /// else the stored record as <paramref name="load"/> reads it with its version (first open, or Reload after a
    /// conflict); <c>null</c>, and <see cref="Missing"/>, when it is not found. The last save's failures are
    /// forgotten.</summary>
    public async Task<T?> LoadAsync(Guid? id, Func<T> create, Func<Guid, Task<T?>> load)
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(load);
        Clear();
        if (id is not { } key)
        {
            Missing = false;
            return create();
        }

        var model = await load(key);
        Missing = model is null;
        return model;
    }

    /// <summary>Forgets the last save's failures (before a save, or when the form is loaded again).</summary>
    public void Clear()
    {
        Errors.Clear();
        Conflict = null;
    }

    /// <summary>Validates <paramref name="form"/> and, when it is valid, saves <paramref name="model"/> through
    /// <paramref name="save"/>; true when the service saved it. A failure is kept and shown on the form.</summary>
    public async Task<bool> SaveAsync(MudForm? form, T model, Func<Task<Result>> save)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (form is null || Saving)
        {
            return false;
        }

        await form.ValidateAsync();
        if (!form.IsValid)
        {
            return false;
        }

        Clear();
        var result = await RunAsync(save);
        if (result.Succeeded)
        {
            return true;
        }

        if (result.Status == ResultStatus.Conflict)
        {
            Conflict = result.Message ?? "";
            if (conflictAsNotice)
            {
                return false;
            }
        }

        Errors.Show(result, model);
        await form.ValidateAsync();
        return false;
    }

    /// <summary>Saves <paramref name="model"/> as <see cref="SaveAsync(MudForm?, T, Func{Task{Result}})"/> does:
    /// through <paramref name="update"/> when <paramref name="id"/> names a stored record, else through
    /// <paramref name="create"/>. The saved record's id, or <c>null</c> when nothing was saved.</summary>
    public async Task<Guid?> SaveAsync(MudForm? form, T model, Guid? id, Func<Guid, Task<Result>> update,
        Func<Task<Result<Guid>>> create)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(create);
        var savedId = id ?? Guid.Empty;
        var saved = await SaveAsync(form, model, async () =>
        {
            if (id is { } key)
            {
                return await update(key);
            }

            var created = await create();
            savedId = created.Value;
            return created;
        });
        return saved ? savedId : null;
    }
}
