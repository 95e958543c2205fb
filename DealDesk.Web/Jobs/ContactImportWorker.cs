using DealDesk.Data.Contacts.Import;

namespace DealDesk.Web.Jobs;

/// <summary>Runs the queued contact imports in the background, off the circuits that started them, so that an import
/// goes on when its page is closed and a circuit is never blocked by one.</summary>
public sealed class ContactImportWorker(ContactImportRunner runner) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await runner.ProcessQueueAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: a running import ends with its committed batches (or nothing, all or nothing).
        }
    }
}
