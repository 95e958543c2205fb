using DealDesk.Core.Common;
using DealDesk.Core.Plans;

namespace DealDesk.Web.Components.Shared;

/// <summary>The editing of a versioned plan, for either plan kind: the latest version edited in place, "Save" storing
/// a new version on top of it, earlier versions open read-only. A save on top of a version that is no longer the
/// latest is refused by the service, so nobody's edits are silently lost; "Load the latest version" then drops the
/// local edits for theirs. The account plan and the deal plan components show it with their own sections.</summary>
/// <typeparam name="TPlan">The plan document.</typeparam>
/// <param name="plans">The plan kind's store.</param>
/// <param name="ownerId">The deal or account planned.</param>
/// <param name="firstDraft">What a plan starts from when no version was saved yet; the empty plan when <c>null</c>.
/// </param>
public sealed class PlanEditor<TPlan>(IPlanVersions<TPlan> plans, Guid ownerId, Func<Task<TPlan>>? firstDraft = null)
    where TPlan : class
{
    private readonly DialogSave _save = new();

    /// <summary>The deal or account planned.</summary>
    public Guid OwnerId { get; } = ownerId;

    /// <summary>The latest version with the local edits; <c>null</c> until loaded.</summary>
    public TPlan? Plan { get; set; }

    /// <summary>An earlier version opened read-only; <c>null</c> while the latest is shown.</summary>
    public TPlan? Viewed { get; private set; }

    /// <summary>What is on screen: an earlier version, or the latest being edited.</summary>
    public TPlan Shown => Viewed ?? Plan!;

    /// <summary>An earlier version is shown.</summary>
    public bool ReadOnly => Viewed is not null;

    /// <summary>Every saved version, newest first.</summary>
    public IReadOnlyList<PlanVersionInfo> Versions { get; private set; } = [];

    /// <summary>The latest version's number; <c>null</c> before the first save.</summary>
    public int? Latest { get; private set; }

    /// <summary>The number of the version on screen (0 for a plan never saved).</summary>
    public int ShownNumber { get; private set; }

    /// <summary>What the last action could not do.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The last save met a newer version.</summary>
    public bool Conflict { get; private set; }

    /// <summary>"Version n saved."</summary>
    public string? Notice { get; private set; }

    /// <summary>A save is on its way.</summary>
    public bool Saving => _save.Saving;

    /// <summary>Shows the latest version, dropping local edits (first load, or after a conflict); false when the
    /// owner is not found (the errors say so).</summary>
    public async Task<bool> LoadLatestAsync()
    {
        var latest = await plans.GetLatestAsync(OwnerId);
        if (latest.Value is not { } snapshot)
        {
            Errors = [.. latest.AllMessages()];
            return false;
        }

        Plan = snapshot.Version is null && firstDraft is not null ? await firstDraft() : snapshot.Document;
        Viewed = null;
        Errors = [];
        Conflict = false;
        Latest = snapshot.Version?.Number;
        ShownNumber = Latest ?? 0;
        Versions = (await plans.ListVersionsAsync(OwnerId)).Value ?? [];
        return true;
    }

    /// <summary>Opens version <paramref name="number"/>: the latest for editing, an earlier one read-only.</summary>
    public async Task ShowVersionAsync(int number)
    {
        Notice = null;
        Errors = [];
        if (number == Latest)
        {
            Viewed = null;
            ShownNumber = number;
            return;
        }

        var version = await plans.GetVersionAsync(OwnerId, number);
        if (version.Value is { } snapshot)
        {
            Viewed = snapshot.Document;
            ShownNumber = number;
        }
        else
        {
            Errors = [.. version.AllMessages()];
        }
    }

    /// <summary>Saves the edited plan as the next version.</summary>
    public async Task SaveAsync()
    {
        Notice = null;
        var saved = await _save.RunAsync(() => plans.SaveAsync(OwnerId, Plan!, Latest));
        Errors = saved.Succeeded ? [] : [.. saved.AllMessages()];
        Conflict = saved.Status == ResultStatus.Conflict;
        if (saved.Succeeded)
        {
            Latest = saved.Value;
            ShownNumber = saved.Value;
            Versions = (await plans.ListVersionsAsync(OwnerId)).Value ?? [];
            Notice = $"Version {saved.Value} saved.";
        }
    }
}
