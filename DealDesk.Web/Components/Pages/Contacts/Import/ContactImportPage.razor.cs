using DealDesk.Core.Circles;
using DealDesk.Core.Contacts.Import;
using DealDesk.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Logging;

namespace DealDesk.Web.Components.Pages.Contacts.Import;

/// <summary>Screen 5's CSV import: upload, preview with an editable column mapping, options, then the background job's
/// progress and summary. The import runs in the server's background worker; this page only follows it.</summary>
public sealed partial class ContactImportPage : IDisposable
{
    private const string UploadFailed = "The file could not be read from your browser. Choose it again.";

    // Cancelled when the page goes (the circuit closes): an upload cut short then has no one to tell.
    private readonly CancellationTokenSource _closing = new();
    private MyCircle? _circle;
    private bool _loaded;
    private bool _busy;
    private string? _error;
    private string _fileName = "";
    private ContactImportPreview? _preview;
    private ContactColumnMapping? _mapping;
    private ContactImportMode _mode = ContactImportMode.ValidRowsAndReport;
    private DuplicateHandling _duplicates = DuplicateHandling.Skip;
    private Guid? _jobId;
    private ContactImportProgress? _progress;
    private IDisposable? _watch;

    /// <summary>The circle asked for in the URL (<c>?circle=</c>); the current circle otherwise.</summary>
    [SupplyParameterFromQuery(Name = "circle")]
    public string? CircleFromUrl { get; set; }

    [Inject]
    private IContactImportService Imports { get; set; } = null!;

    [Inject]
    private CurrentCircle Circles { get; set; } = null!;

    [Inject]
    private ILogger<ContactImportPage> Log { get; set; } = null!;

    private bool CanImport => _circle is { } circle && CirclePermissions.Allows(circle.Role, CircleAction.CreateContact);

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
        Circles.Changed -= OnCircleChanged;
        _watch?.Dispose();
        if (_preview is not null && _jobId is null)
        {
            Imports.Discard(_preview.UploadId);
        }
    }

    protected override void OnInitialized() => Circles.Changed += OnCircleChanged;

    protected override async Task OnParametersSetAsync()
    {
        if (RendererInfo.IsInteractive)
        {
            // The address bar is user input: an id that is not one falls back to the current circle.
            _circle = await Circles.ResolveAsync(Guid.TryParse(CircleFromUrl, out var requested) ? requested : null);
            _loaded = true;
        }
    }

    private static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):N1} MB" : $"{Math.Max(1, bytes / 1024):N0} KB";

    private void OnCircleChanged() => _ = InvokeAsync(async () =>
    {
        // A running import keeps its circle; the switcher applies to the next one.
        if (_jobId is null)
        {
            _circle = await Circles.ResolveAsync(Circles.SelectedId);
            StateHasChanged();
        }
    });

    private async Task UploadAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        _error = null;
        if (file.Size > ContactImportLimits.MaxFileBytes)
        {
            _error = ContactImportMessages.FileTooLarge;
            return;
        }

        _busy = true;
        try
        {
            if (_preview is not null)
            {
                Imports.Discard(_preview.UploadId);
                (_preview, _mapping) = (null, null);
            }

            // Streamed from the browser to a temporary file; never held in memory whole.
            await using var stream = file.OpenReadStream(ContactImportLimits.MaxFileBytes, _closing.Token);
            var result = await Imports.UploadAsync(stream, file.Name, _closing.Token);
            if (result.Succeeded)
            {
                _preview = result.Value!;
                _mapping = _preview.Mapping;
                _fileName = _preview.FileName;
            }
            else
            {
                _error = result.Message;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !_closing.IsCancellationRequested)
        {
            // Whatever broke the upload (the browser's stream, a timeout, the disk), the user can choose the file again;
            // left to escape, it would break the circuit and lose the page.
            LogUploadFailed(Log, e);
            _error = UploadFailed;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task StartAsync()
    {
        if (_preview is null || _mapping is null || _circle is null)
        {
            return;
        }

        _busy = true;
        _error = null;
        var started = await Imports.StartAsync(_preview.UploadId,
            new ContactImportOptions(_circle.Id, _mode, _duplicates, _mapping));
        _busy = false;
        if (!started.Succeeded)
        {
            _error = started.Message;
            return;
        }

        _jobId = started.Value;
        _watch = Imports.Watch(started.Value, OnProgress);
        Accept(Imports.Progress(started.Value));
        _preview = null;
    }

    private Task OnProgress(ContactImportProgress progress) => InvokeAsync(() =>
    {
        Accept(progress);
        StateHasChanged();
    });

    // Snapshots arrive on their own tasks and may overtake each other: never go back from an end or to fewer rows.
    private void Accept(ContactImportProgress? progress)
    {
        if (progress is null || _progress is { IsFinished: true }
            || (_progress is not null && !progress.IsFinished && progress.RowsRead < _progress.RowsRead))
        {
            return;
        }

        _progress = progress;
    }

    [LoggerMessage(LogLevel.Warning, "A contact CSV upload failed")]
    private static partial void LogUploadFailed(ILogger logger, Exception exception);

    private void StartOver()
    {
        _watch?.Dispose();
        (_watch, _jobId, _progress, _error) = (null, null, null, null);
    }
}
