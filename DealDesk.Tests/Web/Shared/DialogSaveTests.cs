using DealDesk.Core.Common;
using DealDesk.Web.Components.Shared;

namespace DealDesk.Tests.Web.Shared;

/// <summary>A save in progress disables the Save button, and a save that throws never leaves it disabled.</summary>
public sealed class DialogSaveTests
{
    [Fact]
    public async Task Run_IsSavingWhileTheServiceWorks_AndNotAfter()
    {
        var save = new DialogSave();
        var answer = new TaskCompletionSource<Result>();

        var running = save.RunAsync(() => answer.Task);
        var savingMeanwhile = save.Saving;
        answer.SetResult(Result.Ok());
        await running;

        Assert.True(savingMeanwhile);
        Assert.False(save.Saving);
    }

    [Fact]
    public async Task Run_WhenTheServiceThrows_IsNoLongerSaving()
    {
        var save = new DialogSave();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            save.RunAsync<Result>(() => throw new InvalidOperationException("The database went away.")));

        Assert.False(save.Saving);
    }
}
