using DealDesk.Core.Common;
using DealDesk.Core.Plans;
using DealDesk.Web.Components.Shared;

namespace DealDesk.Tests.Web.Plans;

/// <summary>The editing both plan kinds share: a first plan starts from its draft, a save becomes the next version,
/// a save on top of an old version is a conflict that keeps the edits until the latest is loaded, and earlier
/// versions open read-only.</summary>
public sealed class PlanEditorTests
{
    private readonly Guid _accountId = Guid.NewGuid();
    private readonly VersionsInMemory _store = new();

    [Fact]
    public async Task AFirstPlan_StartsFromItsDraft_AndSavesAsVersionOne()
    {
        var editor = new PlanEditor<AccountPlan>(_store, _accountId,
            () => Task.FromResult(new AccountPlan { Positioning = { StrategicFit = "Drafted" } }));

        await editor.LoadLatestAsync();
        await editor.SaveAsync();

        Assert.Equal("Drafted", _store.Saved[^1].Positioning.StrategicFit);
        Assert.Equal((1, 1, "Version 1 saved."), (editor.Latest, editor.ShownNumber, editor.Notice));
        Assert.False(editor.Saving);
    }

    [Fact]
    public async Task ASaveOnAnOldVersion_IsAConflict_UntilTheLatestIsLoaded()
    {
        var editor = new PlanEditor<AccountPlan>(_store, _accountId);
        await editor.LoadLatestAsync();
        _store.Saved.Add(new AccountPlan { Positioning = { StrategicFit = "Theirs" } });
        editor.Plan!.Positioning.StrategicFit = "Mine";

        await editor.SaveAsync();
        var conflict = (editor.Conflict, editor.Errors.Single(), editor.Plan.Positioning.StrategicFit);
        await editor.LoadLatestAsync();

        Assert.Equal((true, PlanMessages.Conflict, "Mine"), conflict);
        Assert.Equal(("Theirs", 1, false), (editor.Plan.Positioning.StrategicFit, editor.Latest, editor.Conflict));
        Assert.Empty(editor.Errors);
    }

    [Fact]
    public async Task AnEarlierVersion_OpensReadOnly_AndTheLatestOpensForEditingAgain()
    {
        _store.Saved.AddRange([new AccountPlan { Positioning = { StrategicFit = "One" } },
            new AccountPlan { Positioning = { StrategicFit = "Two" } }]);
        var editor = new PlanEditor<AccountPlan>(_store, _accountId);
        await editor.LoadLatestAsync();

        await editor.ShowVersionAsync(1);
        var earlier = (editor.ReadOnly, editor.Shown.Positioning.StrategicFit);
        await editor.ShowVersionAsync(2);

        Assert.Equal((true, "One"), earlier);
        Assert.Equal((false, "Two", 2), (editor.ReadOnly, editor.Shown.Positioning.StrategicFit, editor.ShownNumber));
    }

    [Fact]
    public async Task ASaveThatThrows_LeavesSaveEnabled()
    {
        var editor = new PlanEditor<AccountPlan>(_store, _accountId);
        await editor.LoadLatestAsync();
        _store.Fail = true;

        await Assert.ThrowsAsync<InvalidOperationException>(editor.SaveAsync);

        Assert.False(editor.Saving);
    }

    /// <summary>Versions of one owner's plan, numbered from 1.</summary>
    private sealed class VersionsInMemory : IPlanVersions<AccountPlan>
    {
        public List<AccountPlan> Saved { get; } = [];

        public bool Fail { get; set; }

        public Task<Result<PlanSnapshot<AccountPlan>>> GetLatestAsync(Guid ownerId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Result<PlanSnapshot<AccountPlan>>.Ok(Saved.Count == 0
                ? new PlanSnapshot<AccountPlan>(new AccountPlan(), null)
                : Snapshot(Saved.Count)));

        public Task<Result<PlanSnapshot<AccountPlan>>> GetVersionAsync(Guid ownerId, int number,
            CancellationToken cancellationToken = default) =>
            Task.FromResult(Result<PlanSnapshot<AccountPlan>>.Ok(Snapshot(number)));

        public Task<Result<IReadOnlyList<PlanVersionInfo>>> ListVersionsAsync(Guid ownerId,
            CancellationToken cancellationToken = default) =>
            Task.FromResult(Result<IReadOnlyList<PlanVersionInfo>>.Ok(
                [.. Enumerable.Range(1, Saved.Count).Reverse().Select(Info)]));

        public Task<Result<int>> SaveAsync(Guid ownerId, AccountPlan plan, int? basedOn,
            CancellationToken cancellationToken = default)
        {
            if (Fail)
            {
                throw new InvalidOperationException("The database went away.");
            }

            if ((basedOn ?? 0) != Saved.Count)
            {
                return Task.FromResult<Result<int>>(Result.Conflict(PlanMessages.Conflict));
            }

            Saved.Add(plan);
            return Task.FromResult(Result<int>.Ok(Saved.Count));
        }

        private static PlanVersionInfo Info(int number) => new(number, "Avery Admin", DateTime.UtcNow);

        // A copy, as a stored document is: edits to what the editor holds never reach the store unsaved.
        private PlanSnapshot<AccountPlan> Snapshot(int number) => new(Copy(Saved[number - 1]), Info(number));

        private static AccountPlan Copy(AccountPlan plan) =>
            System.Text.Json.JsonSerializer.Deserialize<AccountPlan>(System.Text.Json.JsonSerializer.Serialize(plan))!;
    }
}
