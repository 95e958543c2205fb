using DealDesk.Core.Accounts;
using DealDesk.Core.Circles;
using DealDesk.Core.Deals;
using DealDesk.Core.Intelligence.Health;
using DealDesk.Web.Components.Pages.Deals;
using Microsoft.Extensions.Primitives;

namespace DealDesk.Tests.Web.Deals;

public sealed class DealTableUrlTests
{
    private static readonly Guid StageA = Guid.Parse("0193a1b2-0000-7000-8000-00000000000a");
    private static readonly Guid StageB = Guid.Parse("0193a1b2-0000-7000-8000-00000000000b");
    private static readonly Guid Owner = Guid.Parse("0193a1b2-0000-7000-8000-0000000000c1");
    private static readonly Guid Circle = Guid.Parse("0193a1b2-0000-7000-8000-0000000000d1");
    private static readonly Guid Account = Guid.Parse("0193a1b2-0000-7000-8000-0000000000e1");

    public static TheoryData<DealSearch> Views() =>
    [
        new DealSearch(),
        new DealSearch { Text = "acme & co / 100% #1 ü" },
        new DealSearch { StageIds = [StageA, StageB], ValueBands = [ValueBand.Under10K, ValueBand.From500K] },
        new DealSearch { Priorities = [DealPriority.Low, DealPriority.High], OwnerIds = [Owner], CircleIds = [Circle] },
        new DealSearch { AccountId = Account, SortBy = DealSortField.Value, Descending = false },
        new DealSearch { SortBy = DealSortField.DaysInStage, Page = 41, PageSize = 100 },
        new DealSearch { HealthBands = [HealthBand.Critical, HealthBand.Healthy], SortBy = DealSortField.Health },
        new DealSearch
        {
            Text = "globex", StageIds = [StageA], ValueBands = [ValueBand.From10KTo50K], Priorities = [DealPriority.Medium],
            OwnerIds = [Owner], CircleIds = [Circle], AccountId = Account, SortBy = DealSortField.ExpectedClose,
            Descending = false, Page = 1, PageSize = 10,
        },
    ];

    [Theory]
    [MemberData(nameof(Views))]
    public void ToQueryString_ThenParse_GivesTheSameSearch(DealSearch search)
    {
        var parsed = DealTableUrl.Parse(DealTableUrl.ToQueryString(search));

        Assert.Equivalent(search, parsed, strict: true);
        Assert.Equal(search.Text, parsed.Text);
        Assert.Equal(search.StageIds, parsed.StageIds);
        Assert.Equal(search.ValueBands, parsed.ValueBands);
        Assert.Equal((search.SortBy, search.Descending, search.Page, search.PageSize),
            (parsed.SortBy, parsed.Descending, parsed.Page, parsed.PageSize));
    }

    [Fact]
    public void ToQueryString_OfTheDefaultView_IsEmpty()
    {
        Assert.Equal("", DealTableUrl.ToQueryString(new DealSearch()));
        Assert.Equal("/deals", DealTableUrl.ToUri(new DealSearch()));
        Assert.Equal("", DealTableUrl.ToQueryString(new DealSearch { Text = "   ", SortBy = DealSortField.Updated, Descending = true }));
    }

    [Fact]
    public void ToQueryString_WritesReadableNames_AndOneBasedPages()
    {
        var query = DealTableUrl.ToQueryString(new DealSearch
        {
            Text = "acme", StageIds = [StageA], ValueBands = [ValueBand.From10KTo50K], SortBy = DealSortField.Value,
            Descending = false, Page = 1,
        });

        Assert.Equal($"q=acme&stage={StageA}&band=From10KTo50K&sort=value&dir=asc&page=2", query);
    }

    [Fact]
    public void Parse_ReadsTheDocumentedExample_WithOrWithoutTheQuestionMark()
    {
        foreach (var prefix in new[] { "?", "" })
        {
            var search = DealTableUrl.Parse(
                $"{prefix}q=acme&stage={StageA}&stage={StageB}&band=From10KTo50K&sort=value&dir=desc&page=2");

            Assert.Equal("acme", search.Text);
            Assert.Equal([StageA, StageB], search.StageIds);
            Assert.Equal([ValueBand.From10KTo50K], search.ValueBands);
            Assert.Equal((DealSortField.Value, true, 1), (search.SortBy, search.Descending, search.Page));
        }
    }

    [Fact]
    public void Parse_ReadsHealthBandsByName_InAFixedOrder()
    {
        var search = DealTableUrl.Parse("health=Healthy&health=atrisk&health=Healthy&sort=health&dir=asc");

        Assert.Equal([HealthBand.AtRisk, HealthBand.Healthy], search.HealthBands);
        Assert.Equal((DealSortField.Health, false), (search.SortBy, search.Descending));
        Assert.Equal("health=AtRisk&health=Healthy&sort=health&dir=asc", DealTableUrl.ToQueryString(search));
    }

    [Theory]
    [InlineData("stage=not-a-guid&stage=00000000-0000-0000-0000-000000000000")]
    [InlineData("band=7&band=Huge&band=1&band=Under10K,From500K&band=")]
    [InlineData("priority=urgent&priority=2&priority=Low,High")]
    [InlineData("owner=%%%&circle=12&account=account")]
    [InlineData("sort=mood&sort=3&dir=sideways")]
    [InlineData("health=Great&health=2&health=Healthy,AtRisk")]
    [InlineData("page=0&page=-3&size=17")]
    [InlineData("page=abc&size=1000000")]
    [InlineData("page=99999999999999999999&size=-25")]
    [InlineData("q=%20%20&unknown=1&&=&%=%")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_IgnoresValuesThatMeanNothing(string? query)
    {
        var search = DealTableUrl.Parse(query);

        Assert.Equivalent(new DealSearch(), search, strict: true);
    }

    [Fact]
    public void Parse_KeepsTheGoodValuesBesideTheBadOnes_IgnoringCase()
    {
        var search = DealTableUrl.Parse($"STAGE={StageA}&stage=nope&Band=from500k&band=7&priority=HIGH&Sort=VALUE&dir=ASC&size=50&page=x");

        Assert.Equal([StageA], search.StageIds);
        Assert.Equal([ValueBand.From500K], search.ValueBands);
        Assert.Equal([DealPriority.High], search.Priorities);
        Assert.Equal((DealSortField.Value, false, 0, 50), (search.SortBy, search.Descending, search.Page, search.PageSize));
    }

    [Fact]
    public void Parse_FromParsedParameters_MatchesParseFromText()
    {
        var query = new Dictionary<string, StringValues>
        {
            ["q"] = "acme", ["stage"] = new([StageB.ToString(), StageA.ToString()]), ["dir"] = "asc",
        };

        var search = DealTableUrl.Parse(query);

        Assert.Equivalent(DealTableUrl.Parse($"q=acme&stage={StageB}&stage={StageA}&dir=asc"), search, strict: true);
        Assert.Equal([StageA, StageB], search.StageIds);
    }

    [Fact]
    public void SameView_IgnoresTheOrderAndRepeatsOfFilterValues()
    {
        var one = new DealSearch { StageIds = [StageA, StageB], Priorities = [DealPriority.High, DealPriority.Low] };
        var other = new DealSearch { StageIds = [StageB, StageA, StageB], Priorities = [DealPriority.Low, DealPriority.High] };

        Assert.True(DealTableUrl.SameView(one, other));
        Assert.False(DealTableUrl.SameView(one, other with { Page = 1 }));
    }
}
