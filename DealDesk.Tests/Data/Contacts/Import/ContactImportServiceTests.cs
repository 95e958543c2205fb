using System.Text;
using DealDesk.Core.Contacts.Import;
using DealDesk.Data.Contacts.Import;
using DealDesk.Data.Intelligence.Stakeholders;
using DealDesk.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Data.Contacts.Import;

/// <summary>The import page's service and the files it keeps, on real SQLite and a real import folder.</summary>
public sealed class ContactImportServiceTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private const string Csv = "name,email\nAda Lovelace,ada@example.com\n";

    [Fact]
    public async Task UploadAsync_BrowserStreamFailsMidway_LeavesNoPartialFile()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var jobs = new ContactImportJobs(NullLogger<ContactImportJobs>.Instance, circle.Clock);

        await Assert.ThrowsAsync<IOException>(() =>
            circle.Service(jobs).UploadAsync(new FailingStream(Encoding.UTF8.GetBytes(Csv)), "contacts.csv"));

        Assert.Empty(Directory.EnumerateFileSystemEntries(jobs.Folder));
    }

    [Fact]
    public async Task UploadAsync_ImportFolderRemovedByAnotherInstance_StoresTheUploadInANewOwnerOnlyFolder()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var jobs = new ContactImportJobs(NullLogger<ContactImportJobs>.Instance, circle.Clock);
        Directory.Delete(jobs.Folder, recursive: true);

        var upload = await circle.Service(jobs).UploadAsync(new MemoryStream(Encoding.UTF8.GetBytes(Csv)), "contacts.csv");

        Assert.True(upload.Succeeded, upload.Message);
        Assert.True(File.Exists(jobs.PathForUpload(upload.Value!.UploadId)));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
                File.GetUnixFileMode(jobs.Folder));
        }
    }

    [Fact]
    public async Task UploadAsync_ForgetsJobsFinishedADayAgo_AndDeletesTheirRejectedRows_KeepingRecentOnes()
    {
        using var circle = await ImportCircle.CreateAsync(seeded.Sqlite);
        var jobs = new ContactImportJobs(NullLogger<ContactImportJobs>.Instance, circle.Clock);
        var service = circle.Service(jobs);
        var old = FinishedJob(jobs, circle);
        circle.Clock.UtcNow += ContactImportJobs.FinishedJobsKept - TimeSpan.FromHours(1);
        var recent = FinishedJob(jobs, circle);
        circle.Clock.UtcNow += TimeSpan.FromHours(2);

        await service.UploadAsync(new MemoryStream(Encoding.UTF8.GetBytes(Csv)), "next.csv");

        Assert.Null(service.Progress(old.Id));
        Assert.False(File.Exists(old.RejectedPath));
        Assert.Equal(ContactImportState.Completed, service.Progress(recent.Id)?.State);
        Assert.True(File.Exists(recent.RejectedPath));
    }

    private static ContactImportJob FinishedJob(ContactImportJobs jobs, ImportCircle circle)
    {
        var id = Guid.NewGuid();
        var upload = jobs.Stage(circle.Moderator.UserId!.Value, "contacts.csv", Csv.Length, id);
        var job = jobs.Add(circle.Moderator, upload, new ContactImportOptions(circle.CircleId,
            ContactImportMode.ValidRowsAndReport, DuplicateHandling.Skip, ContactColumnMapping.Propose(["name", "email"])));
        File.WriteAllText(job.RejectedPath, "name,email,line,reason\n");
        jobs.Publish(job, job.Latest with { State = ContactImportState.Completed });
        return job;
    }

    /// <summary>A browser upload that breaks after its first bytes.</summary>
    private sealed class FailingStream(byte[] first) : Stream
    {
        private bool _sent;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_sent)
            {
                throw new IOException("The browser went away.");
            }

            _sent = true;
            first.CopyTo(buffer);
            return ValueTask.FromResult(first.Length);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
