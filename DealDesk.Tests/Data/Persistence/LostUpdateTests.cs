using DealDesk.Core.Accounts;
using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Deals.Tasks;
using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Core.Pipeline;
using DealDesk.Data;
using DealDesk.Data.Accounts;
using DealDesk.Data.Deals;
using DealDesk.Data.Deals.Tasks;
using DealDesk.Data.Intelligence;
using DealDesk.Data.Intelligence.Health;
using DealDesk.Data.Intelligence.Qualification;
using DealDesk.Data.Intelligence.Stakeholders;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Data.Pipeline;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Data.Persistence;

/// <summary>Two people edit the same record: both load the same version, the first saves, and the second, whose save
/// the other one's commit overtakes after the service's own read (<see cref="RacingContextFactory"/>), is told
/// <see cref="ResultStatus.Conflict"/> while the stored row holds exactly the first writer's values. One test per edit
/// path; deals, contacts and KPIs have theirs beside their services' other tests.</summary>
public sealed class LostUpdateTests(DealWorkbench bench) : IClassFixture<DealWorkbench>
{
    private const string Rep = "rep@dealdesk.demo";
    private const string Admin = "admin@dealdesk.demo";

    [Fact]
    public async Task Account_SavedFromAStaleDialog_IsAConflict_AndKeepsTheFirstEdit()
    {
        var rep = await bench.AsAsync(Rep);
        var admin = await bench.AsAsync(Admin);
        var id = (await Accounts(rep.Scope).CreateAsync(new AccountDraft { Name = Unique("Racing account") })).Value;
        var mine = await AccountDraftAsync(rep.Scope, id);
        var theirs = await AccountDraftAsync(admin.Scope, id);
        theirs.Industry = "Robotics";
        var racing = Racing(rep.Scope, () => Assert.True(Accounts(admin.Scope).UpdateAsync(id, theirs).GetAwaiter().GetResult().Succeeded));
        mine.Website = "https://mine.example";

        var lost = await new AccountService(racing, NullLogger<AccountService>.Instance).UpdateAsync(id, mine);

        Assert.True(racing.Raced);
        Assert.Equal((ResultStatus.Conflict, AccountMessages.Conflict), (lost.Status, lost.Message));
        var stored = (await Accounts(rep.Scope).GetAsync(id))!;
        Assert.Equal(("Robotics", (string?)null), (stored.Industry, stored.Website));
        Assert.Equal(ResultStatus.Conflict, (await Accounts(rep.Scope).UpdateAsync(id, mine)).Status);
    }

    [Fact]
    public async Task MeddpiccElement_SavedFromAStaleEditor_IsAConflict_AndKeepsTheOtherSummary()
    {
        var rep = await bench.AsAsync(Rep);
        var admin = await bench.AsAsync(Admin);
        var dealId = await rep.NewDealAsync();
        Assert.True((await Qualification(rep.Scope).UpdateElementAsync(dealId, new ElementDraft
        {
            Element = MeddpiccElement.Champion, Status = QualificationStatus.Partial, Score = 4,
        })).Succeeded);
        var loaded = await ElementAsync(rep.Scope, dealId, MeddpiccElement.Champion);
        // The rep saves a summary; the moderator saves a score from the form they opened before it.
        var summary = Draft(loaded, d => d.Summary = "Dana runs the pilot");
        var score = Draft(loaded, d => d.Score = 8);
        var racing = Racing(admin.Scope, () => Assert.True(
            Qualification(rep.Scope).UpdateElementAsync(dealId, summary).GetAwaiter().GetResult().Succeeded));

        var lost = await Qualification(admin.Scope, racing).UpdateElementAsync(dealId, score);

        Assert.True(racing.Raced);
        Assert.Equal((ResultStatus.Conflict, QualificationMessages.ElementConflict), (lost.Status, lost.Message));
        var stored = await ElementAsync(rep.Scope, dealId, MeddpiccElement.Champion);
        Assert.Equal((QualificationStatus.Partial, (int?)4, "Dana runs the pilot"), (stored.Status, stored.Score, stored.Summary));
    }

    [Fact]
    public async Task MeddpiccElement_AssessedForTheFirstTimeByTwo_KeepsTheFirst_AndTellsTheSecond()
    {
        var rep = await bench.AsAsync(Rep);
        var admin = await bench.AsAsync(Admin);
        var dealId = await rep.NewDealAsync();
        var never = await ElementAsync(rep.Scope, dealId, MeddpiccElement.Competition);
        Assert.Null(never.Version);
        var first = Draft(never, d => (d.Status, d.Summary) = (QualificationStatus.Confirmed, "Only us"));
        var second = Draft(never, d => (d.Status, d.Summary) = (QualificationStatus.Partial, "Two vendors"));
        var racing = Racing(admin.Scope, () => Assert.True(
            Qualification(rep.Scope).UpdateElementAsync(dealId, first).GetAwaiter().GetResult().Succeeded));

        var lost = await Qualification(admin.Scope, racing).UpdateElementAsync(dealId, second);

        Assert.True(racing.Raced);
        Assert.Equal(ResultStatus.Conflict, lost.Status);
        var stored = await ElementAsync(rep.Scope, dealId, MeddpiccElement.Competition);
        Assert.Equal((QualificationStatus.Confirmed, "Only us"), (stored.Status, stored.Summary));
        // Saved again without reloading, the stale form is still refused by the version check itself.
        Assert.Equal(ResultStatus.Conflict, (await Qualification(admin.Scope).UpdateElementAsync(dealId, second)).Status);
    }

    [Fact]
    public async Task Stakeholder_EditedAndScoredFromStaleCards_AreConflicts_AndKeepTheFirstEdit()
    {
        var rep = await bench.AsAsync(Rep);
        var admin = await bench.AsAsync(Admin);
        var dealId = await rep.NewDealAsync();
        var id = (await Stakeholders(rep.Scope).AddAsync(dealId, new StakeholderDraft { Name = Unique("Sam") })).Value;
        var card = await StakeholderCardAsync(rep.Scope, dealId, id);
        var theirs = StakeholderDraft.From(card);
        theirs.Title = "Chief Financial Officer";
        var racing = Racing(admin.Scope, () => Assert.True(
            Stakeholders(rep.Scope).UpdateAsync(dealId, id, theirs).GetAwaiter().GetResult().Succeeded));
        var mine = StakeholderDraft.From(card);
        mine.Notes = "Prefers email";

        var lostEdit = await Stakeholders(admin.Scope, racing).UpdateAsync(dealId, id, mine);
        var lostScore = await Stakeholders(admin.Scope).SetScoreAsync(dealId, id, StakeholderScoreKind.Relationship, 9,
            null, card.Version);

        Assert.True(racing.Raced);
        Assert.Equal((ResultStatus.Conflict, StakeholderMessages.Conflict), (lostEdit.Status, lostEdit.Message));
        Assert.Equal(ResultStatus.Conflict, lostScore.Status);
        var stored = await StakeholderCardAsync(rep.Scope, dealId, id);
        Assert.Equal(("Chief Financial Officer", (string?)null), (stored.Title, stored.Notes));
        Assert.NotEqual(ScoreSource.HumanOverride, stored.Relationship.Source);
    }

    [Fact]
    public async Task Task_ReopenedFromAStaleList_IsAConflict_AndStaysAsTheOtherUserLeftIt()
    {
        var rep = await bench.AsAsync(Rep);
        var admin = await bench.AsAsync(Admin);
        var dealId = await rep.NewDealAsync();
        var taskId = (await rep.Tasks.CreateAsync(dealId, new TaskDraft { Title = "Send the proposal" })).Value;
        Assert.True((await rep.CompleteTaskAsync(taskId)).Succeeded);
        var listed = Assert.Single((await admin.Tasks.ListAsync(dealId))!);
        // The rep reopens it and completes it again, which the admin's list (done, as before) does not show.
        Assert.True((await rep.Tasks.ReopenAsync(taskId, listed.Version)).Succeeded);
        Assert.True((await rep.CompleteTaskAsync(taskId)).Succeeded);

        var staleReopen = await admin.Tasks.ReopenAsync(taskId, listed.Version);

        Assert.Equal((ResultStatus.Conflict, TaskMessages.Conflict), (staleReopen.Status, staleReopen.Message));
        // The same with the current version, overtaken by the rep's reopen-and-complete after the service's read.
        var current = Assert.Single((await admin.Tasks.ListAsync(dealId))!);
        var racing = Racing(admin.Scope, () =>
        {
            Assert.True(rep.Tasks.ReopenAsync(taskId, current.Version).GetAwaiter().GetResult().Succeeded);
            Assert.True(rep.CompleteTaskAsync(taskId).GetAwaiter().GetResult().Succeeded);
        });
        var adminTasks = new DealTaskService(racing, new TestCurrentUser(admin.Scope), bench.Clock, admin.Feed, bench.Notified,
            NullLogger<DealTaskService>.Instance);
        var racedReopen = await adminTasks.ReopenAsync(taskId, current.Version);

        Assert.True(racing.Raced);
        Assert.Equal(ResultStatus.Conflict, racedReopen.Status);
        Assert.False(Assert.Single((await rep.Tasks.ListAsync(dealId))!).IsOpen);
    }

    [Fact]
    public async Task Stage_SavedFromAStaleDialog_IsAConflict_AndKeepsTheOtherAdminsEdit()
    {
        var admin = await bench.AsAsync(Admin);
        var stage = (await Pipeline(admin.Scope).ListAsync()).First(s => s.Kind == StageKind.Open);
        var theirs = StageDraftOf(stage);
        theirs.Name = Unique("Discovery");
        var racing = Racing(admin.Scope, () => Assert.True(
            Pipeline(admin.Scope).UpdateAsync(stage.Id, theirs).GetAwaiter().GetResult().Succeeded));
        var mine = StageDraftOf(stage);
        mine.RottingDays = 99;

        var lost = await Pipeline(admin.Scope, racing).UpdateAsync(stage.Id, mine);

        Assert.True(racing.Raced);
        Assert.Equal((ResultStatus.Conflict, StageMessages.Conflict), (lost.Status, lost.Message));
        var stored = (await Pipeline(admin.Scope).ListAsync()).Single(s => s.Id == stage.Id);
        Assert.Equal((theirs.Name, stage.RottingDays), (stored.Name, stored.RottingDays));
    }

    [Fact]
    public async Task Circle_RenamedFromAStaleDialog_IsAConflict_AndKeepsTheOtherName()
    {
        var admin = await bench.AsAsync(Admin);
        await using var first = CircleAdminWorkbench.For(bench.Sqlite, admin.Scope);
        await using var second = CircleAdminWorkbench.For(bench.Sqlite, admin.Scope);
        var id = (await first.Service.CreateAsync(new CircleDraft { Name = Unique("Racing circle") })).Value;
        var loaded = (await first.Service.GetAsync(id))!;
        var theirs = new CircleDraft { Name = Unique("Their name"), Description = loaded.Description, Version = loaded.Version };
        var mine = new CircleDraft { Name = loaded.Name, Description = "Mine", Version = loaded.Version };
        Assert.True((await first.Service.UpdateAsync(id, theirs)).Succeeded);

        var lost = await second.Service.UpdateAsync(id, mine);

        Assert.Equal((ResultStatus.Conflict, CircleMessages.Conflict), (lost.Status, lost.Message));
        var stored = (await first.Service.GetAsync(id))!;
        Assert.Equal((theirs.Name, (string?)null), (stored.Name, stored.Description));
    }

    [Fact]
    public async Task MemberRole_ChangedFromAStaleList_IsAConflict_AndKeepsTheOtherRole()
    {
        var admin = await bench.AsAsync(Admin);
        var repId = await admin.UserIdOfAsync(Rep);
        await using var first = CircleAdminWorkbench.For(bench.Sqlite, admin.Scope);
        await using var second = CircleAdminWorkbench.For(bench.Sqlite, admin.Scope);
        var id = (await first.Service.CreateAsync(new CircleDraft { Name = Unique("Roles circle") })).Value;
        Assert.True((await first.Members.AddMemberAsync(new MemberRoleRequest(id, repId, CircleRole.Member))).Succeeded);
        var listed = (await first.Service.GetAsync(id))!.Members.Single(m => m.UserId == repId);
        Assert.True((await first.Members.ChangeRoleAsync(
            new MemberRoleRequest(id, repId, CircleRole.Admin) { Version = listed.Version })).Succeeded);

        var lost = await second.Members.ChangeRoleAsync(
            new MemberRoleRequest(id, repId, CircleRole.Moderator) { Version = listed.Version });

        Assert.Equal((ResultStatus.Conflict, CircleMessages.MemberConflict), (lost.Status, lost.Message));
        Assert.Equal(CircleRole.Admin, (await first.Service.GetAsync(id))!.Members.Single(m => m.UserId == repId).Role);
    }

    private RacingContextFactory Racing(TenantScope scope, Action race) => new(bench.Sqlite.Database, scope, race);

    private FixedScopeContextFactory Contexts(TenantScope scope) => new(bench.Sqlite.Database, scope);

    private AccountService Accounts(TenantScope scope) =>
        new(Contexts(scope), NullLogger<AccountService>.Instance);

    private QualificationService Qualification(TenantScope scope, IDbContextFactory<DealDeskDbContext>? contexts = null)
    {
        var factory = contexts ?? Contexts(scope);
        var feed = new RecordingChangeFeed();
        return new QualificationService(factory, new TestCurrentUser(scope), bench.Clock, feed,
            NullLogger<QualificationService>.Instance);
    }

    private StakeholderService Stakeholders(TenantScope scope, IDbContextFactory<DealDeskDbContext>? contexts = null) =>
        new(contexts ?? Contexts(scope), new TestCurrentUser(scope), bench.Clock, new RecordingChangeFeed(),
            NullLogger<StakeholderService>.Instance);

    private PipelineSettingsService Pipeline(TenantScope scope, IDbContextFactory<DealDeskDbContext>? contexts = null) =>
        new(contexts ?? Contexts(scope), new TestCurrentUser(scope), bench.Clock, NullLogger<PipelineSettingsService>.Instance);

    private async Task<AccountDraft> AccountDraftAsync(TenantScope scope, Guid id)
    {
        var row = (await Accounts(scope).GetAsync(id))!;
        return new AccountDraft
        {
            Name = row.Name, Industry = row.Industry, Size = row.Size, CompanySizeBand = row.CompanySizeBand,
            Website = row.Website, Region = row.Region, Version = row.Version,
        };
    }

    private async Task<ElementView> ElementAsync(TenantScope scope, Guid dealId, MeddpiccElement element)
    {
        var contexts = Contexts(scope);
        var view = await new DealIntelligenceService(contexts, new DealQueries(contexts), bench.Clock).GetAsync(dealId);
        return view!.Qualification.Elements.Single(e => e.Element == element);
    }

    /// <summary>The editor's form as loaded from <paramref name="view"/>, with the user's change.</summary>
    private static ElementDraft Draft(ElementView view, Action<ElementDraft> change)
    {
        var draft = new ElementDraft
        {
            Element = view.Element, Status = view.Status, Score = view.Score, Summary = view.Summary, Version = view.Version,
        };
        change(draft);
        return draft;
    }

    private async Task<StakeholderCard> StakeholderCardAsync(TenantScope scope, Guid dealId, Guid id) =>
        (await Stakeholders(scope).GetMapAsync(dealId)).Value!.Stakeholders.Single(s => s.Id == id);

    private static StageDraft StageDraftOf(StageSetting stage) => new()
    {
        Name = stage.Name, Kind = stage.Kind, DefaultProbability = stage.DefaultProbability,
        RottingDays = stage.RottingDays, Version = stage.Version,
    };

    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";
}
