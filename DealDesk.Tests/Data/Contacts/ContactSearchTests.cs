using DealDesk.Core.Contacts;
using DealDesk.Tests.Support;

namespace DealDesk.Tests.Data.Contacts;

/// <summary>The contact list's search, filters, sort and paging, over a circle whose every contact the test wrote,
/// and what another circle or workspace never shows.</summary>
public sealed class ContactSearchTests(ContactBench bench) : IClassFixture<ContactBench>
{
    [Fact]
    public async Task Search_MatchesNameEmailOrCompany_IgnoringCase()
    {
        var circle = await bench.NewCircleAsync("rep@dealdesk.demo");
        var byName = await bench.AddContactAsync(circle, "Zelda Quartz");
        var byEmail = await bench.AddContactAsync(circle, "Ann Other", "ann@QUARTZMAIL.example");
        var byCompany = await bench.AddContactAsync(circle, "Bob Third", company: "Quartz Industries");
        await bench.AddContactAsync(circle, "Nobody Else", company: "Acme");
        var service = await bench.AsAsync("rep@dealdesk.demo");

        var page = await service.SearchAsync(new ContactSearch { CircleId = circle, Text = "  qUaRtZ ", PageSize = 50 });

        Assert.Equal(3, page.TotalCount);
        Assert.Equal(new[] { byName.Id, byEmail.Id, byCompany.Id }.Order(), page.Rows.Select(r => r.Id).Order());
    }

    [Theory]
    [InlineData("100%")]
    [InlineData("a_b")]
    [InlineData(@"back\slash")]
    public async Task Search_TakesLikeWildcardsLiterally(string text)
    {
        var circle = await bench.NewCircleAsync("rep@dealdesk.demo");
        var literal = await bench.AddContactAsync(circle, "Literal " + text);
        await bench.AddContactAsync(circle, "Literal 1000 aXb backXslash");
        var service = await bench.AsAsync("rep@dealdesk.demo");

        var page = await service.SearchAsync(new ContactSearch { CircleId = circle, Text = text });

        Assert.Equal([literal.Id], page.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task StatusAndFunnelFilters_CombineWithAnd_AndEachTakesAnyOfItsValues()
    {
        var circle = await bench.NewCircleAsync("rep@dealdesk.demo");
        var leadContacted = await bench.AddContactAsync(circle, "A", status: ContactStatus.Lead, stage: FunnelStage.Contacted);
        var customerContacted = await bench.AddContactAsync(circle, "B", status: ContactStatus.Customer, stage: FunnelStage.Contacted);
        await bench.AddContactAsync(circle, "C", status: ContactStatus.Partner, stage: FunnelStage.Contacted);
        await bench.AddContactAsync(circle, "D", status: ContactStatus.Lead, stage: FunnelStage.Blocked);
        var service = await bench.AsAsync("rep@dealdesk.demo");

        var page = await service.SearchAsync(new ContactSearch
        {
            CircleId = circle,
            Statuses = [ContactStatus.Lead, ContactStatus.Customer],
            FunnelStages = [FunnelStage.Contacted, FunnelStage.MeetingSet],
        });

        Assert.Equal(new[] { leadContacted.Id, customerContacted.Id }.Order(), page.Rows.Select(r => r.Id).Order());
        Assert.Equal(2, page.TotalCount);
    }

    [Theory]
    [InlineData(ContactSortField.Name, false)]
    [InlineData(ContactSortField.Name, true)]
    [InlineData(ContactSortField.Email, false)]
    [InlineData(ContactSortField.Email, true)]
    [InlineData(ContactSortField.Phone, false)]
    [InlineData(ContactSortField.Phone, true)]
    [InlineData(ContactSortField.Company, false)]
    [InlineData(ContactSortField.Company, true)]
    [InlineData(ContactSortField.Status, false)]
    [InlineData(ContactSortField.Status, true)]
    [InlineData(ContactSortField.FunnelStage, false)]
    [InlineData(ContactSortField.FunnelStage, true)]
    [InlineData(ContactSortField.LastContact, false)]
    [InlineData(ContactSortField.LastContact, true)]
    [InlineData(ContactSortField.Created, false)]
    [InlineData(ContactSortField.Created, true)]
    public async Task EverySort_BothWays_PagesThroughEveryContactOnce_InTheColumnsOrder(ContactSortField field,
        bool descending)
    {
        var circle = await bench.NewCircleAsync("rep@dealdesk.demo");
        var statuses = Enum.GetValues<ContactStatus>();
        var stages = Enum.GetValues<FunnelStage>();
        for (var i = 0; i < 23; i++)
        {
            // Repeated values (i % 5) make the tie-break on the id matter; one contact has no phone and no company.
            await bench.AddContactAsync(circle, $"Person {(char)('A' + (i % 5))}", $"p{i:D2}@lab.example",
                i == 7 ? null : $"Company {i % 4}", statuses[i % statuses.Length], stages[i % stages.Length],
                bench.Clock.UtcNow.AddHours(-(i % 6)), i == 7 ? null : $"+1 555 000 {i % 3}");
        }

        var service = await bench.AsAsync("rep@dealdesk.demo");
        var all = (await service.SearchAsync(new ContactSearch
            { CircleId = circle, SortBy = field, Descending = descending, PageSize = 200 })).Rows;
        var paged = new List<ContactRow>();
        for (var page = 0; page < 5; page++)
        {
            var result = await service.SearchAsync(new ContactSearch
                { CircleId = circle, SortBy = field, Descending = descending, Page = page, PageSize = 5 });
            Assert.Equal(23, result.TotalCount);
            paged.AddRange(result.Rows);
        }

        Assert.Equal(23, all.Count);
        Assert.Equal(all.Select(r => r.Id), paged.Select(r => r.Id));
        Assert.Equal(23, paged.Select(r => r.Id).Distinct().Count());
        var keys = all.Select(r => Key(r, field)).ToList();
        var expected = descending ? keys.OrderDescending(Comparer<object?>.Create(Compare)) : keys.Order(Comparer<object?>.Create(Compare));
        Assert.Equal(expected, keys);
    }

    [Fact]
    public async Task APagePastTheEnd_IsEmpty_WithTheTotal()
    {
        var circle = await bench.NewCircleAsync("rep@dealdesk.demo");
        await bench.AddContactAsync(circle, "Only one");
        var service = await bench.AsAsync("rep@dealdesk.demo");

        var page = await service.SearchAsync(new ContactSearch { CircleId = circle, Page = 3, PageSize = 10 });

        Assert.Empty(page.Rows);
        Assert.Equal(1, page.TotalCount);
    }

    [Fact]
    public async Task ACircleTheUserIsNotIn_ListsNothing_AndItsContactsAreNotFound()
    {
        var partner = await bench.CircleIdAsync("Partner Team");
        var hidden = await bench.AddContactAsync(partner, "Hidden Partner Contact");
        var rep = await bench.AsAsync("rep@dealdesk.demo");

        var page = await rep.SearchAsync(new ContactSearch { CircleId = partner });

        Assert.Equal(0, page.TotalCount);
        Assert.Null(await rep.GetAsync(hidden.Id));
        Assert.Null(await rep.ListNotesAsync(hidden.Id, 0, 10));
        Assert.Empty((await rep.GetFunnelAsync(new ContactSearch { CircleId = partner }, 5)).SelectMany(c => c.Contacts));
        Assert.Equal(DealDesk.Core.Common.ResultStatus.NotFound, (await rep.ExportAsync(new ContactSearch { CircleId = partner })).Status);
    }

    [Fact]
    public async Task AnotherWorkspacesCircle_ListsNothing_EvenForAWorkspaceAdmin()
    {
        var globexCircle = await bench.CircleIdAsync("Globex Direct", "Globex");
        var globexContact = await bench.AddContactAsync(globexCircle, "Globex Person", workspace: "Globex");
        var admin = await bench.AsAsync("admin@dealdesk.demo");

        Assert.Equal(0, (await admin.SearchAsync(new ContactSearch { CircleId = globexCircle })).TotalCount);
        Assert.Null(await admin.GetAsync(globexContact.Id));
        Assert.Equal(DealDesk.Core.Common.ResultStatus.NotFound, (await admin.UpdateAsync(globexContact.Id,
            new ContactDraft { Name = "Taken over", Email = "x@y.example", Version = globexContact.Version })).Status);
        Assert.Equal("Globex Person", (await bench.StoredAsync(globexContact.Id))!.Name);
    }

    [Fact]
    public async Task Funnel_CountsEveryStageInSql_AndShowsTheMostRecentlyContactedFirst()
    {
        var circle = await bench.NewCircleAsync("rep@dealdesk.demo");
        var now = bench.Clock.UtcNow;
        var older = await bench.AddContactAsync(circle, "Older", stage: FunnelStage.MeetingSet, lastContactAt: now.AddDays(-2));
        var newer = await bench.AddContactAsync(circle, "Newer", stage: FunnelStage.MeetingSet, lastContactAt: now);
        var oldest = await bench.AddContactAsync(circle, "Oldest", stage: FunnelStage.MeetingSet, lastContactAt: now.AddDays(-9));
        await bench.AddContactAsync(circle, "Won one", stage: FunnelStage.ClosedWon, status: ContactStatus.Customer);
        var service = await bench.AsAsync("rep@dealdesk.demo");

        var funnel = await service.GetFunnelAsync(new ContactSearch { CircleId = circle }, perStage: 2);
        var more = await service.GetFunnelCardsAsync(new ContactSearch { CircleId = circle }, FunnelStage.MeetingSet, 2, 10);
        var leadsOnly = await service.GetFunnelAsync(
            new ContactSearch { CircleId = circle, Statuses = [ContactStatus.Lead] }, perStage: 2);

        Assert.Equal(Enum.GetValues<FunnelStage>(), funnel.Select(c => c.Stage));
        var meetings = funnel.Single(c => c.Stage == FunnelStage.MeetingSet);
        Assert.Equal(3, meetings.Count);
        Assert.Equal([newer.Id, older.Id], meetings.Contacts.Select(c => c.Id));
        Assert.Equal([oldest.Id], more.Select(c => c.Id));
        Assert.Equal(1, funnel.Single(c => c.Stage == FunnelStage.ClosedWon).Count);
        Assert.Equal(0, leadsOnly.Single(c => c.Stage == FunnelStage.ClosedWon).Count);
    }

    [Fact]
    public async Task Export_StreamsEveryMatchingContactInTheSortOrder_IgnoringPaging()
    {
        var circle = await bench.NewCircleAsync("rep@dealdesk.demo");
        await bench.AddContactAsync(circle, "Carla", status: ContactStatus.Customer);
        await bench.AddContactAsync(circle, "Abel", status: ContactStatus.Customer);
        await bench.AddContactAsync(circle, "Bert", status: ContactStatus.Lead);
        var service = await bench.AsAsync("rep@dealdesk.demo");

        var export = await service.ExportAsync(new ContactSearch
        {
            CircleId = circle, Statuses = [ContactStatus.Customer], SortBy = ContactSortField.Name, Descending = false,
            Page = 5, PageSize = 1,
        });
        var names = new List<string>();
        await foreach (var row in export.Value!)
        {
            names.Add(row.Name);
        }

        Assert.True(export.Succeeded);
        Assert.Equal(["Abel", "Carla"], names);
    }

    private static object? Key(ContactRow row, ContactSortField field) => field switch
    {
        ContactSortField.Name => row.Name,
        ContactSortField.Email => row.Email.ToUpperInvariant(),
        ContactSortField.Phone => row.Phone,
        ContactSortField.Company => row.Company,
        ContactSortField.Status => row.Status,
        ContactSortField.FunnelStage => row.FunnelStage,
        ContactSortField.Created => row.CreatedAt,
        _ => row.LastContactAt,
    };

    // Nulls first ascending, as SQLite and SQL Server both sort them; text ordinally, as SQLite's BINARY collation.
    private static int Compare(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string x, string y) => string.CompareOrdinal(x, y),
        _ => Comparer<object>.Default.Compare(a, b),
    };
}
