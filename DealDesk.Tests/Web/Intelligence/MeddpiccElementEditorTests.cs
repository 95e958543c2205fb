using Bunit;
using DealDesk.Core.Common;
using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Tests.Support;
using DealDesk.Web.Components.Pages.Deals.Detail.Intelligence;
using Microsoft.Extensions.DependencyInjection;

namespace DealDesk.Tests.Web.Intelligence;

public sealed class MeddpiccElementEditorTests : MudComponentTest
{
    private readonly RecordingQualificationService _service = new();

    public MeddpiccElementEditorTests() => Services.AddSingleton<IQualificationService>(_service);

    private static readonly ElementView Champion =
        new(MeddpiccElement.Champion, QualificationStatus.Partial, 6, "Dana likes us", "Riley Rep", new DateTime(2026, 11, 2));

    [Fact]
    public void Save_IsOffUntilSomethingChanges_ThenSendsTheWholeElement_AndTellsThePage()
    {
        var saved = 0;
        var dealId = Guid.NewGuid();
        var cut = Render<MeddpiccElementEditor>(p => p.Add(c => c.DealId, dealId).Add(c => c.Element, Champion)
            .Add(c => c.EvidenceCount, 2).Add(c => c.Saved, () => saved++));

        Assert.True(cut.Find("[data-testid=save-element]").HasAttribute("disabled"));
        Assert.Contains("Riley Rep, 2 Nov 2026 · 2 evidence", cut.Markup);

        cut.Find("textarea").Input("Dana runs the pilot and briefs the CFO");
        cut.Find("[data-testid=save-element]").Click();

        var (calledFor, draft) = Assert.Single(_service.Updates);
        Assert.Equal(dealId, calledFor);
        Assert.Equal((MeddpiccElement.Champion, QualificationStatus.Partial, (int?)6, "Dana runs the pilot and briefs the CFO"),
            (draft.Element, draft.Status, draft.Score, draft.Summary));
        Assert.Equal(1, saved);
    }

    [Fact]
    public void Save_WhenTheServiceRefuses_DoesNotTellThePage()
    {
        _service.Next = Result.NotFound("This deal no longer exists or is not visible to you.");
        var saved = 0;
        var cut = Render<MeddpiccElementEditor>(p => p.Add(c => c.DealId, Guid.NewGuid()).Add(c => c.Element, Champion)
            .Add(c => c.Saved, () => saved++));

        cut.Find("textarea").Input("Changed");
        cut.Find("[data-testid=save-element]").Click();

        Assert.Single(_service.Updates);
        Assert.Equal(0, saved);
    }

    [Fact]
    public void Save_FromAStaleForm_IsNotTakenAsSaved_SaysSo_AndReloadShowsTheStoredElement()
    {
        _service.Next = Result.Conflict(QualificationMessages.ElementConflict);
        var saved = 0;
        var reloads = 0;
        var loaded = Champion with { Version = [1] };
        IRenderedComponent<MeddpiccElementEditor>? cut = null;
        cut = Render<MeddpiccElementEditor>(p => p.Add(c => c.DealId, Guid.NewGuid()).Add(c => c.Element, loaded)
            .Add(c => c.Saved, () => saved++)
            .Add(c => c.Reload, () =>
            {
                reloads++;
                // The page reloads the element: the rep's summary, saved meanwhile, with its new version.
                cut!.Render(p => p.Add(c => c.Element, loaded with { Summary = "Dana runs the pilot", Version = [2] }));
            }));

        cut.Find("[data-testid=element-score]").Input("8");
        cut.Find("[data-testid=save-element]").Click();

        Assert.Equal([1], Assert.Single(_service.Updates).Draft.Version);
        Assert.Equal(0, saved);
        Assert.Contains(QualificationMessages.ElementConflict, cut.Find("[data-testid=element-conflict]").TextContent);

        cut.Find("[data-testid=element-reload]").Click();

        Assert.Equal(1, reloads);
        Assert.Empty(cut.FindAll("[data-testid=element-conflict]"));
        Assert.Equal("Dana runs the pilot", cut.Find("textarea").TextContent);
        Assert.True(cut.Find("[data-testid=save-element]").HasAttribute("disabled"));
    }

    private sealed class RecordingQualificationService : IQualificationService
    {
        public List<(Guid DealId, ElementDraft Draft)> Updates { get; } = [];

        public Result Next { get; set; } = Result.Ok();

        public Task<Result> UpdateElementAsync(Guid dealId, ElementDraft draft, CancellationToken cancellationToken = default)
        {
            Updates.Add((dealId, new ElementDraft
            {
                Element = draft.Element, Status = draft.Status, Score = draft.Score, Summary = draft.Summary,
                Version = draft.Version,
            }));
            return Task.FromResult(Next);
        }

        public Task<Result<Guid>> AddEvidenceAsync(Guid dealId, EvidenceDraft draft, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<Result> RemoveEvidenceAsync(Guid dealId, Guid evidenceId, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
