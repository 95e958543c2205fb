using DealDesk.Core.Circles;
using DealDesk.Core.Contacts;
using DealDesk.Web.Components.Pages.Contacts;

namespace DealDesk.Tests.Web.Contacts;

/// <summary>The contact page's view in its URL: a round trip keeps it, nonsense is ignored, the export link carries
/// the filters and sort but not the page.</summary>
public sealed class ContactListUrlTests
{
    private static readonly Guid Circle = Guid.Parse("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

    [Fact]
    public void AView_SurvivesARoundTripThroughItsQueryString()
    {
        var view = new ContactSearch
        {
            CircleId = Circle, Text = "acme & co", Statuses = [ContactStatus.Partner, ContactStatus.Lead],
            FunnelStages = [FunnelStage.ClosedWon, FunnelStage.NeedsOutreach], SortBy = ContactSortField.Company,
            Descending = false, Page = 3, PageSize = 50,
        };

        var query = ContactListUrl.ToQueryString(view, funnel: true);
        var parsed = ContactListUrl.Parse(query);

        Assert.Equal(
            $"circle={Circle}&view=funnel&q=acme%20%26%20co&status=lead&status=partner&funnel=needs_outreach&funnel=closed_won&sort=company&dir=asc&page=4&size=50",
            query);
        Assert.True(ContactListUrl.SameView(view, parsed));
        Assert.True(ContactListUrl.IsFunnel(query));
    }

    [Theory]
    [InlineData("?status=7&funnel=Lead,Partner&sort=drop table&dir=up&page=-2&size=13&circle=nope")]
    [InlineData("?page=99999999999&status=&funnel=%00")]
    public void Nonsense_IsIgnored_NotRefused(string query)
    {
        var parsed = ContactListUrl.Parse(query);

        Assert.Equal(Guid.Empty, parsed.CircleId);
        Assert.Empty(parsed.Statuses);
        Assert.Empty(parsed.FunnelStages);
        Assert.Equal(ContactSortField.LastContact, parsed.SortBy);
        Assert.True(parsed.Descending);
        Assert.Equal(0, parsed.Page);
        Assert.Equal(ContactSearch.DefaultPageSize, parsed.PageSize);
    }

    [Fact]
    public void TheExportLink_CarriesTheCircleFiltersAndSort_ButNotThePage()
    {
        var view = new ContactSearch
        {
            CircleId = Circle, Text = "x", Statuses = [ContactStatus.Customer], SortBy = ContactSortField.Name,
            Descending = false, Page = 2, PageSize = 100,
        };

        Assert.Equal($"/contacts/export.csv?circle={Circle}&q=x&status=customer&sort=name&dir=asc",
            ContactListUrl.ToExportUri(view));
    }
}
